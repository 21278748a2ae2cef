// Runs before `npm start`: builds the web portal when there is no build or its sources changed since the last one.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const builtIndex = join(root, 'portal', 'dist', 'index.html');

/** Newest modification time among the portal's sources (and the core types it imports). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(builtIndex) ||
  Math.max(newestSource(join(root, 'portal')), newestSource(join(root, 'core', 'lifecycle'))) >
    statSync(builtIndex).mtimeMs;
if (stale) {
  console.log('Building the web portal (first start or changed sources)...');
  execFileSync('npm', ['run', '-s', 'build:portal'], { cwd: root, stdio: 'inherit' });
} else {
  console.log('Web portal build is up to date.');
}
