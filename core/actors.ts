// Who acts on a pilot: the roles of the programme and the identity the API derives from a token.
import * as z from 'zod';

export const roleSchema = z.enum(['secretariat', 'city', 'verifier', 'system']);
export type Role = z.infer<typeof roleSchema>;

export const actorSchema = z.object({
  userId: z.string().min(1),
  role: roleSchema,
  /** Set for city users: the city whose pilots they may see and act on. */
  cityId: z.string().min(1).optional(),
  name: z.string().optional(),
  email: z.string().optional(),
});
export type Actor = z.infer<typeof actorSchema>;

export const systemActor: Actor = { userId: 'system', role: 'system', name: 'Workflow engine' };
