import { describe, expect, it } from 'vitest';
import { buildVerificationReport } from '../../../core/documents/verification-report.ts';
import { findKpi } from '../../../core/kpis/catalogue.ts';
import type { CycleTrend } from '../../../core/scoring/trends.ts';
import { reportInput, score } from './fixtures.ts';
import { asRead, pdfText } from './read-back.ts';

const [improved, declined, steady] = score.kpis;
const trend: CycleTrend = {
  from: { pilotId: 'pilot-2025', datasetVersion: 2 },
  to: { pilotId: score.pilotId, datasetVersion: score.datasetVersion },
  targetsVersion: score.targetsVersion,
  dataPoints: [],
  kpis: [
    {
      kpiId: improved!.kpiId,
      pointsBefore: 1,
      pointsAfter: 3,
      bandBefore: { points: 1, label: 'D' },
      bandAfter: { points: 3, label: 'B' },
      movement: 'better',
    },
    {
      kpiId: declined!.kpiId,
      pointsBefore: 4,
      pointsAfter: 2,
      bandBefore: { points: 4, label: 'A' },
      bandAfter: { points: 2, label: 'C' },
      movement: 'worse',
    },
    {
      kpiId: steady!.kpiId,
      pointsBefore: 2,
      pointsAfter: 2,
      bandBefore: { points: 2, label: 'C' },
      bandAfter: { points: 2, label: 'C' },
      movement: 'unchanged',
    },
  ],
};
const withTrend = (language: 'en' | 'zh') => ({
  ...reportInput(language),
  trend: { previousPilotId: 'pilot-2025', previousCertifiedAt: '2025-11-20T09:00:00.000Z', trend },
});

// Rendered once per language: the assertions only read the text back.
const english = pdfText(await buildVerificationReport(withTrend('en')));
const chinese = pdfText(await buildVerificationReport(withTrend('zh')));

describe('verification report of a later cycle: the trend section', () => {
  it('names the cycle it compares with and counts the KPIs by movement', () => {
    expect(english).toContain('Progress since the previous cycle');
    expect(english).toContain('pilot-2025');
    expect(asRead(english)).toContain(
      'KPIs that improved: 1; declined: 1; unchanged: 1; newly scored: 0; no longer scored: 0.',
    );
  });

  it('lists each KPI that moved with its points and bands, and leaves out the unchanged ones', () => {
    const name = (id: string) => findKpi(id)!.nameEn;
    expect(asRead(english)).toContain('D → B');
    expect(asRead(english)).toContain('A → C');
    expect(english).toContain('Improved');
    expect(english).toContain('Declined');
    expect(asRead(english)).toContain(asRead(name(improved!.kpiId)).slice(0, 30));
    expect(english).not.toContain('Unchanged');
  });

  it('is written in Chinese in the Chinese report', () => {
    expect(chinese).toContain('与上一周期相比的进展');
    expect(asRead(chinese)).toContain('进步的 KPI：1 个');
    expect(chinese).toContain('退步');
  });

  it('is absent from a city first cycle report', async () => {
    expect(pdfText(await buildVerificationReport(reportInput('en')))).not.toContain(
      'Progress since the previous cycle',
    );
  });
});
