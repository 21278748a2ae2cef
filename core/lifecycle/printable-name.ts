// Names that end up printed (the letter the mayor signs, the certificate): refused at intake when the PDFs could not
// print them as written, or when they hide characters a reader cannot see.
import * as z from 'zod';

/** C0 and C1 controls: never part of a name, and some PDF readers stop at them. */
const CONTROL = /\p{Cc}/u;
/** Bidirectional overrides and isolates: they make a name read differently from how it is stored. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/u;
/** Characters with no visible form: a name made only of them is empty. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\s]/gu;
/**
 * Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko): the documents' PDF library lays text out left to
 * right without shaping, so such a name would print as disjoint letters in the wrong order.
 */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

export function printableName(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((name, context) => {
      const problem = CONTROL.test(name)
        ? 'It contains a control character; type the name again without it'
        : BIDI_CONTROL.test(name)
          ? 'It contains an invisible direction mark; type the name again without it'
          : name.replace(INVISIBLE, '') === ''
            ? 'It is empty once invisible characters are removed'
            : RIGHT_TO_LEFT.test(name)
              ? 'Names in right-to-left scripts (Arabic, Hebrew) cannot yet be printed correctly in the letter and the certificate; give the name in Latin or Chinese script'
              : undefined;
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
}
