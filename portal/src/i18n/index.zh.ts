// 公开的智慧可持续城市指数页面的中文文字。
import type { indexEn } from './index.en.ts';

export const indexZh: typeof indexEn = {
  index: {
    title: '智慧可持续城市指数',
    editionTitle: (edition: string) => `智慧可持续城市指数 ${edition}`,
    intro:
      '本指数汇总了 U4SSC 核查员在每个获得认证的城市核实的关键绩效指标。只显示同意署名的城市；其他城市计入排名和分布统计。',
    none: '尚未发布任何一期指数。',
    editions: '已发布的各期',
    meta: (methodology: number, targets: number, published: string) =>
      `方法版本 ${methodology}，目标值版本 ${targets}，发布于 ${published}。`,
    counts: (contributors: number, ranked: number, shown: number) =>
      `共有 ${contributors} 个城市参与，其中 ${ranked} 个参与排名，${shown} 个同意署名。`,
    ranking: '排名',
    rank: '名次',
    city: '城市',
    country: '国家',
    score: '指数（0-100）',
    medianRank: '名次中位数',
    interval: '90% 名次区间',
    intervalValue: (low: number, high: number) => (low === high ? String(low) : `${low}-${high}`),
    intervalHelp:
      '名次区间显示在权重和标准化方法变化时（1000 次抽样）名次的变动范围：区间越宽，名次越不宜精确解读。',
    listed: '列出但不排名',
    listedHelp: (share: string) => `这些城市至少有一个维度中经核实的关键绩效指标不足 ${share}。`,
    coverage: '覆盖率',
    chart: '署名城市的各维度得分',
    chartHelp: '相同的得分见上方排名表。',
    distributions: '全部参与城市的分布',
    distributionsNone: (n: number) => `分布统计只在至少 ${n} 个城市时发布；本期城市数量不足。`,
    node: '维度',
    quartiles: '第一四分位数、中位数、第三四分位数',
    openData: '开放数据',
    openDataHelp: 'CSV 数据表及 Frictionless 数据包（CC BY 4.0），与本页数据相同。',
    dataPackage: '数据包（datapackage.json）',
    tables: {
      'cities.csv': '城市（CSV）',
      'kpis.csv': '关键绩效指标得分（CSV）',
      'data-points.csv': '经核实的数据点（CSV）',
      'distributions.csv': '分布（CSV）',
    } as Record<string, string>,
    methodology: '指数的计算方法',
  },
};
