// `npm run bench:scale [uploads|lifecycles|board …]`: the scale benchmarks one after another (all of them unless
// named), each figure printed with its ratio to the goal and written into docs/performance.md's generated table.
import { boardFigures } from './board.ts';
import { type Figure, formatFigure, meetsGoal } from './figures.ts';
import { publishFigures } from './figures-table.ts';
import { concurrentLifecyclesFigures } from './lifecycles.ts';
import { parallelUploadsFigures } from './uploads.ts';

const benchmarks: Record<string, [title: string, run: () => Promise<Figure[]>]> = {
  uploads: ['8 parallel 8 MB uploads', () => parallelUploadsFigures()],
  lifecycles: [
    'concurrent lifecycles',
    () => concurrentLifecyclesFigures(Number(process.env.BENCH_CITIES ?? 100)),
  ],
  board: ['the board', () => boardFigures(Number(process.env.BENCH_PILOTS ?? 10_000))],
};
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in benchmarks));
if (unknown.length)
  throw new Error(`Unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(benchmarks).join(', ')}`);

let missed = 0;
for (const name of asked.length ? asked : Object.keys(benchmarks)) {
  const [title, run] = benchmarks[name]!;
  console.log(`\n=== ${title} (${new Date().toISOString()}) ===`);
  const figures = await run();
  for (const figure of figures) console.log(formatFigure(figure));
  publishFigures(title, figures);
  missed += figures.filter((figure) => !meetsGoal(figure)).length;
}
if (missed) {
  console.error(`\n${missed} figure(s) missed their goal`);
  process.exitCode = 1;
}
