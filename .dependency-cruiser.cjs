// The dependency rules of docs/architecture.md, checked by test/unit/architecture/dependency-rules.test.ts
// (or by hand: npx depcruise --config .dependency-cruiser.cjs core api adapters functions local infra state-machines portal/src).
const layers = {
  core: '^core/',
  api: '^api/',
  adapters: '^adapters/',
  stateMachines: '^state-machines/',
  infra: '^infra/',
  functions: '^functions/',
  local: '^local/',
  portal: '^portal/',
  tooling: '^(scripts|bench|test)/',
};

/** A rule that a folder may not import from the given paths. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from: { path: from }, to });

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'A module cycle means two files must change together; break it by moving the shared part down.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    forbid(
      'core-is-the-domain',
      'core/ knows nothing of deployment, runtimes or HTTP: it imports none of the other folders.',
      layers.core,
      {
        path: `${layers.api}|${layers.adapters}|${layers.stateMachines}|${layers.infra}|${layers.functions}|${layers.local}|${layers.portal}|${layers.tooling}`,
      },
    ),
    forbid(
      'core-has-no-aws-or-http',
      'core/ uses no AWS SDK, Powertools, CDK or HTTP framework: adapters and the API do.',
      layers.core,
      { path: '^node_modules/(@aws-sdk|@smithy|@aws-lambda-powertools|aws-cdk-lib|constructs|hono|@hono)/' },
    ),
    forbid(
      'api-is-routing-only',
      'api/ maps HTTP to core use cases; it reaches storage only through core.',
      layers.api,
      {
        path: `${layers.adapters}|${layers.stateMachines}|${layers.infra}|${layers.functions}|${layers.local}|${layers.portal}`,
      },
    ),
    forbid(
      'adapters-implement-ports',
      'adapters/ implement core ports; only the local stage runner reads the ASL table.',
      layers.adapters,
      { path: `${layers.api}|${layers.infra}|${layers.functions}|${layers.local}|${layers.portal}` },
    ),
    {
      name: 'only-the-local-runner-reads-asl',
      comment: 'The ASL table is read by the local stage runner; the AWS adapters never need it.',
      severity: 'error',
      from: { path: '^adapters/aws/' },
      to: { path: layers.stateMachines },
    },
    forbid(
      'state-machines-hold-asl',
      'state-machines/ hold the ASL files and their rendering; they name core tasks and nothing else.',
      layers.stateMachines,
      {
        path: `${layers.api}|${layers.adapters}|${layers.infra}|${layers.functions}|${layers.local}|${layers.portal}`,
      },
    ),
    forbid(
      'infra-deploys',
      'infra/ is the CDK app: it reads the tables it deploys from (tasks, ASL, table design, Object Lock, public paths), never runtime code.',
      layers.infra,
      {
        path: `${layers.functions}|${layers.local}|${layers.portal}|^core/use-cases/|^adapters/(local/|aws/(?!table-design|object-lock))`,
      },
    ),
    forbid(
      'functions-are-lambda-entries',
      'functions/ are Lambda entry points and their composition root; the embedded runtime is not theirs.',
      layers.functions,
      { path: `${layers.local}|${layers.infra}|${layers.portal}` },
    ),
    forbid(
      'portal-talks-http',
      'The portal reaches the system over HTTP: it may share pure domain modules, nothing that runs server-side.',
      layers.portal,
      {
        path: `${layers.adapters}|${layers.stateMachines}|${layers.infra}|${layers.functions}|${layers.local}`,
      },
    ),
    {
      name: 'portal-takes-only-types-from-the-server',
      comment: 'Use cases and API routes run on the server; the portal may only take their types.',
      severity: 'error',
      from: { path: layers.portal },
      to: { path: '^(core/use-cases|api)/', dependencyTypesNot: ['type-only'] },
    },
    forbid(
      'nothing-imports-tooling',
      'Scripts, benchmarks and tests use the system; the system never uses them.',
      `${layers.core}|${layers.api}|${layers.adapters}|${layers.stateMachines}|${layers.infra}|${layers.functions}|${layers.local}|${layers.portal}`,
      { path: layers.tooling },
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|cdk\\.out|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
