// The sentences of each kind of derived proposal, written in English and in Chinese (never one translated by
// machine from the other), with the names and figures filled in.
import type { BilingualText } from './bilingual-text.ts';

const percent = (value: number) => `${value.toFixed(0)} %`;
const list = (items: readonly string[], separator: string) => items.join(separator);

export const proposalText = {
  belowTarget: (category: BilingualText, percentage: number): BilingualText => ({
    en: `${category.en} reaches ${percent(percentage)} of its targets: set out measures for its weakest KPIs, with a timeline and a budget, and report their progress in the next cycle.`,
    zh: `${category.zh}仅达到目标值的 ${percent(percentage)}：请针对其中最薄弱的指标制定措施，明确时间表和预算，并在下一周期报告进展。`,
  }),
  belowPeers: (
    category: BilingualText,
    percentage: number,
    median: number,
    group: BilingualText,
  ): BilingualText => ({
    en: `${category.en} scores ${percent(percentage)}, below the median of ${percent(median)} among ${group.en}: study how those peers organise it and adapt what fits.`,
    zh: `${category.zh}得分 ${percent(percentage)}，低于${group.zh}的中位数 ${percent(median)}：请研究这些同类城市的做法，借鉴适用的经验。`,
  }),
  unreportedCore: (category: BilingualText, kpiIds: readonly string[]): BilingualText => ({
    en: `${category.en}: the core KPIs ${list(kpiIds, ', ')} were not reported; name an owner for each and collect its data for the next cycle.`,
    zh: `${category.zh}：核心指标 ${list(kpiIds, '、')} 未填报；请为每项指标指定负责部门，并在下一周期收集数据。`,
  }),
  maturityGap: (
    characteristic: BilingualText,
    behind: number,
    leaders: readonly BilingualText[],
  ): BilingualText => ({
    en: `${characteristic.en} lags ${list(
      leaders.map((l) => l.en),
      ', ',
    )} by ${behind} maturity levels: give it priority in the smart city strategy, since a gap this large holds the whole programme back.`,
    zh: `${characteristic.zh}落后于${list(
      leaders.map((l) => l.zh),
      '、',
    )} ${behind} 个成熟度等级：请在智慧城市战略中优先提升，差距过大会拖累整体进展。`,
  }),
};
