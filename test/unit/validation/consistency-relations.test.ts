import { describe, expect, it } from 'vitest';
import { allDataPoints } from '../../../core/kpis/catalogue.ts';
import { consistencyRelations } from '../../../core/validation/rules/consistency-relations.ts';

describe('the consistency relations table', () => {
  const ids = new Set(allDataPoints().map((point) => point.id));

  it.each(consistencyRelations.map((relation) => [relation.id, relation] as const))(
    '%s relates data points of the catalogue and points at one of them',
    (_, relation) => {
      expect(ids.has(relation.higher)).toBe(true);
      expect(ids.has(relation.lower)).toBe(true);
      expect([relation.higher, relation.lower]).toContain(relation.about);
    },
  );

  it('names a U4SSC page for every relation that is not the project own judgement', () => {
    const sourced = consistencyRelations.filter((relation) => relation.provenance !== 'project');
    expect(sourced.length).toBeGreaterThanOrEqual(3);
    for (const relation of sourced) {
      expect(relation.source).toMatch(/^https:\/\/www\.itu\.int\/en\/publications\/Documents\/tsb\/.*U4SSC/);
      expect(relation.basis).not.toBe('');
    }
  });

  it('words every message in both languages with both values', () => {
    for (const { message } of consistencyRelations) {
      for (const text of [message.en, message.zh]) {
        expect(text).toContain('{left}');
        expect(text).toContain('{right}');
      }
    }
  });
});
