// An upper bound of an item's size after UpdateItem. The update's result is only known once applied, so the
// gateway reads the current item (one GetItem) and applies the update expression attribute by attribute:
// - SET a = :v replaces a; SET a = <expression> costs the values and current attributes it names, added up;
// - a nested path (SET a.b = :v, a[2] = :v) adds its value and path to a's current size;
// - REMOVE a drops a; REMOVE a.b keeps a's size (the bound stays above the truth);
// - ADD adds its value to the attribute; DELETE (from a set) keeps it.
// So the bound is exact for whole-attribute SET and REMOVE (what this project does) and errs large otherwise.
import { type AttributeValue, type Item, valueBytes } from './item-size.ts';

export interface UpdateRequest {
  Key: Item;
  UpdateExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
  AttributeUpdates?: Record<string, { Action?: string; Value?: AttributeValue }>;
}

/** Splits at the separator where no parenthesis or bracket is open. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The clauses of an update expression by keyword; a placeholder such as :add is not a keyword. */
function clauses(expression: string): { keyword: string; body: string }[] {
  const found: { keyword: string; start: number; end: number }[] = [];
  for (const m of expression.matchAll(/(^|[\s,()])(SET|REMOVE|ADD|DELETE)(?=\s)/gi)) {
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    found.push({ keyword: (m[2] ?? '').toUpperCase(), start, end: start + (m[2]?.length ?? 0) });
  }
  return found.map((c, i) => ({ keyword: c.keyword, body: expression.slice(c.end, found[i + 1]?.start) }));
}

export function updatedItemBound(current: Item | undefined, request: UpdateRequest): number {
  const names = request.ExpressionAttributeNames ?? {};
  const values = request.ExpressionAttributeValues ?? {};
  const sizes = new Map<string, number>();
  for (const [name, value] of Object.entries(current ?? request.Key)) sizes.set(name, valueBytes(value));

  const topName = (path: string) => {
    const head = path.trim().split(/[.[]/)[0] ?? '';
    return names[head] ?? head;
  };
  const isNested = (path: string) => /[.[]/.test(path.trim());
  const placeholderBytes = (text: string) =>
    [...text.matchAll(/:[A-Za-z0-9_]+/g)].reduce(
      (sum, [p]) => sum + (values[p] ? valueBytes(values[p]) : 0),
      0,
    );
  /** Current attributes an expression reads, e.g. list_append(#log, :entry) reads #log. */
  const referencedBytes = (text: string) =>
    [...text.matchAll(/(^|[^:#\w])(#?[A-Za-z_][\w]*)(?!\s*\()/g)].reduce(
      (sum, m) => sum + (sizes.get(names[m[2] ?? ''] ?? m[2] ?? '') ?? 0),
      0,
    );

  for (const { keyword, body } of clauses(request.UpdateExpression ?? '')) {
    for (const action of splitTopLevel(body, ',')) {
      if (keyword === 'SET') {
        const eq = action.indexOf('=');
        const path = action.slice(0, eq);
        const value = action.slice(eq + 1).trim();
        const name = topName(path);
        const cost = placeholderBytes(value) + (/^:[A-Za-z0-9_]+$/.test(value) ? 0 : referencedBytes(value));
        sizes.set(name, isNested(path) ? (sizes.get(name) ?? 3) + cost + Buffer.byteLength(path) : cost);
      } else if (keyword === 'REMOVE') {
        if (!isNested(action)) sizes.delete(topName(action));
      } else if (keyword === 'ADD') {
        const [path = '', value = ''] = action.split(/\s+(?=:)/);
        sizes.set(topName(path), (sizes.get(topName(path)) ?? 0) + placeholderBytes(value));
      }
      // DELETE removes elements from a set: the attribute can only shrink.
    }
  }
  for (const [name, update] of Object.entries(request.AttributeUpdates ?? {})) {
    const valueSize = update.Value ? valueBytes(update.Value) : 0;
    if (update.Action === 'DELETE' && !update.Value) sizes.delete(name);
    else if (update.Action === 'ADD') sizes.set(name, (sizes.get(name) ?? 0) + valueSize);
    else if (update.Action !== 'DELETE') sizes.set(name, valueSize);
  }
  let total = 0;
  for (const [name, size] of sizes) total += Buffer.byteLength(name, 'utf8') + size;
  return total;
}
