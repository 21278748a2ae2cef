// Locale-aware formatting of dates, sizes and numbers for the chosen language.
import type { Lang } from './I18nProvider.tsx';

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB');

export const formatDate = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium' }).format(new Date(iso));

export const formatDateTime = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

export const formatNumber = (value: number, lang: Lang) =>
  new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(value);

export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  return kb < 1024 ? `${formatNumber(kb, lang)} KB` : `${formatNumber(kb / 1024, lang)} MB`;
}
