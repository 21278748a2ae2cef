// Prints the size of every asset of the production portal build, raw and gzipped, so bundle growth is visible.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { portalDist } from '../local/portal-static.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

// Built here when missing, so `npm run bench` measures the current sources on a fresh checkout too.
if (!existsSync(join(portalDist, 'index.html'))) {
  execFileSync('npm', ['run', 'build:portal'], { cwd: join(portalDist, '../..'), stdio: 'inherit' });
}
const assets = files(portalDist);

const rows = assets
  .map((path) => {
    const bytes = readFileSync(path);
    return {
      asset: relative(portalDist, path),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    };
  })
  .sort((a, b) => b.gzip - a.gzip);

const width = Math.max(...rows.map((r) => r.asset.length), 'total'.length);
console.log(`${'asset'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
for (const r of rows)
  console.log(`${r.asset.padEnd(width)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(10)}`);
const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip }), {
  raw: 0,
  gzip: 0,
});
console.log(`${'total'.padEnd(width)}  ${kb(total.raw).padStart(10)}  ${kb(total.gzip).padStart(10)}`);
