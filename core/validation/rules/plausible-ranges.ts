// Plausible upper bounds of results, used for warnings only; the project's own judgement, not U4SSC benchmarks.

/**
 * Upper bound of a plausible per-100 000 result, by data point. Chosen well above the highest values reported by
 * large cities in public statistics, so a warning means a likely unit slip (e.g. a count entered per 1 000).
 */
export const per100kUpperBounds: Record<string, number> = {
  'EC.ICT.ICT.3C.MOBILE': 250_000,
  'EC.ICT.ICT.3C.FIXEDWL': 100_000,
  'EC.P.IN.2C': 2_000,
  'EC.I.T.1C.HIGH': 100,
  'EC.I.T.1C.LIGHT': 500,
  'EC.I.T.3C.PATHS': 500,
  'EC.I.T.3C.LANES': 500,
  'EC.I.T.6A': 10_000,
  'EC.I.T.7A': 5_000,
  'EN.EN.PSN.1C': 10_000,
  'SC.EH.ED.3C': 60_000,
  'SC.EH.H.2C': 1_500,
  'SC.EH.H.3C': 1_500,
  'SC.EH.H.4A': 2_000,
  'SC.EH.C.2A.LIBRARIES': 100,
  'SC.EH.C.2A.MUSEUMS': 100,
  'SC.EH.C.2A.VENUES': 100,
  'SC.SH.SA.1C': 1_000,
  'SC.SH.SA.6C': 1_500,
  'SC.SH.SA.7C': 500,
  'SC.SH.SA.8C': 5_000,
  'SC.SH.SA.9C': 100,
};

/** Any other per-100 000 result above this would mean more than one per inhabitant. */
export const DEFAULT_PER_100K_UPPER_BOUND = 100_000;

/** Plausible ranges of directly reported values: [min, max, severity when outside]. */
export const directRanges: Record<string, { min: number; max: number; severity: 'error' | 'warning' }> = {
  // The Gini coefficient is defined on 0-1; a value like 35 is the index written as a percentage.
  'SC.SH.SI.2C': { min: 0, max: 1, severity: 'error' },
  'SC.EH.H.1C': { min: 40, max: 95, severity: 'warning' },
  'EN.EN.AQ.1C.PM25': { min: 0, max: 500, severity: 'warning' },
  'EN.EN.AQ.1C.PM10': { min: 0, max: 1_000, severity: 'warning' },
  'EN.EN.AQ.1C.NO2': { min: 0, max: 500, severity: 'warning' },
  'EN.EN.AQ.1C.SO2': { min: 0, max: 500, severity: 'warning' },
  'EN.EN.AQ.1C.O3': { min: 0, max: 500, severity: 'warning' },
  'SC.SH.SA.5A.POLICE': { min: 0, max: 240, severity: 'warning' },
  'SC.SH.SA.5A.FIRE': { min: 0, max: 240, severity: 'warning' },
  'SC.SH.SA.5A.MEDICAL': { min: 0, max: 240, severity: 'warning' },
};
