// The city's story: its maturity self-assessment in the web form, its smart initiatives, and the factsheet it
// requests once certified and the secretariat produces.
import * as z from 'zod';
import { maturityEntrySchema } from '../maturity/answers.ts';
import { maturityCharacteristics } from '../template/maturity.ts';
import { initiativesInputSchema } from './city-story.ts';
import { define, passThrough } from './command-definition.ts';
import { eventDataSchemas } from './events.ts';
import type { Pilot } from './pilot.ts';
import { stages } from './stages.ts';

const openStages = stages.filter((s) => s !== 'declined' && s !== 'withdrawn');

/** Why the factsheet cannot be produced now, if it cannot: it follows a request made since the last one. */
export function factsheetRefusal(pilot: Pilot): string | undefined {
  if (pilot.certificate?.revoked) return 'the certificate is revoked';
  const { factsheet } = pilot;
  if (!factsheet) return 'the city has not requested a factsheet';
  if (factsheet.producedAt && factsheet.producedAt >= factsheet.requestedAt)
    return 'the requested factsheet is already produced; the city requests a new one';
  return undefined;
}

export const storyCommands = {
  submitSelfAssessment: define({
    describe: 'submit the maturity self-assessment',
    actors: ['city'],
    from: openStages,
    // Read from the form by the Maturity sheet's own check (core/maturity/self-assessment-form.ts).
    payload: z.strictObject({ entries: z.array(maturityEntrySchema).length(maturityCharacteristics.length) }),
    eventType: 'SelfAssessmentSubmitted',
    data: passThrough,
  }),
  recordInitiatives: define({
    describe: 'record the smart initiatives',
    actors: ['city'],
    from: openStages,
    payload: initiativesInputSchema,
    eventType: 'SmartInitiativesRecorded',
    data: passThrough,
  }),
  requestFactsheet: define({
    describe: 'request the factsheet',
    actors: ['city'],
    // The factsheet presents verified, certified results: before certification there is nothing to present.
    from: ['certified'],
    payload: z.strictObject({}),
    eventType: 'FactsheetRequested',
    guard: ({ pilot }) => {
      if (pilot.certificate?.revoked) return 'the certificate is revoked';
      if (pilot.factsheet && !pilot.factsheet.producedAt) return 'a factsheet is already requested';
      return undefined;
    },
    data: passThrough,
  }),
  produceFactsheet: define({
    describe: 'produce the factsheet',
    actors: ['secretariat'],
    from: ['certified'],
    // Set by the decision, which renders and stores the PDF (core/use-cases/decisions/factsheet.ts).
    payload: eventDataSchemas.FactsheetProduced.strict(),
    eventType: 'FactsheetProduced',
    guard: ({ pilot }) => factsheetRefusal(pilot),
    data: passThrough,
  }),
};
