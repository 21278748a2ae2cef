import { describe, expect, it } from 'vitest';
import { findKpi } from '../../../core/kpis/catalogue.ts';
import { kpiTotal, kpiTotals } from '../../../core/scoring/kpi-totals.ts';

const values = (entries: Record<string, number | null>) => (id: string) => entries[id] ?? null;

describe('KPI totals', () => {
  it('adds up the parts of a split KPI: mobile and fixed wireless, public and private child care', () => {
    expect(
      kpiTotal('EC.ICT.ICT.3C', values({ 'EC.ICT.ICT.3C.MOBILE': 95_000, 'EC.ICT.ICT.3C.FIXEDWL': 424 })),
    ).toBe(95_424);
    expect(kpiTotal('SC.SH.SI.5A', values({ 'SC.SH.SI.5A.PUBLIC': 0.1, 'SC.SH.SI.5A.PRIVATE': 0.2 }))).toBe(
      0.3,
    );
  });

  it('gives no total when a part is not reported, or for a KPI whose parts overlap', () => {
    expect(kpiTotal('EC.ICT.ICT.3C', values({ 'EC.ICT.ICT.3C.MOBILE': 95_000 }))).toBeNull();
    const coverage = { 'EC.ICT.ICT.4C.3G': 99, 'EC.ICT.ICT.4C.4G': 98, 'EC.ICT.ICT.4C.5G': 40 };
    expect(kpiTotal('EC.ICT.ICT.4C', values(coverage))).toBeNull();
  });

  it('totals only KPIs whose data points share one unit', () => {
    for (const { kpiId } of kpiTotals) {
      const kpi = findKpi(kpiId)!;
      expect(kpi.dataPoints.length).toBeGreaterThan(1);
      expect(new Set(kpi.dataPoints.map((p) => p.unit)).size).toBe(1);
    }
  });
});
