// Builds the portal before browser tests when portal/dist is missing or older than the portal's sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { portalDist } from '../../../local/portal-static.ts';

const portalRoot = join(portalDist, '..');

function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    return Math.max(newest, time);
  }, 0);
}

export function ensurePortalBuilt(): void {
  const index = join(portalDist, 'index.html');
  const sources = Math.max(
    newestSource(join(portalRoot, 'src')),
    statSync(join(portalRoot, 'index.html')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  execFileSync('npm', ['run', 'build:portal'], {
    cwd: join(portalRoot, '..'),
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
