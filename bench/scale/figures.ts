// The shape every scale benchmark returns its figures in, and how they are printed with their ratio to the goal, so
// `npm run bench:scale` can run them one after another and tabulate the lot.

export interface Figure {
  figure: string;
  value: number;
  unit: string;
  /** `below`: under `limit`; `atMost`: not over it; `atLeast`: it must reach it. Absent for a figure with no goal. */
  goal?: { kind: 'below' | 'atMost' | 'atLeast'; limit: number };
}

/** value / limit: under 1 meets a `below` goal, 1 or more an `atLeast` one. */
export const ratioToGoal = (figure: Figure) => (figure.goal ? figure.value / figure.goal.limit : undefined);

export function meetsGoal(figure: Figure): boolean {
  const ratio = ratioToGoal(figure);
  if (ratio === undefined || !figure.goal) return true;
  if (figure.goal.kind === 'below') return ratio < 1;
  return figure.goal.kind === 'atMost' ? ratio <= 1 : ratio >= 1;
}

export function formatFigure(figure: Figure): string {
  const value = `${round(figure.value)} ${figure.unit}`;
  if (!figure.goal) return `${figure.figure}: ${value} (no goal)`;
  const goal = `${{ below: '<', atMost: '≤', atLeast: '≥' }[figure.goal.kind]} ${round(figure.goal.limit)} ${figure.unit}`;
  const verdict = meetsGoal(figure) ? 'met' : 'MISSED';
  return `${figure.figure}: ${value}   goal ${goal}   ratio ${ratioToGoal(figure)!.toFixed(2)} (${verdict})`;
}

const round = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** The q-quantile of ascending values, by the nearest-rank method; NaN for no values. */
export const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
