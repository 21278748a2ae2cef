// The dependency rules of docs/architecture.md hold in the code: checked with dependency-cruiser on the real tree,
// and shown to catch a violation in a small fixture tree that breaks them on purpose.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const config = createRequire(import.meta.url)('../../../.dependency-cruiser.cjs');
const sourceFolders = [
  'core',
  'api',
  'adapters',
  'functions',
  'local',
  'infra',
  'state-machines',
  'portal/src',
];

async function cruiseTree(baseDir: string, folders: string[]): Promise<ICruiseResult> {
  const result = await cruise(folders, {
    ...config.options,
    ...(baseDir === root ? {} : { tsConfig: undefined }),
    baseDir,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
  });
  return result.output as ICruiseResult;
}

/** Edges between core's top folders (its root files count as one folder), for the no-loop rule. */
function coreFolderEdges(result: ICruiseResult): Map<string, Set<string>> {
  const folderOf = (path: string) => path.match(/^core\/([^/]+)\//)?.[1] ?? '(core root)';
  const edges = new Map<string, Set<string>>();
  for (const module of result.modules) {
    if (!module.source.startsWith('core/')) continue;
    for (const dependency of module.dependencies) {
      if (!dependency.resolved.startsWith('core/')) continue;
      const [from, to] = [folderOf(module.source), folderOf(dependency.resolved)];
      if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return edges;
}

/** Every loop among folders, as the list of folders it passes. */
function folderLoops(edges: Map<string, Set<string>>): string[][] {
  const loops: string[][] = [];
  const visit = (folder: string, path: string[]) => {
    for (const next of edges.get(folder) ?? []) {
      if (next === path[0]) loops.push([...path, next]);
      else if (!path.includes(next) && next > path[0]!) visit(next, [...path, next]);
    }
  };
  for (const folder of [...edges.keys()].sort()) visit(folder, [folder]);
  return loops;
}

const violationsOf = (result: ICruiseResult) =>
  result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);

// Cruising the whole tree takes seconds, more on a busy machine.
describe('the dependency rules', { timeout: 60_000 }, () => {
  it('hold in the source tree: no layer imports what docs/architecture.md forbids, and no module cycle', async () => {
    const result = await cruiseTree(root, sourceFolders);

    const unresolved = result.modules.flatMap((m) =>
      m.dependencies.filter((d) => d.couldNotResolve && d.module.startsWith('.')).map((d) => d.module),
    );
    expect(violationsOf(result)).toEqual([]);
    // A rule can only hold where the imports were resolved: every relative import must have been.
    expect(unresolved).toEqual([]);
    expect(result.summary.totalCruised).toBeGreaterThan(300);
  });

  it('leave no loop between the folders of core', async () => {
    const result = await cruiseTree(root, ['core']);

    expect(folderLoops(coreFolderEdges(result))).toEqual([]);
  });

  it('catch a core module importing an adapter, a module cycle and a folder loop', async () => {
    const fixture = fileURLToPath(new URL('../../fixtures/dependency-rules', import.meta.url));

    const result = await cruiseTree(fixture, ['core', 'adapters']);

    expect(violationsOf(result)).toEqual(
      expect.arrayContaining([
        'core-is-the-domain: core/lifecycle/pilot.ts -> adapters/aws/store.ts',
        expect.stringMatching(/^no-circular: core\//),
      ]),
    );
    expect(folderLoops(coreFolderEdges(result))).toEqual([['lifecycle', 'verification', 'lifecycle']]);
  });
});
