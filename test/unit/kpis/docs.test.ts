import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kpiCatalogue } from '../../../core/kpis/catalogue.ts';
import { renderKpiDocs } from '../../../core/kpis/docs.ts';

describe('docs/kpis.md', () => {
  it('matches the generator output (run `npm run docs:kpis` after changing the catalogue)', () => {
    const committed = readFileSync(new URL('../../../docs/kpis.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderKpiDocs(kpiCatalogue));
  });

  it('lists every data point of the catalogue', () => {
    const rendered = renderKpiDocs(kpiCatalogue);
    const rows = rendered.split('\n').filter((line) => /^\| `(EC|EN|SC)\./.test(line));
    expect(rows).toHaveLength(132);
  });

  it('states the catalogue checksum so readers can match a template to its catalogue', () => {
    expect(renderKpiDocs(kpiCatalogue)).toContain(kpiCatalogue.checksum);
  });
});
