// The raw KPI data in catalogue order (by dimension, then as numbered in ITU-T Y.4903), with its version.
import type { RawKpi } from './builders.ts';
import { economyKpis } from './economy.ts';
import { environmentKpis } from './environment.ts';
import { societyKpis } from './society.ts';

/** Bump on any change to KPIs, data points or the city profile: templates record it. */
export const catalogueVersion = '1.0.0';

export const rawKpis: RawKpi[] = [...economyKpis, ...environmentKpis, ...societyKpis];
