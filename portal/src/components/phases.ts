// The programme's seven steps, from letter to certificate, and where each lifecycle stage stands among them: the
// pilot page's stepper and the board's funnel both read this one table.
import type { Stage } from '../api/types.ts';

export const phases = [
  'letter',
  'template',
  'collection',
  'validation',
  'verification',
  'report',
  'certificate',
] as const;
export type Phase = (typeof phases)[number];

/** The step a stage is at (its index in `phases`; `phases.length` when every step is done), or `ended`. */
export const phaseOf: Record<Stage, number | 'ended'> = {
  loi_received: 0,
  accepted: 1,
  template_issued: 1,
  data_collection: 2,
  submitted: 3,
  validation_failed: 3,
  validated: 4,
  verifier_assigned: 4,
  in_verification: 4,
  verified: 5,
  reported: 6,
  certified: phases.length,
  declined: 'ended',
  withdrawn: 'ended',
};

/** How many pilots reached each step (are at it or past it), from the pilots per stage; ended pilots are left out. */
export function funnel(counts: Partial<Record<Stage, number>>): { phase: Phase; reached: number }[] {
  const at = Object.entries(counts) as [Stage, number][];
  return phases.map((phase, step) => ({
    phase,
    reached: at.reduce((sum, [stage, n]) => {
      const position = phaseOf[stage];
      return position !== 'ended' && position >= step ? sum + n : sum;
    }, 0),
  }));
}
