import { describe, expect, it } from 'vitest';
import { findDataPoint } from '../../../core/kpis/catalogue.ts';
import { computeResult } from '../../../core/kpis/compute.ts';
import type { DataPoint } from '../../../core/kpis/schema.ts';

const point = (id: string): DataPoint => {
  const found = findDataPoint(id);
  if (!found) throw new Error(`no data point ${id}`);
  return found;
};

describe('computeResult', () => {
  it('computes a percentage from a numerator input and a profile denominator', () => {
    // Household Internet Access: households online / households (profile) × 100
    const result = computeResult(point('EC.ICT.ICT.1C'), { numerator: 450 }, { households: 600 });
    expect(result).toEqual({ status: 'reported', value: 75 });
  });

  it('computes a rate per 100 000 inhabitants from the profile population', () => {
    const result = computeResult(point('SC.SH.SA.9C'), { numerator: 12 }, { population: 400_000 });
    expect(result).toEqual({ status: 'reported', value: 3 });
  });

  it('computes a ratio of two typed inputs with a scale of 1', () => {
    const result = computeResult(point('EC.I.T.5A'), { numerator: 45, denominator: 30 }, {});
    expect(result).toEqual({ status: 'reported', value: 1.5 });
  });

  it('reports a direct value as typed', () => {
    expect(computeResult(point('EN.EN.AQ.1C.PM25'), { value: 17.2 }, {})).toEqual({
      status: 'reported',
      value: 17.2,
    });
  });

  it('reports YES as 1 and NO as 0', () => {
    const plan = point('EC.I.UP.2A.COMPACT');
    expect(computeResult(plan, { value: 1 }, {})).toEqual({ status: 'reported', value: 1 });
    expect(computeResult(plan, { value: 0 }, {})).toEqual({ status: 'reported', value: 0 });
  });

  it('does not report a YES/NO answer that is neither 0 nor 1', () => {
    const result = computeResult(point('EC.I.UP.2A.COMPACT'), { value: 2 }, {});
    expect(result).toEqual({ status: 'not_reported', reason: 'invalid_value', detail: 'value' });
  });

  it('does not report when the denominator is zero', () => {
    const result = computeResult(point('EC.ICT.ICT.1C'), { numerator: 10 }, { households: 0 });
    expect(result).toEqual({
      status: 'not_reported',
      reason: 'zero_denominator',
      detail: 'profile.households',
    });
  });

  it('does not report when a typed input is missing or null', () => {
    const missing = computeResult(point('EC.I.T.5A'), { numerator: 45 }, {});
    expect(missing).toEqual({ status: 'not_reported', reason: 'missing_input', detail: 'denominator' });
    const blank = computeResult(point('EC.I.T.5A'), { numerator: null, denominator: 30 }, {});
    expect(blank).toEqual({ status: 'not_reported', reason: 'missing_input', detail: 'numerator' });
  });

  it('does not report when the profile field it needs is empty', () => {
    const result = computeResult(point('SC.SH.SA.9C'), { numerator: 12 }, { households: 10 });
    expect(result).toEqual({
      status: 'not_reported',
      reason: 'missing_profile_value',
      detail: 'profile.population',
    });
  });

  it('does not report negative, infinite or textual values', () => {
    const dp = point('EC.ICT.ICT.1C');
    expect(computeResult(dp, { numerator: -1 }, { households: 5 })).toMatchObject({
      reason: 'invalid_value',
    });
    expect(computeResult(dp, { numerator: Number.POSITIVE_INFINITY }, { households: 5 })).toMatchObject({
      reason: 'invalid_value',
    });
    expect(computeResult(dp, { numerator: 1 }, { households: 'many' })).toMatchObject({
      reason: 'invalid_value',
    });
  });
});
