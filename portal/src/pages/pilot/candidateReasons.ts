// Puts the ranking's reasons, which the API words in English, into the interface language.
import type { Messages } from '../../i18n/en.ts';

type Rule = [RegExp, (r: Messages['candidates']['reason'], match: RegExpExecArray) => string];

const rules: Rule[] = [
  [/^speaks the city's language \((.+)\)$/, (r, m) => r.language(m[1] ?? '')],
  [/^works in (.+)$/, (r, m) => r.region(m[1] ?? '')],
  [/^offers (\w+) verification as the city prefers$/, (r, m) => r.mode(m[1] ?? '')],
  [/^(\d+) active assignments?$/, (r, m) => r.load(Number(m[1]))],
  [/^no active assignment$/, (r) => r.noLoad],
  [/^inactive$/, (r) => r.inactive],
  [/^declared conflict of interest: (.+)$/, (r, m) => r.conflict(m[1] ?? '')],
  [/^recused from this pilot$/, (r) => r.recused],
  [/^verified this city's previous cycle \((.+)\)$/, (r, m) => r.previous(m[1] ?? '')],
];

/** An unknown reason is shown as the API wrote it. */
export function translateReason(reason: string, t: Messages): string {
  for (const [pattern, render] of rules) {
    const match = pattern.exec(reason);
    if (match) return render(t.candidates.reason, match);
  }
  return reason;
}
