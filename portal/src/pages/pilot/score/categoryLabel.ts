// Names a category score; a category name used under two sub-dimensions (Transport under ICT and under
// Infrastructure) is prefixed with its sub-dimension so the two bars can be told apart.
import type { AggregateScore } from '../../../api/types.ts';

export function categoryLabel(
  categories: AggregateScore[],
  subDimensions: AggregateScore[],
  name: (row: AggregateScore) => string,
): (row: AggregateScore) => string {
  const uses = new Map<string, number>();
  for (const row of categories) uses.set(name(row), (uses.get(name(row)) ?? 0) + 1);
  const parents = new Map(subDimensions.map((row) => [row.path, row]));
  return (row) => {
    const parent = parents.get(row.path.split('.').slice(0, 2).join('.'));
    return (uses.get(name(row)) ?? 0) > 1 && parent ? `${name(parent)} · ${name(row)}` : name(row);
  };
}
