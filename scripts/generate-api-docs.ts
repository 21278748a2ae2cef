// Writes docs/api.md from the API's route table (npm run docs:api).
import { writeFileSync } from 'node:fs';
import { renderApiDocs } from '../api/docs.ts';

const target = new URL('../docs/api.md', import.meta.url);
writeFileSync(target, renderApiDocs());
console.log(`wrote ${target.pathname}`);
