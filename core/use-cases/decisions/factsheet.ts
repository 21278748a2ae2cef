// The secretariat produces the factsheet the certified city requested: rendered from the verified score, the city's
// initiatives and its maturity profile, stored under a new key, then recorded. Nothing is rendered for a request
// the command would refuse, so a refusal leaves no document behind.
import * as z from 'zod';
import { buildFactsheet } from '../../documents/factsheet.ts';
import { NotFoundError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { factsheetRefusal } from '../../lifecycle/story-commands.ts';
import { scoreResultSchema } from '../../scoring/score-result.ts';
import { documentMaturity } from '../maturity.ts';
import { parseStoredJson } from '../stored-results.ts';
import { decision } from './definition.ts';

const PDF = 'application/pdf';

export const produceFactsheet = decision({
  command: 'produceFactsheet',
  body: z.strictObject({}),
  async prepare({ deps, pilot }) {
    const placeholder = { document: { kind: 'factsheet', key: '-', contentType: PDF } };
    // Outside `certified`, or without a request, the command refuses with its own message.
    if (pilot.stage !== 'certified' || !pilot.certificate || factsheetRefusal(pilot))
      return { payload: placeholder };
    const scoreDoc = pilot.documents.findLast((d) => d.kind === 'score');
    if (!scoreDoc) throw new NotFoundError('The certified pilot has no stored score to present');
    const score = parseStoredJson(scoreResultSchema, await deps.documents.get(scoreDoc.key), scoreDoc.key);
    const pdf = await buildFactsheet({
      pilot,
      certificateNumber: pilot.certificate.certificateNumber,
      score,
      initiatives: pilot.initiatives,
      maturity: await documentMaturity(deps, pilot),
      issuedAt: deps.clock.now(),
    });
    const key = `reports/${pilot.pilotId}/${newId('d')}-factsheet.pdf`;
    await deps.documents.put(key, pdf, PDF);
    return { payload: { document: { kind: 'factsheet', key, contentType: PDF } } };
  },
});
