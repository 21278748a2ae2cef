import { describe, expect, it } from 'vitest';
import type { MaturityAnswer, MaturityEntry } from '../../../core/maturity/answers.ts';
import { maturityProfile } from '../../../core/maturity/profile.ts';

const level = (value: 1 | 2 | 3 | 4): MaturityAnswer => ({ kind: 'level', level: value });
const entries = (answers: Record<string, MaturityAnswer>): MaturityEntry[] =>
  Object.entries(answers).map(([id, answer]) => ({ characteristicId: id as never, answer }));
const even = {
  strategy: level(2),
  stakeholders: level(2),
  governance: level(2),
  funding: level(2),
  valueAssessment: level(2),
  businessModel: level(2),
  ictInfrastructure: level(2),
  services: level(2),
};

describe('maturityProfile', () => {
  it('warns of no gap and a spread of 0 when every characteristic is at the same level', () => {
    const profile = maturityProfile(entries(even));
    expect(profile.spread).toBe(0);
    expect(profile.gaps).toEqual([]);
    expect(profile.unknown).toEqual([]);
  });

  it('names the characteristics two levels or more behind the most advanced, and not those one behind', () => {
    const profile = maturityProfile(
      entries({ ...even, ictInfrastructure: level(4), governance: level(1), funding: level(3) }),
    );
    expect(profile.spread).toBe(3);
    expect(profile.gaps.map((gap) => [gap.characteristicId, gap.behind])).toEqual([
      ['strategy', 2],
      ['stakeholders', 2],
      ['governance', 3],
      ['valueAssessment', 2],
      ['businessModel', 2],
      ['services', 2],
    ]);
    const governance = profile.gaps.find((gap) => gap.characteristicId === 'governance')!;
    expect(governance.leaders).toEqual(['ictInfrastructure']);
    expect(governance.message.en).toContain(
      'Governance (Basic) lags ICT infrastructure (Most mature) by 3 levels',
    );
    expect(governance.message.zh).toContain('治理（基础）落后于ICT 基础设施（最成熟）3 个等级');
  });

  it('counts "not addressed" as below level 1, so it is a gap behind a level 2', () => {
    const profile = maturityProfile(entries({ ...even, funding: { kind: 'notAddressed' } }));
    expect(profile.spread).toBe(2);
    expect(profile.gaps).toMatchObject([{ characteristicId: 'funding', rung: 0, behind: 2 }]);
    expect(profile.gaps[0]!.message.en).toContain('Funding (not addressed) lags');
  });

  it('leaves "cannot assess" and unanswered characteristics out of the spread and the gaps, and lists them', () => {
    const { services, ...withoutServices } = even;
    const profile = maturityProfile(
      entries({ ...withoutServices, strategy: level(4), governance: { kind: 'cannotAssess' } }),
    );
    expect(profile.unknown).toEqual(['governance', 'services']);
    expect(profile.gaps.map((gap) => gap.characteristicId)).not.toContain('governance');
    expect(profile.characteristics.find((c) => c.characteristicId === 'services')?.answer).toEqual({
      kind: 'unanswered',
    });
  });

  it('has no spread when fewer than two characteristics are on the ladder', () => {
    const profile = maturityProfile(entries({ strategy: level(3), funding: { kind: 'cannotAssess' } }));
    expect(profile.spread).toBeNull();
    expect(profile.gaps).toEqual([]);
  });

  it('gives as next step the requirement of the next level, in English and Chinese', () => {
    const profile = maturityProfile(
      entries({
        ...even,
        governance: level(1),
        funding: { kind: 'notAddressed' },
        businessModel: { kind: 'cannotAssess' },
        services: level(4),
      }),
    );
    const step = (id: string) => profile.characteristics.find((c) => c.characteristicId === id)!.nextStep;
    expect(step('governance')).toEqual({
      en: 'Next, level 2 (Intermediate): Set up a cross-department structure that makes departments collaborate across the planning process.',
      zh: '下一步，第 2 级（中级）：建立跨部门机制，使各部门在规划全过程中协作。',
    });
    expect(step('funding').en).toBe('Start at level 1 (Basic): Fund pilots and monitor their spending.');
    expect(step('businessModel').en).toMatch(/^Gather the evidence to assess it/);
    expect(step('services').en).toMatch(/^Keep it at the most mature level/);
    for (const characteristic of profile.characteristics) {
      expect(characteristic.nextStep.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
