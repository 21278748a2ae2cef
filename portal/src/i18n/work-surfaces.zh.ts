// 核查员证据视图、主管知情审批、确认对话框以及城市审阅报告草稿的中文文本。
import type { workSurfacesEn } from './work-surfaces.en.ts';

export const workSurfacesZh: typeof workSurfacesEn = {
  evidence: {
    numerator: '分子',
    denominator: '分母',
    typed: '填报值',
    previous: '上一周期',
    expected: '预期范围',
    outside: '超出预期范围',
    quality: '数据质量',
    origin: '数据来源单位',
    source: '出处',
    notes: '备注',
    files: '证据文件',
    fromQuery: (queryId) => `问询 ${queryId} 的答复`,
    fromInterview: '访谈附件',
    none: '–',
    range: (min, max) =>
      min !== undefined && max !== undefined
        ? `${min} – ${max}`
        : min !== undefined
          ? `≥ ${min}`
          : `≤ ${max}`,
    rules: (rules) => `依据校验规则：${rules}`,
    workbook: (version) => `下载城市提交的工作簿（第 ${version} 版）`,
    maturity: (count) => `城市的成熟度答复（${count}）`,
    maturityEvidence: '城市提供的依据',
  },
  confirm: {
    cancel: '取消',
    title: '请确认',
    irreversible: '此操作无法撤销。',
    approve: '批准该结论？已核查数据集将成为最终版本，报告草稿将发送给城市。',
    certify: '申请证书？认证阶段将根据已核查数据集颁发证书。',
    acceptAll: (count) => `接受所选的全部 ${count} 个数据点？`,
    revoke: '撤销证书？其公开核验页面将显示为已撤销。',
    unlock: '解锁已核查数据集？核查将重新开启，报告须重新出具。',
    issue: '出具最终报告？报告将依据修订后的草稿生成。',
    withdraw: '让城市退出试点？试点将就此结束。',
  },
  informed: {
    conclusion: '核查员的结论',
    counts: (verified, notVerified, rejected) =>
      `已核查 ${verified} 个数据点，未核查 ${notVerified} 个，驳回 ${rejected} 个。`,
    perKpi: '各 KPI 的审核结果',
    kpi: 'KPI',
    verified: '已核查',
    note: '说明',
    yes: '是',
    no: '否',
    draft: '报告草稿',
    showDraft: '阅读报告草稿',
  },
  draftReview: {
    title: '报告草稿审阅',
    intro: (until) =>
      `城市可在 ${until} 前审阅报告草稿：逐节接受或提出意见；核查员答复并可修订；之后出具报告。`,
    section: '章节',
    status: '状态',
    accepted: '城市已接受',
    commented: '已提意见',
    waiting: '尚未审阅',
    accept: '接受本节',
    comment: '您的意见',
    sendComment: '提交意见',
    answer: '您的答复',
    revision: '修订后的文本（可选；列表每行一项）',
    revisionZh: '修订后的中文文本（列表必填：每行英文对应一行中文）',
    sendAnswer: '答复',
    answered: '已答复',
    unanswered: '等待核查员答复',
    revised: '核查员已修订本节。',
    issue: '出具报告',
    closed: '意见征询期已结束。',
    released: '报告正在出具。',
  },
};
