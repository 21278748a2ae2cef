// A category's printed name: a name used under several sub-dimensions (Water and Sanitation) gets its sub-dimension.
import type { AggregateScore, ScoreResult } from '../scoring/score-result.ts';
import { type Language, nameOf } from './locale.ts';

export function categoryLabel(category: AggregateScore, score: ScoreResult, language: Language): string {
  const name = nameOf(category, language);
  if (score.categories.filter((c) => c.nameEn === category.nameEn).length < 2) return name;
  const parent = score.subDimensions.find((s) => category.path.startsWith(`${s.path}.`));
  return parent ? `${name} (${nameOf(parent, language)})` : name;
}
