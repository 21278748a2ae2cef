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

  it("drops a KPI note that only joins its data points' notes, and keeps an audit result's own reason", () => {
    const reviews = {
      'EC.ICT.ICT.3C.MOBILE': { status: 'rejected', note: 'Same', ...at },
      'EC.ICT.ICT.3C.FIXEDWL': { status: 'rejected', note: 'Same', ...at },
    };
    const joined = kpiVerdicts([{ kpiId: 'EC.ICT.ICT.3C', verified: false, note: 'Same; Same' }], reviews);
    expect(joined.get('EC.ICT.ICT.3C')?.note).toBeUndefined();
    const audit = kpiVerdicts(
      [{ kpiId: 'EC.ICT.ICT.3C', verified: false, note: 'Register withheld' }],
      reviews,
    );
    expect(audit.get('EC.ICT.ICT.3C')?.note).toBe('Register withheld');
  });

  it('gives a verified KPI no refusal reasons', () => {
    const verdicts = kpiVerdicts([{ kpiId: 'EC.ICT.ICT.1C', verified: true }], {
      'EC.ICT.ICT.1C': { status: 'rejected', note: 'Overridden by the audit', ...at },
    });
    expect(verdicts.get('EC.ICT.ICT.1C')).toEqual({ verified: true, note: undefined, dataPointNotes: [] });
  });
});
