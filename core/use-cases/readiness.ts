// Certification readiness: the versioned rules the secretariat publishes, and a pilot's checklist against the rules
// in force, gathered from its verified dataset, the verifier's verdicts and its queries.
import type { Actor } from '../actors.ts';
import { ForbiddenTransitionError } from '../errors.ts';
import { kpiCatalogue } from '../kpis/catalogue.ts';
import type { PilotEvent } from '../lifecycle/events.ts';
import { latestValidatedVersion, type Pilot } from '../lifecycle/pilot.ts';
import { evaluateReadiness, type Readiness } from '../readiness/evaluate.ts';
import {
  defaultReadinessRules,
  type ReadinessRules,
  readinessRulesRequestSchema,
  readinessRulesSchema,
} from '../readiness/rules.ts';
import { verifiedByReviews } from '../verification/audit-rule.ts';
import { conclusionForReport } from '../verification/report-conclusion.ts';
import type { CoreDeps } from './deps.ts';
import { checkedBySchema, programmeTableUseCases } from './programme-tables.ts';
import { visiblePilot } from './queries.ts';
import { storedResults } from './stored-results.ts';

const readinessRules = programmeTableUseCases({
  kind: 'readiness',
  name: 'readiness rules',
  defaults: defaultReadinessRules,
  request: readinessRulesRequestSchema,
  validate: checkedBySchema(readinessRulesSchema),
});

export const currentReadinessRules = readinessRules.current;
export const readinessRulesVersion = readinessRules.version;
export const publishReadinessRules = readinessRules.publish;

type Submitted = Extract<PilotEvent, { type: 'ConclusionSubmitted' }>;

/** KPIs the verifier verified: the submitted conclusion's verdicts, or before one, the accepted reviews alone. */
function verifiedKpiIds(pilot: Pilot, submitted: Submitted | undefined): Set<string> {
  if (submitted) {
    const perKpi = conclusionForReport(submitted.data, pilot).perKpi;
    return new Set(perKpi.filter((k) => k.verified).map((k) => k.kpiId));
  }
  const reviews = pilot.verification?.reviews ?? {};
  return new Set(
    kpiCatalogue.kpis
      .filter((kpi) =>
        verifiedByReviews(
          reviews,
          kpi.dataPoints.map((p) => p.id),
        ),
      )
      .map((kpi) => kpi.id),
  );
}

/** The pilot held against the rules: the dataset the verifier locked, else the latest validated one. */
export async function readinessOf(deps: CoreDeps, pilot: Pilot, rules: ReadinessRules): Promise<Readiness> {
  const version = pilot.verification?.lock?.datasetVersion ?? latestValidatedVersion(pilot);
  const results = version ? (await storedResults(deps, pilot, version)).results : undefined;
  const events = pilot.verification ? await deps.pilots.events(pilot.pilotId) : [];
  const submitted = events.findLast((e): e is Submitted => e.type === 'ConclusionSubmitted');
  return evaluateReadiness(rules, {
    stage: pilot.stage,
    results,
    verifiedKpiIds: verifiedKpiIds(pilot, submitted),
    openQueryIds: (pilot.verification?.queries ?? [])
      .filter((q) => q.status === 'open')
      .map((q) => q.queryId),
  });
}

export async function pilotReadiness(deps: CoreDeps, actor: Actor, pilotId: string): Promise<Readiness> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  return readinessOf(deps, pilot, await currentReadinessRules(deps));
}

/** Refuses, naming every unmet rule, unless the pilot meets the rules in force; returns the version it met. */
export async function assertReadyForCertification(deps: CoreDeps, pilot: Pilot): Promise<number> {
  const readiness = await readinessOf(deps, pilot, await currentReadinessRules(deps));
  const unmet = readiness.checks.filter((check) => !check.met);
  if (unmet.length) {
    throw new ForbiddenTransitionError(
      `The pilot does not meet the certification rules (version ${readiness.rulesVersion}): ${unmet
        .map((check) => check.message.en)
        .join(' ')}`,
      { rulesVersion: readiness.rulesVersion, unmet },
    );
  }
  return readiness.rulesVersion;
}
