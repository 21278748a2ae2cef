// `npm run bench:scale`: the scale benchmarks one after another, each figure printed with its ratio to the goal.
import { type Figure, formatFigure, meetsGoal } from './figures.ts';
import { concurrentLifecyclesFigures } from './lifecycles.ts';
import { parallelUploadsFigures } from './uploads.ts';

const benchmarks: [name: string, run: () => Promise<Figure[]>][] = [
  ['parallel large uploads', () => parallelUploadsFigures()],
  ['concurrent lifecycles', () => concurrentLifecyclesFigures(Number(process.env.BENCH_CITIES ?? 100))],
];
let missed = 0;
for (const [name, run] of benchmarks) {
  console.log(`\n=== ${name} (${new Date().toISOString()}) ===`);
  const figures = await run();
  for (const figure of figures) console.log(formatFigure(figure));
  missed += figures.filter((figure) => !meetsGoal(figure)).length;
}
if (missed) {
  console.error(`\n${missed} figure(s) missed their goal`);
  process.exitCode = 1;
}
