// The stages a pilot passes through, from letter of intent to certificate, and the stage machines that automate some of them.
import * as z from 'zod';

export const stageSchema = z.enum([
  'loi_received',
  'accepted',
  'declined',
  'template_issued',
  'data_collection',
  'submitted',
  'validation_failed',
  'validated',
  'verifier_assigned',
  'in_verification',
  'verified',
  'reported',
  'certified',
  'withdrawn',
]);
export type Stage = z.infer<typeof stageSchema>;
export const stages = stageSchema.options;

/** Stages after which nothing more happens to a pilot. */
export const terminalStages: readonly Stage[] = ['declined', 'certified', 'withdrawn'];
export const activeStages: readonly Stage[] = stages.filter((s) => !terminalStages.includes(s));

export const stageMachineSchema = z.enum([
  'letter-of-intent-intake',
  'template-issuance',
  'submission-validation',
  'verification-dispatch',
  'reporting',
  'certification',
]);
export type StageMachineName = z.infer<typeof stageMachineSchema>;
export const stageMachineNames = stageMachineSchema.options;
