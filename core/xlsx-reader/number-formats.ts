// Number formats of a workbook: the built-in ids of SpreadsheetML that carry meaning here, and what a format shows.

/** Built-in format ids (ECMA-376 part 1, 18.8.30) that show percentages, dates or times; others show plain numbers. */
const builtInFormats: Readonly<Record<number, string>> = {
  9: '0%',
  10: '0.00%',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
};

/** The format code of a format id: a custom one from the styles part, else the built-in one, else none (General). */
export function formatCode(id: number, custom: ReadonlyMap<number, string>): string | undefined {
  return custom.get(id) ?? builtInFormats[id];
}

/** Quoted literals, escaped characters and bracketed parts (colours, conditions, locales) show no digits. */
function withoutLiterals(code: string): string {
  return code.replace(/"[^"]*"|\\.|\[[^\]]*]/g, '');
}

export function isPercentFormat(code: string | undefined): boolean {
  return !!code && withoutLiterals(code).includes('%');
}

/** A format with day, month, year, hour, minute or second tokens shows a date or time, not a number. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code || /^general$/i.test(code.trim())) return false;
  return /[ymdhsb]/i.test(withoutLiterals(code).replace(/AM\/PM|A\/P/gi, 'h'));
}

const MS_PER_DAY = 86_400_000;
/** Days between the 1900 date system's day 0 (with its leap-year quirk) and 1970-01-01; 1904 dates start 1462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

/** The instant a date serial stands for, as ISO 8601 (undefined when it is out of range). */
export function serialToIso(serial: number, date1904: boolean): string | undefined {
  const ms = Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET : 0)) * MS_PER_DAY);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
