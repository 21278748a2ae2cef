// Pure computation of a data point's result from the city's inputs and profile; never throws on bad data.
import * as z from 'zod';
import { type DataPoint, type InputId, inputIdSchema, type Operand, profileFieldIdSchema } from './schema.ts';

export const dataPointInputsSchema = z.partialRecord(inputIdSchema, z.number().nullable());
export const cityProfileValuesSchema = z.partialRecord(
  profileFieldIdSchema,
  z.union([z.number(), z.string()]).nullable(),
);

/** Values typed on a data point's row, keyed by input id (YES/NO answers as 1/0). */
export type DataPointInputs = z.infer<typeof dataPointInputsSchema>;
/** Values of the city profile, keyed by field id. */
export type CityProfileValues = z.infer<typeof cityProfileValuesSchema>;

export type NotReportedReason =
  | 'missing_input'
  | 'missing_profile_value'
  | 'invalid_value'
  | 'zero_denominator';

export type ComputeResult =
  | { status: 'reported'; value: number }
  | { status: 'not_reported'; reason: NotReportedReason; detail: string };

type Resolved = { ok: true; value: number } | { ok: false; result: ComputeResult };

export function computeResult(
  dataPoint: DataPoint,
  inputs: DataPointInputs,
  profile: CityProfileValues,
): ComputeResult {
  const computation = dataPoint.computation;
  if (computation.kind === 'ratio') {
    const numerator = resolve(computation.numerator, inputs, profile);
    if (!numerator.ok) return numerator.result;
    const denominator = resolve(computation.denominator, inputs, profile);
    if (!denominator.ok) return denominator.result;
    if (denominator.value === 0) {
      return notReported('zero_denominator', describe(computation.denominator));
    }
    return { status: 'reported', value: (numerator.value / denominator.value) * computation.scale };
  }
  const answer = resolve({ input: computation.input }, inputs, profile);
  if (!answer.ok) return answer.result;
  if (computation.kind === 'yesNo' && answer.value !== 0 && answer.value !== 1) {
    return notReported('invalid_value', computation.input);
  }
  return { status: 'reported', value: answer.value };
}

function resolve(operand: Operand, inputs: DataPointInputs, profile: CityProfileValues): Resolved {
  const raw = 'input' in operand ? inputs[operand.input] : profile[operand.profile];
  if (raw === undefined || raw === null) {
    const reason = 'input' in operand ? 'missing_input' : 'missing_profile_value';
    return { ok: false, result: notReported(reason, describe(operand)) };
  }
  // Counts, lengths, amounts and durations are never negative; a negative or non-numeric value is a typing error.
  if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) {
    return { ok: false, result: notReported('invalid_value', describe(operand)) };
  }
  return { ok: true, value: raw };
}

function describe(operand: Operand): InputId | `profile.${string}` {
  return 'input' in operand ? operand.input : `profile.${operand.profile}`;
}

function notReported(reason: NotReportedReason, detail: string): ComputeResult {
  return { status: 'not_reported', reason, detail };
}
