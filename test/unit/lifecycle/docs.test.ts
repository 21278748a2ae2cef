import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderLifecycleDocs } from '../../../core/lifecycle/docs.ts';

describe('docs/lifecycle.md', () => {
  it('matches the transition table (run `npm run docs:lifecycle` after changing it)', () => {
    const committed = readFileSync(new URL('../../../docs/lifecycle.md', import.meta.url), 'utf8');

    expect(committed).toBe(renderLifecycleDocs());
  });
});
