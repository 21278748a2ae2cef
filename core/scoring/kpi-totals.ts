// KPIs the catalogue splits into disjoint parts of one quantity, and their total: the sum of the parts.
import { findKpi } from '../kpis/catalogue.ts';

/**
 * Only KPIs whose data points share a unit and a denominator and count disjoint things add up; the others are left
 * out on purpose: coverage by 3G/4G/5G and health insurance or public coverage overlap, modal split and waste
 * treatment shares add up to 100 % by construction, treatment levels and total/residential consumption nest, and
 * renewable electricity and heat are shares of different denominators.
 */
export const kpiTotals: readonly { kpiId: string; why: string }[] = [
  { kpiId: 'EC.ICT.ICT.3C', why: 'mobile and fixed wireless subscriptions per 100 000 inhabitants' },
  { kpiId: 'EC.I.T.1C', why: 'high-capacity and light public transport km per 100 000 inhabitants' },
  { kpiId: 'EC.I.T.3C', why: 'bicycle paths and lanes, km per 100 000 inhabitants' },
  { kpiId: 'EC.I.T.8A', why: 'zero-emission and hybrid shares of the registered passenger vehicles' },
  { kpiId: 'EN.EN.PSN.4A', why: 'indoor and outdoor recreation space per 100 000 inhabitants' },
  { kpiId: 'SC.EH.C.2A', why: 'libraries, museums and venues per 100 000 inhabitants' },
  { kpiId: 'SC.SH.SI.5A', why: 'shares of children aged 0-3 in public and in private day care' },
];

const totalled = new Set(kpiTotals.map((t) => t.kpiId));

/** The KPI's total when it has one and every part is reported; null otherwise (a partial sum would mislead). */
export function kpiTotal(kpiId: string, reported: (dataPointId: string) => number | null): number | null {
  const kpi = findKpi(kpiId);
  if (!kpi || !totalled.has(kpiId)) return null;
  const parts = kpi.dataPoints.map((p) => reported(p.id));
  if (parts.some((v) => v === null)) return null;
  // Rounded to 1e-9 so that 0.1 + 0.2 prints as 0.3.
  return Math.round((parts as number[]).reduce((sum, v) => sum + v, 0) * 1e9) / 1e9;
}
