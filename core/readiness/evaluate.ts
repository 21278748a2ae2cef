// Holds a pilot's facts against the readiness rules: one check per rule, met or not, with what is missing named.
import * as z from 'zod';
import { kpiCatalogue } from '../kpis/catalogue.ts';
import type { Stage } from '../lifecycle/stages.ts';
import type { DataPointResult } from '../validation/results.ts';
import type { ReadinessRule, ReadinessRules } from './rules.ts';

/** What the rules are held against, gathered by core/use-cases/readiness.ts. */
export interface ReadinessFacts {
  stage: Stage;
  /** The dataset a certificate would rest on: the locked one, else the latest validated; absent before any. */
  results?: readonly DataPointResult[];
  /** KPIs the verifier verified, by the conclusion's audit results or else by accepted reviews. */
  verifiedKpiIds: ReadonlySet<string>;
  /** Queries still waiting for the city's answer. */
  openQueryIds: readonly string[];
}

const bilingual = z.object({ en: z.string(), zh: z.string() });

export const dimensionCoverageSchema = z.object({
  dimension: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
  verified: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type DimensionCoverage = z.infer<typeof dimensionCoverageSchema>;

export const readinessCheckSchema = z.object({
  kind: z.string(),
  met: z.boolean(),
  message: bilingual,
  /** The data points, queries or dimensions that keep the rule unmet. */
  dataPointIds: z.array(z.string()).optional(),
  queryIds: z.array(z.string()).optional(),
  dimensions: z.array(dimensionCoverageSchema).optional(),
});
export type ReadinessCheck = z.infer<typeof readinessCheckSchema>;

export const readinessSchema = z.object({
  rulesVersion: z.number().int().positive(),
  ready: z.boolean(),
  checks: z.array(readinessCheckSchema),
});
export type Readiness = z.infer<typeof readinessSchema>;

const APPROVED_STAGES: readonly Stage[] = ['verified', 'reported', 'certified'];
const percent = (share: number) => `${Math.round(share * 100)} %`;

export function evaluateReadiness(rules: ReadinessRules, facts: ReadinessFacts): Readiness {
  const checks = rules.rules.map((rule) => check(rule, facts));
  return { rulesVersion: rules.version, ready: checks.every((c) => c.met), checks };
}

function check(rule: ReadinessRule, facts: ReadinessFacts): ReadinessCheck {
  switch (rule.kind) {
    case 'reported_data_points':
      return reportedDataPoints(rule.min, facts);
    case 'core_kpis_verified_per_dimension':
      return coreCoverage(rule.minShare, facts);
    case 'unreported_explained':
      return unreportedExplained(rule.scope, facts);
    case 'no_open_query':
      return noOpenQuery(facts);
    case 'conclusion_approved':
      return conclusionApproved(facts);
  }
}

function reportedDataPoints(min: number, { results }: ReadinessFacts): ReadinessCheck {
  const reported = results?.filter((r) => r.status === 'reported').length ?? 0;
  return {
    kind: 'reported_data_points',
    met: reported >= min,
    message: results
      ? {
          en: `At least ${min} data point(s) reported: the dataset reports ${reported}.`,
          zh: `至少报告 ${min} 个数据点：该数据集报告了 ${reported} 个。`,
        }
      : {
          en: `At least ${min} data point(s) reported: no submission has been validated yet.`,
          zh: `至少报告 ${min} 个数据点：尚无通过校验的提交。`,
        },
  };
}

function coreCoverage(minShare: number, { results, verifiedKpiIds }: ReadinessFacts): ReadinessCheck {
  const reported = new Set(results?.filter((r) => r.status === 'reported').map((r) => r.dataPointId));
  const byDimension = new Map<string, DimensionCoverage>();
  for (const kpi of kpiCatalogue.kpis.filter((k) => k.tier === 'core')) {
    const { code, nameEn, nameZh } = kpi.dimension;
    const entry = byDimension.get(code) ?? { dimension: code, nameEn, nameZh, verified: 0, total: 0 };
    const complete = kpi.dataPoints.every((point) => reported.has(point.id));
    entry.total += 1;
    if (complete && verifiedKpiIds.has(kpi.id)) entry.verified += 1;
    byDimension.set(code, entry);
  }
  const dimensions = [...byDimension.values()];
  const short = dimensions.filter((d) => d.verified < Math.ceil(minShare * d.total));
  return {
    kind: 'core_kpis_verified_per_dimension',
    met: short.length === 0,
    message: {
      en: `At least ${percent(minShare)} of each dimension's core KPIs reported and verified${
        short.length
          ? `: short in ${short.map((d) => `${d.nameEn} (${d.verified} of ${d.total})`).join(', ')}`
          : ''
      }.`,
      zh: `每个维度至少 ${percent(minShare)} 的核心指标已报告并核查${
        short.length
          ? `：未达标的维度为${short.map((d) => `${d.nameZh}（${d.verified}/${d.total}）`).join('、')}`
          : ''
      }。`,
    },
    dimensions,
  };
}

function unreportedExplained(scope: 'core' | 'all', { results }: ReadinessFacts): ReadinessCheck {
  const unexplained = (results ?? [])
    .filter((r) => r.status === 'not_reported' && (scope === 'all' || r.tier === 'core'))
    .filter((r) => !r.cityReason?.trim())
    .map((r) => r.dataPointId);
  const which = scope === 'all' ? { en: 'Every', zh: '每个' } : { en: 'Every core', zh: '每个核心' };
  return {
    kind: 'unreported_explained',
    met: unexplained.length === 0,
    message: {
      en: `${which.en} data point not reported has the city's reason${
        unexplained.length ? `: ${unexplained.length} without one` : ''
      }.`,
      zh: `${which.zh}未报告的数据点均附有城市说明的原因${unexplained.length ? `：${unexplained.length} 个缺少原因` : ''}。`,
    },
    ...(unexplained.length ? { dataPointIds: unexplained } : {}),
  };
}

function noOpenQuery({ openQueryIds }: ReadinessFacts): ReadinessCheck {
  return {
    kind: 'no_open_query',
    met: openQueryIds.length === 0,
    message: {
      en: `No verifier query waits for the city's answer${openQueryIds.length ? `: ${openQueryIds.length} open` : ''}.`,
      zh: `没有等待城市答复的核查问询${openQueryIds.length ? `：尚有 ${openQueryIds.length} 个未答复` : ''}。`,
    },
    ...(openQueryIds.length ? { queryIds: [...openQueryIds] } : {}),
  };
}

function conclusionApproved({ stage }: ReadinessFacts): ReadinessCheck {
  return {
    kind: 'conclusion_approved',
    met: APPROVED_STAGES.includes(stage),
    message: {
      en: "The supervising staff member approved the verifier's conclusion.",
      zh: '监督工作人员已批准核查员的结论。',
    },
  };
}
