// 认证准备情况的中文文本：试点的核对清单与秘书处的规则编辑页。
import type { readinessEn } from './readiness.en.ts';

export const readinessZh: typeof readinessEn = {
  readiness: {
    title: '认证核对清单',
    intro: (version: number) => `根据第 ${version} 版认证准备规则列出的认证要求；每一项满足后显示为绿色。`,
    ready: '所有规则均已满足：报告发布后即可对该试点进行认证。',
    notReady: (n: number) => `尚有 ${n} 项规则未满足。`,
    met: '已满足',
    unmet: '未满足',
    coverage: (verified: number, total: number) => `${total} 个核心指标中已报告并核查 ${verified} 个`,
    dataPoints: '涉及的数据点',
    more: (n: number) => `另有 ${n} 个`,
    severities: {
      title: '上传文件的一致性检查',
      intro:
        '依据 U4SSC 指南在数据点之间进行的检查。警告不阻止上传；错误会阻止上传，直至城市更正或说明数值；关闭则不显示该检查。',
      current: (version: number, by: string, at: string) => `第 ${version} 版，由 ${by} 于 ${at} 发布`,
      choice: { warning: '警告', error: '错误（阻止上传）', off: '关闭' },
      provenance: { official: 'U4SSC 明确规定', derived: '由 U4SSC 定义推导', project: '本项目自设的检查' },
      note: '设定这些级别的原因（记入审计记录）',
      publish: '发布检查级别',
      confirm: '确定发布这些检查级别？此后的每一次上传都将按此评定。',
    },
    rulesPage: {
      title: '认证准备规则',
      intro:
        '每个试点在获得认证前必须满足的条件。每个已发布的版本都会连同发布人、时间和原因一并保存；证书会记录其所满足的版本。',
      current: (version: number, by: string, at: string) => `第 ${version} 版，由 ${by} 于 ${at} 发布`,
      minReported: '最少报告的数据点数量',
      coreShare: '每个维度中已报告并核查的核心指标比例（%）',
      explained: '需要城市说明原因的未报告数据点',
      explainedAll: '全部',
      explainedCore: '仅核心指标',
      noOpenQuery: '不得有等待城市答复的核查问询',
      required: '每个版本均必须包含',
      conclusionRequired: '监督工作人员批准核查结论（每个版本均必须包含）',
      note: '修改原因（记入审计记录）',
      publish: '发布新版本',
      confirm: '确定发布这些认证准备规则？此后的每一次认证都将以此为准。',
      published: (version: number) => `第 ${version} 版现已生效。`,
    },
  },
};
