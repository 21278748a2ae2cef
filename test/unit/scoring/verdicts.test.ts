import { describe, expect, it } from 'vitest';
import { kpiVerdicts } from '../../../core/scoring/verdicts.ts';

const at = { at: '2026-05-01T00:00:00.000Z', by: 'verifier' };

describe('kpiVerdicts', () => {
  it('carries the reason of each rejected or not verified data point of a KPI that was not verified', () => {
    const verdicts = kpiVerdicts([{ kpiId: 'EC.ICT.ICT.4C', verified: false, note: 'joined' }], {
      'EC.ICT.ICT.4C.3G': { status: 'rejected', note: 'Map missing', ...at },
      'EC.ICT.ICT.4C.4G': { status: 'accepted_with_note', note: 'Fine', ...at },
      'EC.ICT.ICT.4C.5G': { status: 'not_verified', note: 'No source', ...at },
    });
    expect(verdicts.get('EC.ICT.ICT.4C')).toEqual({
      verified: false,
      note: 'joined',
      dataPointNotes: [
        { dataPointId: 'EC.ICT.ICT.4C.3G', note: 'Map missing' },
        { dataPointId: 'EC.ICT.ICT.4C.5G', note: 'No source' },
      ],
    });
  });

  it('gives a verified KPI no refusal reasons', () => {
    const verdicts = kpiVerdicts([{ kpiId: 'EC.ICT.ICT.1C', verified: true }], {
      'EC.ICT.ICT.1C': { status: 'rejected', note: 'Overridden by the audit', ...at },
    });
    expect(verdicts.get('EC.ICT.ICT.1C')).toEqual({ verified: true, note: undefined, dataPointNotes: [] });
  });
});
