// The local IAM check is part of the embedded runtime: the domain never depends on it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

it('no module of core/ imports local/', () => {
  const offending = sourcesUnder(join(root, 'core')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'|import\('(\.[^']+)'\)/g)]
      .map((match) => relative(root, resolve(dirname(file), match[1] ?? match[2]!)))
      .filter((target) => target.startsWith('local/'))
      .map((target) => `${relative(root, file)} -> ${target}`),
  );

  expect(offending).toEqual([]);
});
