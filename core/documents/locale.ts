// Language-dependent formatting shared by the documents: dates, numbers, percentages and taxonomy names.
import * as z from 'zod';

export const languageSchema = z.enum(['en', 'zh']);
export type Language = z.infer<typeof languageSchema>;

/** A text in both languages; documents pick one with `pick`. */
export type Bilingual = { en: string; zh: string };

export const pdfLang: Record<Language, string> = { en: 'en-GB', zh: 'zh-CN' };
/**
 * Digit grouping: U4SSC prints "95 424", a space between thousands, in English. Chinese uses the same space: GB/T
 * 15835-2011 (numbers in publications) allows a space as the group separator, the usual choice in scientific and
 * technical texts, and identical figures let the two language versions of one report be compared digit by digit.
 * The space is non-breaking (the font has U+00A0, not the narrow U+202F), so a number never splits across lines.
 */
const groupSeparator: Record<Language, string> = { en: '\u00a0', zh: '\u00a0' };
/** U4SSC prints results, scores and percentages with two decimals. */
const DECIMALS = 2;

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

/** A number with two decimals and the language's digit grouping: 95423.812 prints "95 423.81". */
export function formatNumber(value: number, language: Language, decimals = DECIMALS): string {
  // en-US fixes "." as the decimal mark and "," as the group mark, which is then replaced.
  return value
    .toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    .replaceAll(',', groupSeparator[language]);
}

const notReported: Bilingual = { en: 'NR', zh: '未报告' };

/**
 * A data point's result as U4SSC prints it: two decimals, except from a thousand on, where the cents carry nothing
 * a reader compares and U4SSC prints whole numbers ("95 424"). NR (not reported) when it has no value.
 */
export function formatResult(value: number | null, language: Language): string {
  if (value === null) return pick(notReported, language);
  return formatNumber(value, language, Math.abs(value) >= 1000 ? 0 : DECIMALS);
}

/** A percentage with two decimals and a non-breaking space before the sign, as in the band labels ("33-66 %"). */
export function formatPercent(value: number | null, language: Language): string {
  return value === null ? '—' : `${formatNumber(value, language)}\u00a0%`;
}
