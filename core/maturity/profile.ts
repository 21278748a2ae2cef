// A city's maturity profile: its answer per characteristic, the spread, the gaps that hold it back and the next step.
import * as z from 'zod';
import { maturityLevels } from '../template/lists.ts';
import { maturityCharacteristics } from '../template/maturity.ts';
import { characteristicIdSchema, type MaturityEntry, maturityAnswerSchema } from './answers.ts';
import { levelDescriptions } from './level-descriptions.ts';

/** The white paper warns against large gaps; two levels below the most advanced characteristic is large. */
export const gapThreshold = 2;

const textSchema = z.object({ en: z.string(), zh: z.string() });

export const maturityProfileSchema = z.object({
  characteristics: z.array(
    z.object({
      characteristicId: characteristicIdSchema,
      name: textSchema,
      answer: maturityAnswerSchema,
      evidence: z.string().optional(),
      nextStep: textSchema,
    }),
  ),
  /** Highest minus lowest rung (not addressed is rung 0); null when fewer than two characteristics have a rung. */
  spread: z.number().int().nullable(),
  gaps: z.array(
    z.object({
      characteristicId: characteristicIdSchema,
      rung: z.number().int(),
      behind: z.number().int(),
      leaders: z.array(characteristicIdSchema),
      message: textSchema,
    }),
  ),
  /** Characteristics left out of the spread and the gaps: cannot assess, or not answered. */
  unknown: z.array(characteristicIdSchema),
});
export type MaturityProfile = z.infer<typeof maturityProfileSchema>;

type Characteristic = (typeof maturityCharacteristics)[number];

/**
 * The rung of an answer on the maturity ladder: its level, 0 for not addressed (the furthest behind), undefined
 * when the city could not assess it or did not answer, so that an unknown never counts as a gap.
 */
export function rungOf(entry: Pick<MaturityEntry, 'answer'>): number | undefined {
  if (entry.answer.kind === 'level') return entry.answer.level;
  return entry.answer.kind === 'notAddressed' ? 0 : undefined;
}

export function maturityProfile(entries: readonly MaturityEntry[]): MaturityProfile {
  const answered = maturityCharacteristics.map((characteristic) => ({
    characteristic,
    entry: entries.find((entry) => entry.characteristicId === characteristic.id) ?? {
      characteristicId: characteristic.id,
      answer: { kind: 'unanswered' as const },
    },
  }));
  const rungs = answered.flatMap(({ characteristic, entry }) => {
    const rung = rungOf(entry);
    return rung === undefined ? [] : [{ characteristic, rung }];
  });
  const top = Math.max(...rungs.map((r) => r.rung));
  const leaders = rungs.filter((r) => r.rung === top).map((r) => r.characteristic);
  return {
    characteristics: answered.map(({ characteristic, entry }) => ({
      characteristicId: characteristic.id,
      name: { en: characteristic.nameEn, zh: characteristic.nameZh },
      answer: entry.answer,
      ...(entry.evidence ? { evidence: entry.evidence } : {}),
      nextStep: nextStep(characteristic, entry),
    })),
    spread: rungs.length < 2 ? null : top - Math.min(...rungs.map((r) => r.rung)),
    gaps: rungs
      .filter((r) => top - r.rung >= gapThreshold)
      .map((r) => ({
        characteristicId: r.characteristic.id,
        rung: r.rung,
        behind: top - r.rung,
        leaders: leaders.map((leader) => leader.id),
        message: gapMessage(r.characteristic, r.rung, top, leaders),
      })),
    unknown: answered
      .filter(({ entry }) => rungOf(entry) === undefined)
      .map(({ characteristic }) => characteristic.id),
  };
}

const levelName = (level: number) => maturityLevels.find((candidate) => candidate.level === level)!;
const rungName = (rung: number) =>
  rung === 0 ? { en: 'not addressed', zh: '未涉及' } : { en: levelName(rung).en, zh: levelName(rung).zh };

function gapMessage(characteristic: Characteristic, rung: number, top: number, leaders: Characteristic[]) {
  const at = rungName(rung);
  const best = rungName(top);
  return {
    en: `${characteristic.nameEn} (${at.en}) lags ${leaders.map((l) => l.nameEn).join(', ')} (${best.en}) by ${top - rung} levels: a gap this large holds the whole programme back, so raise ${characteristic.nameEn} first.`,
    zh: `${characteristic.nameZh}（${at.zh}）落后于${leaders.map((l) => l.nameZh).join('、')}（${best.zh}）${top - rung} 个等级：差距过大会拖累整体成熟度，应优先提升${characteristic.nameZh}。`,
  };
}

/** The next rung's requirement from the level descriptions, or what to do when there is no level to build on. */
function nextStep(characteristic: Characteristic, entry: MaturityEntry) {
  const levels = levelDescriptions[characteristic.id];
  const { answer } = entry;
  if (answer.kind === 'level') {
    if (answer.level === 4) {
      return {
        en: 'Keep it at the most mature level and share how you got there: cities a step behind learn from it.',
        zh: '保持最成熟等级，并分享经验：落后一级的城市可以借鉴。',
      };
    }
    const next = levelName(answer.level + 1);
    const requirement = levels[answer.level]!;
    return {
      en: `Next, level ${next.level} (${next.en}): ${requirement.en}`,
      zh: `下一步，第 ${next.level} 级（${next.zh}）：${requirement.zh}`,
    };
  }
  if (answer.kind === 'notAddressed') {
    return { en: `Start at level 1 (Basic): ${levels[0].en}`, zh: `从第 1 级（基础）起步：${levels[0].zh}` };
  }
  if (answer.kind === 'cannotAssess') {
    return {
      en: `Gather the evidence to assess it against the level descriptions; level 1 (Basic) asks: ${levels[0].en}`,
      zh: `请收集佐证，对照各等级说明进行评估；第 1 级（基础）要求：${levels[0].zh}`,
    };
  }
  return {
    en: 'Answer it on the Maturity sheet: choose a level, Not addressed or Cannot assess.',
    zh: '请在成熟度工作表中作答：选择一个等级、"未涉及"或"无法评估"。',
  };
}
