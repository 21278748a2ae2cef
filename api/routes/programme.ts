// Programme-wide routes: who I am, my tasks, the verifier registry, the versioned benchmark targets and the
// versioned certification readiness rules and validation severities.
import * as z from 'zod';
import {
  CONFIDENTIALITY_UNDERTAKING,
  PARTICIPATION_TERMS,
  programmeTextSchema,
} from '../../core/lifecycle/terms.ts';
import { readinessRulesRequestSchema, readinessRulesSchema } from '../../core/readiness/rules.ts';
import { targetsDiffSchema, targetsRequestSchema, targetsTableSchema } from '../../core/scoring/targets.ts';
import {
  currentReadinessRules,
  publishReadinessRules,
  readinessRulesVersion,
} from '../../core/use-cases/readiness.ts';
import { publishStaffDirectory, readStaffDirectory } from '../../core/use-cases/staff-directory.ts';
import { currentTargets, publishTargets, targetsVersion } from '../../core/use-cases/targets.ts';
import { listTasks, taskSchema } from '../../core/use-cases/tasks.ts';
import {
  currentValidationSeverities,
  publishValidationSeverities,
  validationSeveritiesVersion,
} from '../../core/use-cases/validation-severities.ts';
import { listVerifiers, registerVerifier } from '../../core/use-cases/verifiers.ts';
import {
  configurableCheckSchema,
  configurableChecks,
  validationSeveritiesRequestSchema,
  validationSeveritiesSchema,
} from '../../core/validation/severities.ts';
import {
  staffDirectoryRequestSchema,
  staffDirectorySchema,
} from '../../core/verification/staff-directory.ts';
import { verifierInputSchema, verifierSchema } from '../../core/verification/verifier.ts';
import { meResponse } from '../responses.ts';
import { positiveIntParam, route } from '../route.ts';

