import { describe, expect, it } from 'vitest';
import { allDataPoints } from '../../../core/kpis/catalogue.ts';
import { defaultTargets } from '../../../core/scoring/default-targets.ts';
import { diffTargets, validateTargets } from '../../../core/scoring/targets.ts';
import { tableOf, targetFor } from './fixtures.ts';

describe('validateTargets', () => {
  it('accepts the shipped defaults, which name catalogue points and cite a source or say illustrative', () => {
    expect(validateTargets(defaultTargets)).toEqual({ ok: true, table: defaultTargets });
    const ids = new Set(allDataPoints().map((p) => p.id));
    expect(defaultTargets.entries.every((e) => ids.has(e.dataPointId))).toBe(true);
    expect(defaultTargets.entries.filter((e) => !e.illustrative).length).toBeGreaterThan(20);
  });

  it('rejects unknown points, wrong units, duplicates and a yes/no target other than yes', () => {
    const result = validateTargets(
      tableOf([
        targetFor('EC.ICT.ICT.1C', 100),
        targetFor('EC.ICT.ICT.1C', 90),
        targetFor('XX.NOPE', 1),
        { ...targetFor('EN.EN.AQ.1C.PM25', 5), unit: 'mg/m³' },
        targetFor('SC.SH.SA.3A.RISK', 0.5),
      ]),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      'EC.ICT.ICT.1C: more than one target',
      'XX.NOPE: not a data point of the catalogue',
      'EN.EN.AQ.1C.PM25: unit "mg/m³" differs from the data point\'s "µg/m³"',
      "SC.SH.SA.3A.RISK: a yes/no data point's target must be 1 (yes)",
    ]);
  });

  it('rejects a zero or negative target and a malformed table', () => {
    const zero = validateTargets(tableOf([targetFor('EC.P.EM.1C', 0)]));
    expect(!zero.ok && zero.issues[0]).toMatch(/^entries\.0\.target: /);
    expect(validateTargets({ version: 2 }).ok).toBe(false);
  });

  it('requires a new version to be numbered above the current one', () => {
    const next = validateTargets(tableOf([targetFor('EC.P.EM.1C', 6)], 1), defaultTargets);
    expect(!next.ok && next.issues).toEqual(['version 1 must be greater than the current version 1']);
    expect(validateTargets(tableOf([], 2), defaultTargets).ok).toBe(true);
  });
});

describe('diffTargets', () => {
  it('lists added, removed and changed entries with the fields that changed', () => {
    const before = tableOf([targetFor('EC.P.EM.1C', 5), targetFor('EC.P.EM.2C', 10)], 1);
    const after = tableOf(
      [{ ...targetFor('EC.P.EM.1C', 4), illustrative: false }, targetFor('EC.P.IN.1C', 3)],
      2,
    );
    const diff = diffTargets(before, after);
    expect(diff.from).toBe(1);
    expect(diff.to).toBe(2);
    expect(diff.added.map((e) => e.dataPointId)).toEqual(['EC.P.IN.1C']);
    expect(diff.removed.map((e) => e.dataPointId)).toEqual(['EC.P.EM.2C']);
    expect(diff.changed.map((c) => [c.dataPointId, c.fields])).toEqual([
      ['EC.P.EM.1C', ['target', 'illustrative']],
    ]);
  });

  it('is empty between a table and itself', () => {
    expect(diffTargets(defaultTargets, defaultTargets)).toMatchObject({
      added: [],
      removed: [],
      changed: [],
    });
  });
});
