// 试点的项目规则（中文）：商定的截止日期与延期、双方同意的核查方式、来自职员名录的监督人员、内部备注和任命例外。
import type { programmeRulesEn } from './programme-rules.en.ts';

export const programmeRulesZh: typeof programmeRulesEn = {
  agreedDeadline: {
    title: '截止日期',
    due: (date: string, kind: string) => `${kind}截止日期为 ${date}。`,
    kinds: { submission: '提交', verification: '核查' },
    agreed: '已商定。',
    notAgreed: (who: string) => (who ? `尚未商定；已确认：${who}。` : '尚未商定。'),
    extended: (days: number, cap: number) => `已延长 ${days} 天，最多 ${cap} 天。`,
    confirm: '确认此截止日期',
    recordAgreement: '商定方式（电话、信函）',
    record: '记录商定结果',
    requestTitle: '申请延期',
    requestDate: '新的截止日期',
    requestReason: '需要延期的原因',
    request: '提交申请',
    pending: (date: string, reason: string) => `已申请将截止日期延至 ${date}，原因：${reason}`,
    answerReason: '答复理由',
    grant: '批准',
    decline: '拒绝',
  },
  modeChange: {
    title: '更改核查方式',
    mode: '建议的方式',
    reason: '原因',
    propose: '提出更改',
    pending: (mode: string, reason: string) => `已建议改为${mode}核查，原因：${reason}`,
    waiting: '此建议须由另一方答复。',
    accept: '接受更改',
    declineReason: '不接受的原因',
    decline: '拒绝更改',
  },
  supervisorChange: {
    title: '更换监督人员',
    reason: '更换原因',
    submit: '更换监督人员',
  },
  staffPicker: { label: '监督人员（来自职员名录）', empty: '职员名录中尚无人员。' },
  internalNotes: {
    title: '核查团队内部备注',
    hint: '仅秘书处和核查员可见，城市不可见。',
    text: '备注',
    submit: '添加备注',
  },
  override: {
    allExcluded: '所有已登记的核查员均被排除。您可以说明理由后任命其中一位。',
    reason: '尽管存在排除情形仍任命此核查员的理由',
    submit: '例外任命',
  },
};
