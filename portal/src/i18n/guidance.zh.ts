// Chinese texts of the policy guidance in the verifier's conclusion; typed as the English part.
import type { guidanceEn } from './guidance.en.ts';

export const guidanceZh: typeof guidanceEn = {
  guidance: {
    title: '政策指导',
    intro: '根据结果生成的建议。请逐条接受、编辑或删除；保留的建议须有英文和中文文本，两者不得互相照搬。',
    none: '结果未生成任何建议：如有需要，请自行添加。',
    kinds: {
      belowTarget: '未达目标',
      belowPeers: '低于同类城市',
      unreportedCore: '核心指标未填报',
      maturityGap: '成熟度差距',
    },
    sections: {
      policyRecommendations: '政策建议',
      improvementOpportunities: '改进机会',
    },
    decision: '决定',
    decisions: { accepted: '接受', edited: '编辑', dropped: '删除' },
    textEn: '英文文本',
    textZh: '中文文本',
    kpis: (codes) => `相关指标：${codes}`,
    caseStudy: (number, title, city) => `案例研究第 ${number} 号：${title}（${city}）`,
    own: (n) => `您的建议 ${n}`,
    addOwn: '添加您自己的建议',
    removeOwn: '移除',
    section: '所属部分',
    ownKpis: '指标代码（以逗号分隔，可选）',
    adviceEn: '城市的后续步骤（英文，每行一条）',
    adviceZh: '城市的后续步骤（中文，每行一条，顺序与英文一致）',
  },
};
