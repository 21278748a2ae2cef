// The context `cdk synth` gives the app (cdk.json: stage default and feature flags), for apps built outside the CLI.
import { readFileSync } from 'node:fs';

const cdkJson = JSON.parse(readFileSync(new URL('../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

/** cdk.json's context plus overrides; `bundle: false` skips esbuild, which only matters for code assets. */
export function cdkContext(overrides: Record<string, unknown> = {}, bundle = true): Record<string, unknown> {
  return { ...cdkJson.context, ...(bundle ? {} : { 'aws:cdk:bundling-stacks': [] }), ...overrides };
}
