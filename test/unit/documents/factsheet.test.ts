// The factsheet PDF read back: English pages then Chinese pages, the score charts drawn, the initiatives with their
// KPIs' verified bands and SDG targets, and the maturity profile with its gap and chart.
import { describe, expect, it } from 'vitest';
import { buildFactsheet } from '../../../core/documents/factsheet.ts';
import { maturityProfile } from '../../../core/maturity/profile.ts';
import { pilotIn } from '../../support/pilots.ts';
import { issuedAt, pilot, score } from './fixtures.ts';
import { expectEveryPageInked, inkShare, pageWith, pdfText, renderPage } from './read-back.ts';

const maturity = {
  assessedAt: '2026-05-01T00:00:00.000Z',
  ...maturityProfile([
    { characteristicId: 'ictInfrastructure', answer: { kind: 'level', level: 4 }, evidence: 'Fibre' },
    { characteristicId: 'governance', answer: { kind: 'notAddressed' } },
  ]),
};
const input = {
  pilot: pilotIn('certified', { ...pilot }),
  certificateNumber: 'U4SSC-2026-AURORA0001',
  score,
  initiatives: [
    {
      name: 'Fibre to every school',
      description: 'Every school on fixed broadband by 2027.',
      kpiIds: ['EC.ICT.ICT.1C'],
      sdgTargets: ['9.5'],
    },
  ],
  maturity,
  issuedAt,
};

describe('the factsheet', () => {
  it('has every section in English, then in Chinese, in one document', async () => {
    const pdf = await buildFactsheet(input);
    const text = pdfText(pdf);

    expect(text).toContain('U4SSC City Factsheet · Aurora, Utopia');
    expect(text).toContain('Certificate U4SSC-2026-AURORA0001');
    expect(text).toContain('Fibre to every school');
    expect(text).toContain('EC: ICT: ICT: 1C');
    expect(text).toContain('9.5 (Industry, innovation and infrastructure)');
    expect(text).toContain('Governance (not addressed) lags ICT infrastructure (Most mature) by 4 levels');
    expect(text).toContain('U4SSC 城市情况简介 · Aurora, Utopia');
    expect(text).toContain('治理（未涉及）落后于ICT 基础设施（最成熟）4 个等级');
    expect(pageWith(pdf, 'U4SSC City Factsheet')).toBeLessThan(pageWith(pdf, 'U4SSC 城市情况简介'));
    expectEveryPageInked(pdf);
  }, 60_000);

  it('draws the score and maturity charts, and says when there are no initiatives', async () => {
    const pdf = await buildFactsheet({ ...input, initiatives: [] });

    expect(inkShare(renderPage(pdf, pageWith(pdf, 'Scores by dimension')))).toBeGreaterThan(0.05);
    expect(inkShare(renderPage(pdf, pageWith(pdf, 'Smart-city maturity')))).toBeGreaterThan(0.03);
    expect(pdfText(pdf)).toContain('The city has not entered smart initiatives.');
  }, 60_000);
});