export const programmeRoutes = [
  route({
    method: 'get',
    path: '/me',
    summary: 'The signed-in person: user id, role and, for a city, its city',
    tag: 'programme',
    response: meResponse,
    handle: async ({ actor }) => ({ actor }),
  }),
  route({
    method: 'get',
    path: '/terms',
    summary:
      'The programme terms (Annex 1) a letter of intent accepts and the confidentiality undertaking a verifier signs, in force',
    tag: 'programme',
    response: z.object({ terms: programmeTextSchema, undertaking: programmeTextSchema }),
    handle: async () => ({ terms: PARTICIPATION_TERMS, undertaking: CONFIDENTIALITY_UNDERTAKING }),
  }),
  route({
    method: 'get',
    path: '/tasks',
    summary: 'What the caller must do next, across the pilots they may see',
    tag: 'programme',
    response: z.object({ tasks: z.array(taskSchema) }),
    handle: async ({ deps, actor }) => ({ tasks: await listTasks(deps, actor) }),
  }),
  route({
    method: 'get',
    path: '/verifiers',
    summary: 'The verifier registry (secretariat only)',
    tag: 'programme',
    response: z.object({ verifiers: z.array(verifierSchema) }),
    handle: async ({ deps, actor }) => ({ verifiers: await listVerifiers(deps, actor) }),
  }),
  route({
    method: 'post',
    path: '/verifiers',
    summary: 'Register or update a verifier (secretariat only)',
    tag: 'programme',
    body: verifierInputSchema,
    response: z.object({ verifier: verifierSchema }),
    status: 201,
    handle: async ({ deps, actor, body }) => ({ verifier: await registerVerifier(deps, actor, body) }),
  }),
  route({
    method: 'get',
    path: '/targets',
    summary: 'The benchmark targets table in force',
    tag: 'programme',
    response: z.object({ targets: targetsTableSchema }),
    handle: async ({ deps }) => ({ targets: await currentTargets(deps) }),
  }),
  route({
    method: 'get',
    path: '/targets/:version',
    summary: 'One published version of the targets table',
    tag: 'programme',
    params: z.object({ version: positiveIntParam }),
    response: z.object({ targets: targetsTableSchema }),
    handle: async ({ deps, params }) => ({ targets: await targetsVersion(deps, params.version) }),
  }),
  route({
    method: 'post',
    path: '/targets',
    summary: 'Publish the next version of the targets table (secretariat only)',
    tag: 'programme',
    body: targetsRequestSchema,
    response: z.object({ table: targetsTableSchema, changes: targetsDiffSchema }),
    status: 201,
    handle: ({ deps, actor, body }) => publishTargets(deps, actor, body),
  }),
  route({
    method: 'get',
    path: '/readiness-rules',
    summary: 'The certification readiness rules in force',
    tag: 'programme',
    response: z.object({ rules: readinessRulesSchema }),
    handle: async ({ deps }) => ({ rules: await currentReadinessRules(deps) }),
  }),
  route({
    method: 'get',
    path: '/readiness-rules/:version',
    summary: 'One published version of the readiness rules',
    tag: 'programme',
    params: z.object({ version: positiveIntParam }),
    response: z.object({ rules: readinessRulesSchema }),
    handle: async ({ deps, params }) => ({ rules: await readinessRulesVersion(deps, params.version) }),
  }),
  route({
    method: 'post',
    path: '/readiness-rules',
    summary: 'Publish the next version of the readiness rules (secretariat only)',
    tag: 'programme',
    body: readinessRulesRequestSchema,
    response: z.object({ rules: readinessRulesSchema, previous: readinessRulesSchema }),
    status: 201,
    handle: async ({ deps, actor, body }) => {
      const { table, previous } = await publishReadinessRules(deps, actor, body);
      return { rules: table, previous };
    },
  }),
  route({
    method: 'get',
    path: '/validation-severities',
    summary: 'The severities of the configurable validation checks in force',
    tag: 'programme',
    response: z.object({ severities: validationSeveritiesSchema, checks: z.array(configurableCheckSchema) }),
    handle: async ({ deps }) => ({
      severities: await currentValidationSeverities(deps),
      checks: configurableChecks,
    }),
  }),
  route({
    method: 'get',
    path: '/validation-severities/:version',
    summary: 'One published version of the validation severities',
    tag: 'programme',
    params: z.object({ version: positiveIntParam }),
    response: z.object({ severities: validationSeveritiesSchema }),
    handle: async ({ deps, params }) => ({
      severities: await validationSeveritiesVersion(deps, params.version),
    }),
  }),
  route({
    method: 'post',
    path: '/validation-severities',
    summary: 'Publish the next version of the validation severities (secretariat only)',
    tag: 'programme',
    body: validationSeveritiesRequestSchema,
    response: z.object({ severities: validationSeveritiesSchema }),
    status: 201,
    handle: async ({ deps, actor, body }) => ({
      severities: (await publishValidationSeverities(deps, actor, body)).table,
    }),
  }),
  route({
    method: 'get',
    path: '/staff',
    summary:
      "The secretariat's staff directory in force: who may supervise a verification (secretariat only)",
    tag: 'programme',
    response: z.object({ staff: staffDirectorySchema }),
    handle: async ({ deps, actor }) => ({ staff: await readStaffDirectory(deps, actor) }),
  }),
  route({
    method: 'get',
    path: '/staff/:version',
    summary: 'One published version of the staff directory (secretariat only)',
    tag: 'programme',
    params: z.object({ version: positiveIntParam }),
    response: z.object({ staff: staffDirectorySchema }),
    handle: async ({ deps, actor, params }) => ({
      staff: await readStaffDirectory(deps, actor, params.version),
    }),
  }),
  route({
    method: 'post',
    path: '/staff',
    summary:
      'Publish the next version of the staff directory, with a note of what changed (secretariat only)',
    tag: 'programme',
    body: staffDirectoryRequestSchema,
    response: z.object({ staff: staffDirectorySchema }),
    status: 201,
    handle: async ({ deps, actor, body }) => ({
      staff: (await publishStaffDirectory(deps, actor, body)).table,
    }),
  }),
];
