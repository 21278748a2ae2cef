// 试点各方约定事项的中文文本：项目条款与核实人员的保密承诺、核实费用、城市的澄清问题与电话会议、秘书处的用户账户。
import type { agreementsEn } from './agreements.en.ts';

export const agreementsZh: typeof agreementsEn = {
  agreements: {
    version: (version: string) => `第 ${version} 版`,
    termsTitle: '参与条款（附件1）',
    acceptTerms: '本市接受上述参与条款',
    indexCommitment: '本市承诺为全球可持续智慧城市指数贡献数据和经验教训',
    termsAccepted: (version: string, who: string, date: string) =>
      `参与条款第 ${version} 版已由 ${who} 于 ${date} 接受。`,
    termsMissing: '此意向书提交于门户记录条款接受之前。',
    undertakingTitle: '保密承诺',
    signUndertaking: '我签署上述保密承诺',
  },
};
