// Routes of the Smart Sustainable Cities Index: the methodology table, the secretariat's editions, and the public
// editions with their open data (JSON, CSV and the Frictionless Data Package), peer groups and a city's trend.
import * as z from 'zod';
import { editionIdSchema, indexEditionRecordSchema, indexEditionSchema } from '../../core/index/edition.ts';
import { indexMethodologyRequestSchema, indexMethodologySchema } from '../../core/index/methodology.ts';
import { openDataTables } from '../../core/index/open-data.ts';
import { peerGroupSchema } from '../../core/index/peers.ts';
import { nodeSchema, publicEditionEntrySchema, publicEditionSchema } from '../../core/index/public-view.ts';
import { cycleTrendSchema } from '../../core/scoring/trends.ts';
import { cityTrends } from '../../core/use-cases/city-trends.ts';
import { eligibleCycleSchema, eligibleCycles } from '../../core/use-cases/index-cycles.ts';
import {
  composeEditionRequestSchema,
  composeIndexEdition,
  indexDataPackage,
  indexEditionForReview,
  indexOpenDataTable,
  indexPeerGroups,
  listIndexEditions,
  publicIndexEdition,
  publishEditionRequestSchema,
  publishIndexEdition,
} from '../../core/use-cases/index-editions.ts';
import {
  currentIndexMethodology,
  indexMethodologyVersion,
  publishIndexMethodology,
} from '../../core/use-cases/index-methodology.ts';
import { publicApiPaths } from '../public-routes.ts';
import { fileTypes, idParam, positiveIntParam, route } from '../route.ts';

const edition = z.object({ edition: editionIdSchema });

export const indexRoutes = [
  route({
    method: 'get',
    path: '/index-methodology',
    summary: 'The index methodology in force: normalisation, coverage, weights, uncertainty, disclosure',
    tag: 'index',
    response: z.object({ methodology: indexMethodologySchema }),
    handle: async ({ deps }) => ({ methodology: await currentIndexMethodology(deps) }),
  }),
  route({
    method: 'get',
    path: '/index-methodology/:version',
    summary: 'One published version of the index methodology',
    tag: 'index',
    params: z.object({ version: positiveIntParam }),
    response: z.object({ methodology: indexMethodologySchema }),
    handle: async ({ deps, params }) => ({
      methodology: await indexMethodologyVersion(deps, params.version),
    }),
  }),
  route({
    method: 'post',
    path: '/index-methodology',
    summary: 'Publish the next version of the index methodology (secretariat only)',
    tag: 'index',
    body: indexMethodologyRequestSchema,
    response: z.object({ methodology: indexMethodologySchema }),
    status: 201,
    handle: async ({ deps, actor, body }) => ({
      methodology: (await publishIndexMethodology(deps, actor, body)).table,
    }),
  }),
  route({
    method: 'get',
    path: '/index/editions',
    summary: 'Index editions: every one for the secretariat, the published ones for others',
    tag: 'index',
    response: z.object({ editions: z.array(indexEditionRecordSchema) }),
    handle: async ({ deps, actor }) => ({ editions: await listIndexEditions(deps, actor) }),
  }),
  route({
    method: 'get',
    path: '/index/eligible-cycles',
    summary:
      "The certified cycles an edition can be composed from, each city's latest marked (secretariat only)",
    tag: 'index',
    response: z.object({ cycles: z.array(eligibleCycleSchema) }),
    handle: async ({ deps, actor }) => ({ cycles: await eligibleCycles(deps, actor) }),
  }),
  route({
    method: 'post',
    path: '/index/editions',
    summary: 'Compose (or recompose) the draft of an edition from the certified cycles (secretariat only)',
    tag: 'index',
    body: composeEditionRequestSchema,
    response: z.object({ edition: indexEditionRecordSchema }),
    status: 201,
    handle: async ({ deps, actor, body }) => ({ edition: await composeIndexEdition(deps, actor, body) }),
  }),
  route({
    method: 'get',
    path: '/index/editions/:edition',
    summary: 'An edition with every city, anonymous ones included, to review it (secretariat only)',
    tag: 'index',
    params: edition,
    response: z.object({
      record: indexEditionRecordSchema,
      edition: indexEditionSchema,
      dimensions: z.array(nodeSchema),
    }),
    handle: ({ deps, actor, params }) => indexEditionForReview(deps, actor, params.edition),
  }),
  route({
    method: 'post',
    path: '/index/editions/:edition/publish',
    summary: 'Publish the reviewed draft; a published edition never changes (secretariat only)',
    tag: 'index',
    params: edition,
    body: publishEditionRequestSchema,
    response: z.object({ edition: indexEditionRecordSchema }),
    handle: async ({ deps, actor, params, body }) => ({
      edition: await publishIndexEdition(deps, actor, params.edition, body),
    }),
  }),
  route({
    method: 'get',
    path: '/index/editions/:edition/cities/:city/peers',
    summary:
      "A city's KPI and dimension scores against its peer groups' quartiles (the city itself, or the secretariat)",
    tag: 'index',
    params: z.object({ edition: editionIdSchema, city: idParam }),
    response: z.object({ editionId: z.string(), cityId: z.string(), groups: z.array(peerGroupSchema) }),
    handle: ({ deps, actor, params }) => indexPeerGroups(deps, actor, params.edition, params.city),
  }),
  route({
    method: 'get',
    path: '/cities/:city/trends',
    summary:
      "A city's certified cycles compared KPI by KPI against the targets in force (the city itself, or the secretariat)",
    tag: 'index',
    params: z.object({ city: idParam }),
    response: z.object({ trends: z.array(cycleTrendSchema) }),
    handle: async ({ deps, actor, params }) => ({ trends: await cityTrends(deps, actor, params.city) }),
  }),
  route({
    method: 'get',
    path: publicApiPaths.indexEditions,
    summary: 'The published editions of the Smart Sustainable Cities Index',
    tag: 'public',
    public: true,
    response: z.object({ editions: z.array(publicEditionEntrySchema) }),
    handle: async ({ deps }) => ({
      editions: (await listIndexEditions(deps)).map((e) => publicEditionEntrySchema.parse(e)),
    }),
  }),
  route({
    method: 'get',
    path: publicApiPaths.indexEdition,
    summary: 'A published edition: named cities with ranks and intervals, and distributions over all cities',
    tag: 'public',
    public: true,
    params: edition,
    response: publicEditionSchema,
    handle: ({ deps, params }) => publicIndexEdition(deps, params.edition),
  }),
  route({
    method: 'get',
    path: publicApiPaths.indexDataPackage,
    summary: "A published edition's Frictionless Data Package descriptor (tables, schemas, licence)",
    tag: 'public',
    public: true,
    params: edition,
    response: z.looseObject({ name: z.string(), resources: z.array(z.looseObject({ path: z.string() })) }),
    handle: ({ deps, params }) => indexDataPackage(deps, params.edition),
  }),
  route({
    method: 'get',
    path: publicApiPaths.indexTable,
    summary: "One CSV table of a published edition's open data",
    tag: 'public',
    public: true,
    params: z.object({ edition: editionIdSchema, table: z.enum(openDataTables) }),
    contentTypes: [fileTypes.csv],
    response: z.string(),
    handle: ({ deps, params }) => indexOpenDataTable(deps, params.edition, params.table),
  }),
];
