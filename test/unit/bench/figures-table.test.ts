// The generated table of scale figures: a run replaces only its own benchmark's rows, and the table is written
// between its markers, with each figure's goal and ratio.
import { describe, expect, it } from 'vitest';
import {
  renderTable,
  TABLE_END,
  TABLE_START,
  withRun,
  withTable,
} from '../../../bench/scale/figures-table.ts';

const machine = '2 × Test CPU, 24 GiB, Node v20';
const older = withRun(
  [],
  'board',
  [{ figure: 'p99', value: 250, unit: 'ms', goal: { kind: 'below', limit: 100 } }],
  '2026-12-01T10:00:00Z',
  machine,
);

describe('the scale figures table', () => {
  it('replaces the rows of the benchmark that ran and keeps the others', () => {
    const uploads = withRun(
      older,
      'uploads',
      [{ figure: 'peak', value: 750, unit: 'MB' }],
      '2026-12-02T00:00:00Z',
      machine,
    );

    const rerun = withRun(
      uploads,
      'board',
      [{ figure: 'p99', value: 80, unit: 'ms', goal: { kind: 'below', limit: 100 } }],
      '2026-12-02T01:00:00Z',
      machine,
    );

    expect(rerun.map((r) => [r.benchmark, r.value, r.date.slice(0, 10)])).toEqual([
      ['uploads', 750, '2026-12-02'],
      ['board', 80, '2026-12-02'],
    ]);
  });

  it('shows each figure with its goal, its ratio and whether it was met, and names the machine', () => {
    const table = renderTable(
      withRun(
        older,
        'uploads',
        [{ figure: 'pages', value: 10_000, unit: 'pilots', goal: { kind: 'atLeast', limit: 10_000 } }],
        '2026-12-02T00:00:00Z',
        machine,
      ),
    );

    expect(table).toContain('| 2026-12-01 | board | p99 | 250 ms | < 100 ms | 2.50 (missed) |');
    expect(table).toContain(
      '| 2026-12-02 | uploads | pages | 10,000 pilots | ≥ 10,000 pilots | 1.00 (met) |',
    );
    expect(table).toContain(`Machine: ${machine}.`);
  });

  it('writes the table between its markers and leaves the rest of the page alone', () => {
    const page = `# Performance\n\n${TABLE_START}\nold table\n${TABLE_END}\n\n## Notes\n`;

    const written = withTable(page, 'new table');

    expect(written).toBe(`# Performance\n\n${TABLE_START}\nnew table\n${TABLE_END}\n\n## Notes\n`);
    expect(() => withTable('# no markers', 'x')).toThrow(/lacks the markers/);
  });
});
