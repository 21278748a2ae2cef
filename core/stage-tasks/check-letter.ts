// Intake of a letter of intent: completeness checks, whether the city already has an active pilot, and the letter as a PDF to sign.
import * as z from 'zod';
import { buildLetterOfIntent } from '../documents/letter-of-intent.ts';
import { terminalStages } from '../lifecycle/stages.ts';
import { textWeight } from '../text-length.ts';
import type { CoreDeps } from '../use-cases/deps.ts';
import { loadPilot } from '../use-cases/run-command.ts';

/** A vision of this weight (a Chinese character counts as two, core/text-length.ts) describes the city's aims. */
const VISION_DESCRIBED_WEIGHT = 50;

export async function checkLetter(deps: CoreDeps, raw: unknown) {
  const { pilotId } = z.object({ pilotId: z.string() }).parse(raw);
  const pilot = await loadPilot(deps, pilotId);
  const others = (await deps.pilots.list({ cityId: pilot.cityId })).filter(
    (p) => p.pilotId !== pilotId && !terminalStages.includes(p.stage),
  );
  const { letter } = pilot;
  const checks = [
    { check: 'vision_described', passed: textWeight(letter.vision) >= VISION_DESCRIBED_WEIGHT },
    { check: 'contact_person_named', passed: letter.contact.name.trim().length > 0 },
    { check: 'signed_by_mayor_or_representative', passed: letter.signatory.title.trim().length > 0 },
    { check: 'methodology_reviewed', passed: letter.reviewedMethodology },
    { check: 'no_other_active_pilot_for_city', passed: others.length === 0 },
  ];
  // One letter per pilot: a retried intake finds it made and writes nothing again.
  const key = `letters/${pilotId}/letter-of-intent.pdf`;
  if (!(await deps.documents.head(key))) {
    const letterPdf = await buildLetterOfIntent(letter, letter.preferredLanguage);
    await deps.documents.put(key, letterPdf, 'application/pdf');
  }
  return { checks, letterDocument: { kind: 'letter_of_intent', key, contentType: 'application/pdf' } };
}
