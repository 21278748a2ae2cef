// Editions of the Smart Sustainable Cities Index: the secretariat composes a draft from the certified cycles and
// publishes it once; the public reads published editions, their open data and nothing a city did not consent to.

import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { ForbiddenError, ForbiddenTransitionError, NotFoundError } from '../errors.ts';
import { newId } from '../ids.ts';
import { type Contribution, composeResults } from '../index/compose.ts';
import {
  editionIdSchema,
  type IndexEdition,
  type IndexEditionRecord,
  indexEditionSchema,
} from '../index/edition.ts';
import type { IndexMethodology } from '../index/methodology.ts';
import { dataPackage, type OpenDataTable, openDataCsv } from '../index/open-data.ts';
import { peerGroups } from '../index/peers.ts';
import { cityProfile } from '../index/profile.ts';
import { dimensionNodes, type PublicEdition, publicEdition } from '../index/public-view.ts';
import { catalogueTree, layOut } from '../index/tree.ts';
import { kpiCatalogue } from '../kpis/catalogue.ts';
import { pilotCity } from '../lifecycle/board-summary.ts';
import { parsePayload } from '../lifecycle/decide.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import { scoreSubmission } from '../scoring/score.ts';
import type { TargetsTable } from '../scoring/targets.ts';
import type { CoreDeps } from './deps.ts';
import { chosenCyclesSchema, cyclesToCompose } from './index-cycles.ts';
import { currentIndexMethodology, indexMethodologyVersion } from './index-methodology.ts';
import { parseStoredJson } from './stored-results.ts';
import { currentTargets } from './targets.ts';
import { verdictsOf, verifiedDataset } from './verified-dataset.ts';

export const composeEditionRequestSchema = z.strictObject({
  editionId: editionIdSchema,
  note: z.string().trim().max(2000).optional(),
  cycles: chosenCyclesSchema.optional(),
});
/** The draft the secretariat reviewed, named by its composition time: a newer draft is not published unseen. */
export const publishEditionRequestSchema = z.strictObject({ composedAt: z.iso.datetime({ offset: true }) });

const layout = layOut(catalogueTree());

function secretariatOnly(actor: Actor, what: string): void {
  if (actor.role !== 'secretariat') throw new ForbiddenError(`Only the secretariat may ${what}`);
}

/** A cycle's part: its verified data points scored against the edition's targets, and the city's consent now. */
async function contributionOf(
  deps: CoreDeps,
  pilot: Pilot,
  targets: TargetsTable,
  methodology: IndexMethodology,
): Promise<Contribution> {
  const { conclusion, results } = await verifiedDataset(deps, pilot);
  const score = scoreSubmission(results, targets, verdictsOf(pilot, conclusion).verdicts);
  return {
    ...pilotCity(pilot),
    naming: pilot.publication.index,
    certificateNumber: pilot.certificate!.certificateNumber,
    certifiedAt: pilot.certificate!.issuedAt,
    datasetVersion: results.version,
    profile: cityProfile(results.profile, results.currency, methodology.peerGroups),
    dataPoints: score.dataPoints.map(({ dataPointId, kpiId, value, percentage }) => ({
      dataPointId,
      kpiId,
      value,
      percentage,
    })),
  };
}

/** Composes (or recomposes) the edition's draft from the chosen certified cycles, under the tables in force. */
export async function composeIndexEdition(
  deps: CoreDeps,
  actor: Actor,
  body: unknown,
): Promise<IndexEditionRecord> {
  secretariatOnly(actor, 'compose an index edition');
  const request = parsePayload(composeEditionRequestSchema, body, 'compose an index edition');
  const existing = await deps.editions.getEdition(request.editionId);
  if (existing?.status === 'published')
    throw new ForbiddenTransitionError(`Edition ${request.editionId} is published and cannot change`);
  const [methodology, targets] = await Promise.all([currentIndexMethodology(deps), currentTargets(deps)]);
  const cycles = await cyclesToCompose(deps, request.cycles);
  if (!cycles.length) throw new ForbiddenTransitionError('No certified city to compose an edition from');
  const contributions = await Promise.all(cycles.map((p) => contributionOf(deps, p, targets, methodology)));
  const composedAt = deps.clock.now().toISOString();
  const edition = composeResults(
    layout,
    methodology,
    {
      editionId: request.editionId,
      composedAt,
      composedBy: actor.userId,
      ...(request.note ? { note: request.note } : {}),
      targetsVersion: targets.version,
      catalogueVersion: kpiCatalogue.version,
    },
    contributions,
  );
  const key = `index/editions/${request.editionId}/${newId('c')}.json`;
  await deps.documents.put(key, Buffer.from(JSON.stringify(edition)), 'application/json');
  const record: IndexEditionRecord = {
    editionId: edition.editionId,
    status: 'draft',
    key,
    composedAt,
    composedBy: actor.userId,
    methodologyVersion: edition.methodologyVersion,
    targetsVersion: edition.targetsVersion,
    cities: edition.cities.length,
    ranked: edition.cities.filter((c) => c.status === 'ranked').length,
  };
  if (!(await deps.editions.saveDraft(record)))
    throw new ForbiddenTransitionError(`Edition ${request.editionId} was published meanwhile`);
  return record;
}

