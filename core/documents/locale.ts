// Language-dependent formatting shared by the documents: dates, numbers, percentages and taxonomy names.
import * as z from 'zod';

export const languageSchema = z.enum(['en', 'zh']);
export type Language = z.infer<typeof languageSchema>;

/** A text in both languages; documents pick one with `pick`. */
export type Bilingual = { en: string; zh: string };

export const pdfLang: Record<Language, string> = { en: 'en-GB', zh: 'zh-CN' };
const numberLocale: Record<Language, string> = { en: 'en-GB', zh: 'zh-CN' };

export function pick(text: Bilingual, language: Language): string {
  return text[language];
}

/** The English or Chinese name of a catalogue node (KPI, dimension, sub-dimension, category). */
export function nameOf(node: { nameEn: string; nameZh: string }, language: Language): string {
  return language === 'en' ? node.nameEn : node.nameZh;
}

export function formatDate(date: Date | string, language: Language): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  if (language === 'zh') return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function formatNumber(value: number, language: Language, maxDecimals = 2): string {
  return value.toLocaleString(numberLocale[language], { maximumFractionDigits: maxDecimals });
}

const notReported: Bilingual = { en: 'NR', zh: '未报告' };

/** A data point's result; NR (not reported) when it has no value, as in the template. */
export function formatResult(value: number | null, language: Language): string {
  return value === null ? pick(notReported, language) : formatNumber(value, language);
}

export function formatPercent(value: number | null, language: Language): string {
  return value === null ? '—' : `${formatNumber(value, language, 1)} %`;
}
