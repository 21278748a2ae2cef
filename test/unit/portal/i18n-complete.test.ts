// Chinese everywhere: every English text of the portal, of the documents' locale tables and every unit of the
// catalogue has a Chinese text that is not the English one, unless it is written the same internationally (listed).
import { describe, expect, it } from 'vitest';
import { snapshotText } from '../../../core/documents/city-snapshot-text.ts';
import { reportText } from '../../../core/documents/verification-report-text.ts';
import { allDataPoints, kpiCatalogue } from '../../../core/kpis/catalogue.ts';
import { cityProfileFields } from '../../../core/kpis/city-profile.ts';
import { internationalUnits, unitIn } from '../../../core/kpis/units.ts';
import { en } from '../../../portal/src/i18n/en.ts';
import { zh } from '../../../portal/src/i18n/zh.ts';

/** Codes and names written the same in Chinese texts: a text made only of these (and no other letter) may match. */
const international = /U4SSC|KPIs?|PDF|XLSX|CSV|JSON|SHA-256|ITU-T|Y\.4903|SDG|QR|URL|ID|«\d+»/g;

const hasWords = (text: string) => /\p{L}/u.test(text.replace(international, ''));
const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

/** Why a Chinese text is wrong: missing, the English one, or letters without a Chinese character. */
function problem(english: string, chinese: string): string | undefined {
  if (english === chinese && hasWords(english)) return `"${english}"`;
  if (hasWords(chinese) && !hasHan(chinese)) return `not Chinese: "${chinese}"`;
  return undefined;
}

/** A text function's output for placeholder arguments: numbers first (a count), strings where a number does not do. */
function sample(text: (...args: never[]) => unknown): string | undefined {
  // Numbers, then texts, then lists of texts (a comparison names its cities).
  for (const argument of [(i: number) => i + 2, (i: number) => `«${i}»`, (i: number) => [`«${i}»`]]) {
    try {
      const args = Array.from({ length: text.length }, (_, i) => argument(i)) as never[];
      return String(text(...args));
    } catch {
      // The function wants other arguments; the next kind is tried.
    }
  }
  return undefined;
}

/** Every text of the English tree whose Chinese counterpart is missing or wrong, by dotted path. */
function untranslated(english: unknown, chinese: unknown, path = ''): string[] {
  const found = (e: string, c: string) => {
    const why = problem(e, c);
    return why ? [`${path}: ${why}`] : [];
  };
  if (typeof english === 'string')
    return typeof chinese === 'string' ? found(english, chinese) : [`${path}: missing`];
  if (typeof english === 'function') {
    if (typeof chinese !== 'function') return [`${path}: missing`];
    const [e, c] = [sample(english as never), sample(chinese as never)];
    if (e === undefined || c === undefined) return [`${path}: cannot be called with placeholders`];
    return found(e, c);
  }
  if (english && typeof english === 'object')
    return Object.entries(english).flatMap(([key, value]) =>
      untranslated(
        value,
        (chinese as Record<string, unknown> | undefined)?.[key],
        path ? `${path}.${key}` : key,
      ),
    );
  return [];
}

describe('Chinese everywhere', () => {
  it('gives every text of the portal a Chinese text that is not the English one', () => {
    expect(untranslated(en, zh)).toEqual([]);
  });

  it("gives every text of the documents' locale tables a Chinese text that is not the English one", () => {
    expect(untranslated(reportText.en, reportText.zh, 'report')).toEqual([]);
    expect(untranslated(snapshotText.en, snapshotText.zh, 'snapshot')).toEqual([]);
  });

  it('writes every unit of the catalogue and the city profile in Chinese, unless it is international', () => {
    const units = new Set([
      ...allDataPoints().map((p) => p.unit),
      ...kpiCatalogue.kpis.map((k) => k.unit),
      ...cityProfileFields.map((f) => f.unit),
    ]);

    const missing = [...units].filter((u) => !internationalUnits.has(u) && unitIn(u, 'zh') === u);

    expect(missing).toEqual([]);
  });

  it('finds a text left in English or written in English, and lets codes through', () => {
    const english = {
      actor: 'Workflow engine',
      hash: 'SHA-256',
      format: (n: number) => `PDF ${n}`,
      unit: 'Unit',
    };
    const chinese = {
      actor: 'Workflow engine',
      hash: 'SHA-256',
      format: (n: number) => `PDF ${n}`,
      unit: 'Units',
    };

    expect(untranslated(english, chinese)).toEqual([
      'actor: "Workflow engine"',
      'unit: not Chinese: "Units"',
    ]);
  });
});
