// Reads a number typed as text, whatever the locale of the program that saved it: `1 234,5`, `1,234.5`, `45 %`.

export type ParsedNumber =
  | { ok: true; value: number; percent: boolean }
  | { ok: false; reason: 'not_a_number' | 'ambiguous' | 'not_finite' };

const PLAIN = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** How programs write a value no spreadsheet can hold: JavaScript's and Excel-like spellings of infinity and NaN. */
const NON_FINITE = /^(infinity|inf|∞|nan)$/i;
/** Characters that group thousands: space (NFKC folds no-break and thin spaces into it) and apostrophes. */
const GROUPING = /[ '’]/;

/**
 * Parses text a person typed as a number. A single comma followed by exactly three digits (`1,234`) is
 * ambiguous between a thousands separator and a decimal comma, so it is rejected rather than guessed.
 */
export function parseNumberText(text: string): ParsedNumber {
  // NFKC turns full-width digits and signs (typed with a Chinese input method) and odd spaces into ASCII.
  let body = text
    .normalize('NFKC')
    .replace(/\u2212/g, '-')
    .trim();
  const percent = body.endsWith('%');
  if (percent) body = body.slice(0, -1).trim();
  const sign = body.startsWith('-') || body.startsWith('+') ? body.charAt(0) : '';
  body = body.slice(sign.length).trim();
  if (NON_FINITE.test(body)) return { ok: false, reason: 'not_finite' };
  // `1e309` is well formed but overflows to Infinity: too large for any count, and for Excel (max ~1.8e308).
  if (PLAIN.test(body)) return finite(Number(sign + body), percent);
  if (!/^[\d., '’]+$/.test(body) || !/\d/.test(body)) return { ok: false, reason: 'not_a_number' };

  const decimal = decimalSeparator(body);
  if (decimal === 'ambiguous') return { ok: false, reason: 'ambiguous' };
  const cut = decimal ? body.lastIndexOf(decimal) : body.length;
  const integer = body.slice(0, cut);
  const fraction = body.slice(cut + 1);
  if (!/^\d*$/.test(fraction) || !wellGrouped(integer, decimal)) return { ok: false, reason: 'not_a_number' };
  return finite(Number(`${sign}${integer.replace(/\D/g, '')}.${fraction || '0'}`), percent);
}

function finite(value: number, percent: boolean): ParsedNumber {
  return Number.isFinite(value) ? { ok: true, value, percent } : { ok: false, reason: 'not_finite' };
}

/** The decimal separator of a number that has separators, or undefined when every separator groups thousands. */
function decimalSeparator(body: string): ',' | '.' | undefined | 'ambiguous' {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const only = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
  if (!only) return undefined;
  if (body.split(only).length > 2) return undefined;
  const digitsAfter = body.length - body.lastIndexOf(only) - 1;
  // `1 234,567` is decimal (spaces already group thousands); a bare `1,234` could be either.
  // A leading zero (`0,250`) cannot start a thousands group.
  if (only === ',' && digitsAfter === 3 && !GROUPING.test(body) && !body.startsWith('0,')) return 'ambiguous';
  return only;
}

/** Thousands groups: 1-3 leading digits, then groups of exactly three, all with the same separator. */
function wellGrouped(integer: string, decimal: string | undefined): boolean {
  const separators = new Set(integer.replace(/\d/g, ''));
  if (separators.size === 0) return integer.length > 0;
  if (separators.size > 1 || (decimal && separators.has(decimal))) return false;
  const [separator = ''] = separators;
  const groups = integer.split(separator);
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((group) => /^\d{3}$/.test(group));
}