/** Publishes the draft the secretariat reviewed; from then on the edition never changes. */
export async function publishIndexEdition(
  deps: CoreDeps,
  actor: Actor,
  editionId: string,
  body: unknown,
): Promise<IndexEditionRecord> {
  secretariatOnly(actor, 'publish an index edition');
  const request = parsePayload(publishEditionRequestSchema, body, 'publish an index edition');
  const record = await deps.editions.getEdition(editionId);
  if (!record) throw new NotFoundError(`No edition ${editionId}`);
  if (record.status === 'published')
    throw new ForbiddenTransitionError(`Edition ${editionId} is already published`);
  if (record.composedAt !== request.composedAt)
    throw new ForbiddenTransitionError('The draft was recomposed since you reviewed it; review it again');
  const published = await deps.editions.publishEdition(editionId, record.key, {
    at: deps.clock.now().toISOString(),
    by: actor.userId,
  });
  if (!published) throw new ForbiddenTransitionError('The draft changed meanwhile; review it again');
  return published;
}

/**
 * Published editions are immutable, record and document, so what a process has read of one stays true: a public
 * read after the first touches no storage. Kept per edition store, so two runtimes in one process never mix.
 */
type Published = { edition: IndexEdition; view: PublicEdition };
const publishedCaches = new WeakMap<object, Map<string, Published>>();
const CACHED_EDITIONS = 16;

async function editionDocument(deps: CoreDeps, record: IndexEditionRecord): Promise<IndexEdition> {
  return parseStoredJson(indexEditionSchema, await deps.documents.get(record.key), record.key);
}

async function published(deps: CoreDeps, editionId: string): Promise<Published> {
  const publishedCache = publishedCaches.get(deps.editions) ?? new Map<string, Published>();
  publishedCaches.set(deps.editions, publishedCache);
  const cached = publishedCache.get(editionId);
  if (cached) return cached;
  const record = await deps.editions.getEdition(editionId);
  if (record?.status !== 'published') throw new NotFoundError(`No published edition ${editionId}`);
  const [edition, methodology] = await Promise.all([
    editionDocument(deps, record),
    indexMethodologyVersion(deps, record.methodologyVersion),
  ]);
  // Frozen: every public reader gets this very object, and the API serializes a frozen answer once.
  const entry = {
    edition,
    view: Object.freeze(publicEdition(layout, edition, record.publishedAt!, methodology)),
  };
  if (publishedCache.size >= CACHED_EDITIONS) publishedCache.delete(publishedCache.keys().next().value!);
  publishedCache.set(editionId, entry);
  return entry;
}

/** Every edition for the secretariat, the published ones for everyone else. */
export async function listIndexEditions(deps: CoreDeps, actor?: Actor): Promise<IndexEditionRecord[]> {
  const all = await deps.editions.listEditions();
  return actor?.role === 'secretariat' ? all : all.filter((e) => e.status === 'published');
}

/** The whole edition, anonymous cities included, with its dimensions' names: the secretariat's, to review a draft. */
export async function indexEditionForReview(deps: CoreDeps, actor: Actor, editionId: string) {
  secretariatOnly(actor, 'review an index edition');
  const record = await deps.editions.getEdition(editionId);
  if (!record) throw new NotFoundError(`No edition ${editionId}`);
  return { record, edition: await editionDocument(deps, record), dimensions: dimensionNodes(layout) };
}

export async function publicIndexEdition(deps: CoreDeps, editionId: string): Promise<PublicEdition> {
  return (await published(deps, editionId)).view;
}

export async function indexDataPackage(deps: CoreDeps, editionId: string) {
  const { edition, view } = await published(deps, editionId);
  return dataPackage(layout, edition, view);
}

export async function indexOpenDataTable(
  deps: CoreDeps,
  editionId: string,
  table: OpenDataTable,
): Promise<string> {
  const { edition, view } = await published(deps, editionId);
  return openDataCsv(layout, edition, view, table);
}

/** A city's scores in a published edition against its peer groups: the city itself or the secretariat. */
export async function indexPeerGroups(deps: CoreDeps, actor: Actor, editionId: string, cityId: string) {
  if (actor.role !== 'secretariat' && !(actor.role === 'city' && actor.cityId === cityId))
    throw new ForbiddenError('A city sees its own peer groups only');
  const { edition } = await published(deps, editionId);
  const record = await deps.editions.getEdition(editionId);
  const methodology = await indexMethodologyVersion(deps, record!.methodologyVersion);
  if (!edition.cities.some((c) => c.cityId === cityId))
    throw new NotFoundError(`City ${cityId} did not contribute to edition ${editionId}`);
  return { editionId, cityId, groups: peerGroups(layout, edition, cityId, methodology) };
}

/** The most recently published edition with its methodology, or undefined before the first is published. */
export async function latestPublishedEdition(deps: CoreDeps) {
  const latest = (await listIndexEditions(deps))
    .filter((e) => e.publishedAt)
    .sort((a, b) => b.publishedAt!.localeCompare(a.publishedAt!))[0];
  if (!latest) return undefined;
  const [{ edition }, methodology] = await Promise.all([
    published(deps, latest.editionId),
    indexMethodologyVersion(deps, latest.methodologyVersion),
  ]);
  return { edition, methodology };
}
