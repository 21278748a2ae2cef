// Writes docs/kpis.md from the KPI catalogue (npm run docs:kpis).
import { writeFileSync } from 'node:fs';
import { kpiCatalogue } from '../core/kpis/catalogue.ts';
import { renderKpiDocs } from '../core/kpis/docs.ts';

const target = new URL('../docs/kpis.md', import.meta.url);
writeFileSync(target, renderKpiDocs(kpiCatalogue));
console.log(`wrote ${target.pathname}`);
