// The verification report's trend section in English and Chinese: progress since the city's previous cycle.
import type { Movement } from '../scoring/trends.ts';
import type { Language } from './locale.ts';

export const trendText: Record<
  Language,
  {
    title: string;
    basis: (pilotId: string, certified: string, targetsVersion: number) => string;
    counts: (counts: Record<Movement, number>) => string;
    kpi: string;
    pointsBefore: string;
    pointsAfter: string;
    band: string;
    movement: string;
    movements: Record<Movement, string>;
    noneMoved: string;
    note: string;
  }
> = {
  en: {
    title: 'Progress since the previous cycle',
    basis: (pilotId, certified, targetsVersion) =>
      `Compared with the cycle certified on ${certified} (pilot ${pilotId}), both scored against targets version ${targetsVersion}, on what each cycle's verifier verified.`,
    counts: (c) =>
      `KPIs that improved: ${c.better}; declined: ${c.worse}; unchanged: ${c.unchanged}; newly scored: ${c.new}; no longer scored: ${c.dropped}.`,
    kpi: 'KPI',
    pointsBefore: 'Points before',
    pointsAfter: 'Points now',
    band: 'Band',
    movement: 'Change',
    movements: {
      better: 'Improved',
      worse: 'Declined',
      unchanged: 'Unchanged',
      new: 'Newly scored',
      dropped: 'No longer scored',
    },
    noneMoved: 'No KPI moved between the two cycles.',
    note: 'A KPI improves when its points against the target rise, whichever way the KPI itself should move.',
  },
  zh: {
    title: '与上一周期相比的进展',
    basis: (pilotId, certified, targetsVersion) =>
      `与 ${certified} 认证的周期（试点 ${pilotId}）相比；两个周期均按第 ${targetsVersion} 版目标值、仅就各自核查员核实的数据评分。`,
    counts: (c) =>
      `进步的 KPI：${c.better} 个；退步：${c.worse} 个；不变：${c.unchanged} 个；新评分：${c.new} 个；不再评分：${c.dropped} 个。`,
    kpi: 'KPI',
    pointsBefore: '上一周期得分',
    pointsAfter: '本周期得分',
    band: '等级',
    movement: '变化',
    movements: {
      better: '进步',
      worse: '退步',
      unchanged: '不变',
      new: '新评分',
      dropped: '不再评分',
    },
    noneMoved: '两个周期之间没有 KPI 发生变化。',
    note: '无论 KPI 本身的理想变化方向如何，对照目标值的得分上升即为进步。',
  },
};
