// 试点页面上智慧城市成熟度面板的中文文本。
import type { maturityEn } from './maturity.en.ts';

export const maturityZh: typeof maturityEn = {
  maturity: {
    title: '智慧城市成熟度',
    intro: (version: number) => `城市对其智慧城市项目的自我评估（中欧框架），取自第 ${version} 版工作簿。`,
    introForm: (date: string) => `城市对其智慧城市项目的自我评估（中欧框架），于 ${date} 在表单中填写。`,
    characteristic: '特征',
    answer: '自我评估',
    nextStep: '下一步',
    unanswered: '未作答',
    spread: (spread: number) => `最领先与最落后特征之间相差 ${spread} 个等级。`,
    noSpread: '位于成熟度阶梯上的特征太少，无法计算差距。',
    gapsTitle: '拖累整体成熟度的差距',
    noGaps: '没有特征落后于其他特征两个等级或以上。',
    unavailable: '尚无成熟度概况：它来自自评表，或已通过校验的工作簿中的成熟度工作表。',
  },
};
