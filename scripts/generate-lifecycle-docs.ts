// Writes docs/lifecycle.md from the transition table (npm run docs:lifecycle).
import { writeFileSync } from 'node:fs';
import { renderLifecycleDocs } from '../core/lifecycle/docs.ts';

const target = new URL('../docs/lifecycle.md', import.meta.url);
writeFileSync(target, renderLifecycleDocs());
console.log(`wrote ${target.pathname}`);
