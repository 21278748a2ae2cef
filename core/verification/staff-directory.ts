// The secretariat's staff directory: who may supervise a verification. A versioned programme table, so every change
// names its author, its time and its note, and the supervisor of a pilot is always someone the directory lists.
import * as z from 'zod';
import { externalIdSchema } from '../ids.ts';

export const staffMemberSchema = z.strictObject({
  userId: externalIdSchema,
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254),
  /** A member who left stays listed, inactive, so the pilots they supervised still name them. */
  active: z.boolean().default(true),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const staffDirectorySchema = z.strictObject({
  version: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string().min(1),
  note: z.string().trim().max(2000).optional(),
  members: z
    .array(staffMemberSchema)
    .max(500)
    .refine(
      (members) => new Set(members.map((m) => m.userId)).size === members.length,
      'A user id is listed twice',
    ),
});
export type StaffDirectory = z.infer<typeof staffDirectorySchema>;

export const staffDirectoryRequestSchema = staffDirectorySchema.pick({ members: true, note: true });

/** In force until the secretariat publishes the first directory: nobody may supervise yet. */
export const emptyStaffDirectory: StaffDirectory = {
  version: 1,
  createdAt: '2026-12-01T00:00:00.000Z',
  createdBy: 'system',
  members: [],
};

/** The active member who may supervise, or why the user id may not. */
export function supervisorFrom(
  directory: StaffDirectory,
  userId: string,
): { member: StaffMember } | { refusal: string } {
  const member = directory.members.find((m) => m.userId === userId);
  if (!member) return { refusal: `"${userId}" is not in the secretariat's staff directory` };
  if (!member.active) return { refusal: `${member.name} is no longer active in the staff directory` };
  return { member };
}
