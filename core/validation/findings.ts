// Collects the findings of one validation run, with a cap per rule so a huge or broken sheet cannot flood the report.
import type { Finding } from './results.ts';

export type Severity = Finding['severity'];
export type Message = Finding['message'];

/** Where a finding points: a sheet, optionally a cell address on it (`G14`) and the data point of that row. */
export interface Location {
  sheet?: string;
  cell?: string;
  dataPointId?: string;
}

/** Beyond this many findings of one rule, the rest are counted in a single summary finding. */
export const MAX_FINDINGS_PER_RULE = 200;

export class FindingList {
  readonly #findings: Finding[] = [];
  readonly #counts = new Map<string, number>();

  add(severity: Severity, rule: string, message: Message, at: Location = {}): void {
    const count = (this.#counts.get(rule) ?? 0) + 1;
    this.#counts.set(rule, count);
    if (count <= MAX_FINDINGS_PER_RULE) this.#findings.push({ severity, rule, ...definedOnly(at), message });
  }

  error(rule: string, message: Message, at?: Location): void {
    this.add('error', rule, message, at);
  }

  warning(rule: string, message: Message, at?: Location): void {
    this.add('warning', rule, message, at);
  }

  hasErrors(): boolean {
    return this.#findings.some((finding) => finding.severity === 'error');
  }

  /** Errors before warnings (each in the order found), then one summary per rule whose findings were capped. */
  list(): Finding[] {
    const overflow = [...this.#counts].flatMap(([rule, count]): Finding[] => {
      const first = this.#findings.find((finding) => finding.rule === rule);
      if (count <= MAX_FINDINGS_PER_RULE || !first) return [];
      const more = count - MAX_FINDINGS_PER_RULE;
      return [
        {
          severity: first.severity,
          rule,
          ...(first.sheet ? { sheet: first.sheet } : {}),
          message: {
            en: `${more} more findings of this kind are not listed.`,
            zh: `另有 ${more} 条同类问题未列出。`,
          },
        },
      ];
    });
    const bySeverity = (a: Finding, b: Finding) =>
      Number(a.severity === 'warning') - Number(b.severity === 'warning');
    return [...this.#findings.toSorted(bySeverity), ...overflow];
  }
}

/** Findings carry sheet-qualified cell references (`DataPoints!G14`) so they read alone in a report. */
function definedOnly({ sheet, cell, dataPointId }: Location): Location {
  const qualified = cell && sheet ? `${sheet}!${cell}` : cell;
  return Object.fromEntries(
    Object.entries({ sheet, cell: qualified, dataPointId }).filter(([, value]) => value !== undefined),
  );
}
