// Runs the AWS CLI (v2, which docs/deploy.md already requires) and parses its JSON output; the scripts need no SDK
// client the functions do not bundle.
import { execFileSync } from 'node:child_process';

export function aws(args: string[]): unknown {
  const out = execFileSync('aws', [...args, '--output', 'json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return out.trim() ? JSON.parse(out) : undefined;
}
