// The fixed wording of the factsheet, in English and Chinese.
import type { Language } from './locale.ts';

const en = {
  title: 'U4SSC City Factsheet',
  meta: (certificate: string, date: string) => `Certificate ${certificate} · issued ${date}`,
  initiatives: 'Smart initiatives',
  noInitiatives: 'The city has not entered smart initiatives.',
  kpisAffected: 'KPIs affected',
  sdgsServed: 'SDG targets served',
  notScored: 'not scored',
  none: 'None named.',
};

type FactsheetText = typeof en;

const zh: FactsheetText = {
  title: 'U4SSC 城市情况简介',
  meta: (certificate: string, date: string) => `证书 ${certificate} · 签发日期 ${date}`,
  initiatives: '智慧举措',
  noInitiatives: '城市未填写智慧举措。',
  kpisAffected: '涉及的指标',
  sdgsServed: '服务的可持续发展目标具体目标',
  notScored: '未评分',
  none: '未列出。',
};

export const factsheetText: Record<Language, FactsheetText> = { en, zh };
