// The fixed wording of the city snapshot, in English and Chinese.
import type { Language } from './locale.ts';

const en = {
  title: 'U4SSC City Snapshot',
  issuedBy: 'United for Smart Sustainable Cities (U4SSC) · ITU · UNECE · UN-Habitat',
  meta: (date: string, dataset: number, targets: number) =>
    `Issued ${date} · verified dataset version ${dataset} · benchmark targets version ${targets}`,
  dimensions: 'Scores by dimension and sub-dimension',
  bandLegend:
    'Score = points earned / maximum points x 100. Bands: 0-33 % (red), 33-66 % (orange), 66-95 % (yellow), above 95 % (green).',
  highlights: 'Highlights',
  strongest: 'Strongest categories',
  weakest: 'Categories with the most room to improve',
  wheel: 'Benchmarking wheel by category (0-100)',
  wheelNote:
    'Each axis is one category; a category without a scored KPI is marked with a dash and drawn at 0.',
  initiatives: 'Smart initiatives of the city',
  noInitiatives: 'The city has not listed initiatives.',
  sdgs: 'SDG targets the scored KPIs relate to',
  sdgNote: 'From the SDG alignment of each U4SSC KPI (ITU-T Y.4903).',
  sdg: 'SDG',
  none: 'None.',
  mark: '*',
  illustrativeFootnote:
    '* Rests, at least in part, on an illustrative target set by the project, not an official benchmark.',
  notVerified: 'KPIs not verified (not scored)',
  notVerifiedNone: 'Every reported KPI was verified.',
  notAssessed: 'No verification decision recorded.',
  unbenchmarked: (n: number) => `${n} KPIs have no sourced benchmark and are not scored (N/A).`,
};

type SnapshotText = typeof en;

const zh: SnapshotText = {
  title: 'U4SSC 城市概况',
  issuedBy: '联合智慧可持续城市倡议（U4SSC）· 国际电信联盟 · 联合国欧洲经济委员会 · 联合国人居署',
  meta: (date: string, dataset: number, targets: number) =>
    `签发日期 ${date} · 已核查数据集版本 ${dataset} · 基准目标版本 ${targets}`,
  dimensions: '各维度与子维度得分',
  bandLegend:
    '得分 = 所得分数 / 满分 × 100。分档：0-33 %（红）、33-66 %（橙）、66-95 %（黄）、95 % 以上（绿）。',
  highlights: '亮点',
  strongest: '表现最好的类别',
  weakest: '最有改进空间的类别',
  wheel: '各类别基准轮盘（0-100）',
  wheelNote: '每条轴代表一个类别；没有已评分指标的类别以短横线标注并按 0 绘制。',
  initiatives: '城市的智慧举措',
  noInitiatives: '城市未列出举措。',
  sdgs: '已评分指标相关的可持续发展目标具体目标',
  sdgNote: '依据每项 U4SSC 指标与可持续发展目标的对应关系（ITU-T Y.4903）。',
  sdg: '可持续发展目标',
  none: '无。',
  mark: '*',
  illustrativeFootnote: '* 至少部分依据项目设定的示例性目标，而非官方基准。',
  notVerified: '未核查的指标（不评分）',
  notVerifiedNone: '所有已报告的指标均已核查。',
  notAssessed: '未记录核查结论。',
  unbenchmarked: (n: number) => `${n} 项指标没有有来源的基准，不评分（不适用）。`,
};

export const snapshotText: Record<Language, SnapshotText> = { en, zh };
