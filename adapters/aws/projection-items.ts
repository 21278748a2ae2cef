// How a pilot's view is laid out in items: a bounded head, plus one item per review, query, submission, document,
// clarification, call and case study, and one each for the city's self-assessment and its initiatives, whose texts
// are long, so no item grows with the pilot's history and DynamoDB's 400 KB item limit holds at every schema maximum.
import * as z from 'zod';
import { canonicalJson } from '../../core/kpis/canonical-json.ts';
import { caseStudyViewSchema } from '../../core/lifecycle/case-study-fold.ts';
import { callViewSchema, clarificationViewSchema } from '../../core/lifecycle/clarifications.ts';
import { documentRefSchema, isoDate } from '../../core/lifecycle/events.ts';
import { type Pilot, pilotSchema, submissionViewSchema } from '../../core/lifecycle/pilot.ts';
import { queryViewSchema, reviewStatusSchema } from '../../core/lifecycle/verification-schemas.ts';

/** The head's sort key; every detail sorts right after it, so one key range holds the whole view. */
export const HEAD_KEY = 'STATE';
const DETAIL_PREFIX = `${HEAD_KEY}#`;
/** The upper bound of the view's key range: '$' sorts right after '#'. */
export const VIEW_RANGE_END = `${HEAD_KEY}$`;

const reviewSchema = z.object({
  status: reviewStatusSchema,
  note: z.string().optional(),
  at: isoDate,
  by: z.string(),
});

export const detailSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('review'), dataPointId: z.string(), review: reviewSchema }),
  z.object({ kind: z.literal('query'), index: z.number().int().nonnegative(), query: queryViewSchema }),
  z.object({ kind: z.literal('submission'), submission: submissionViewSchema }),
  z.object({
    kind: z.literal('document'),
    index: z.number().int().nonnegative(),
    document: documentRefSchema.extend({ createdAt: isoDate }),
  }),
  z.object({
    kind: z.literal('selfAssessment'),
    selfAssessment: pilotSchema.shape.selfAssessment.unwrap(),
  }),
  z.object({ kind: z.literal('initiatives'), initiatives: pilotSchema.shape.initiatives.unwrap() }),
  z.object({
    kind: z.literal('clarification'),
    index: z.number().int().nonnegative(),
    clarification: clarificationViewSchema,
  }),
  z.object({ kind: z.literal('call'), index: z.number().int().nonnegative(), call: callViewSchema }),
  z.object({ kind: z.literal('caseStudy'), caseStudy: caseStudyViewSchema }),
]);
export type Detail = z.infer<typeof detailSchema>;

const position = (n: number) => String(n).padStart(6, '0');

export function detailKey(detail: Detail): string {
  switch (detail.kind) {
    case 'review':
      return `${DETAIL_PREFIX}REVIEW#${detail.dataPointId}`;
    case 'query':
      return `${DETAIL_PREFIX}QUERY#${position(detail.index)}`;
    case 'submission':
      return `${DETAIL_PREFIX}SUBMISSION#${position(detail.submission.version)}`;
    case 'document':
      return `${DETAIL_PREFIX}DOCUMENT#${position(detail.index)}`;
    case 'selfAssessment':
      return `${DETAIL_PREFIX}SELF_ASSESSMENT`;
    case 'initiatives':
      return `${DETAIL_PREFIX}INITIATIVES`;
    case 'clarification':
      return `${DETAIL_PREFIX}CLARIFICATION#${position(detail.index)}`;
    case 'call':
      return `${DETAIL_PREFIX}CALL#${position(detail.index)}`;
    case 'caseStudy':
      return `${DETAIL_PREFIX}CASE_STUDY#${position(detail.caseStudy.number)}`;
  }
}

export const isDetailKey = (sk: string) => sk.startsWith(DETAIL_PREFIX);

/** The view without its growing collections: what the head item stores (an empty list says the view has one). */
export function headOf(view: Pilot): Pilot {
  const { selfAssessment: _detail, ...rest } = view;
  return {
    ...rest,
    submissions: [],
    documents: [],
    initiatives: [],
    ...(view.clarifications && { clarifications: [] }),
    ...(view.calls && { calls: [] }),
    ...(view.caseStudies && { caseStudies: [] }),
    ...(view.verification ? { verification: { ...view.verification, reviews: {}, queries: [] } } : {}),
  };
}

/** Every detail of the view, keyed by its item's sort key. */
export function detailsOf(view: Pilot): Map<string, Detail> {
  const details: Detail[] = [
    ...Object.entries(view.verification?.reviews ?? {}).map(
      ([dataPointId, review]): Detail => ({ kind: 'review', dataPointId, review }),
    ),
    ...(view.verification?.queries ?? []).map((query, index): Detail => ({ kind: 'query', index, query })),
    ...view.submissions.map((submission): Detail => ({ kind: 'submission', submission })),
    ...view.documents.map((document, index): Detail => ({ kind: 'document', index, document })),
    ...(view.selfAssessment
      ? [{ kind: 'selfAssessment' as const, selfAssessment: view.selfAssessment }]
      : []),
    // An empty list is no item: the head's default reads as none.
    ...(view.initiatives.length ? [{ kind: 'initiatives' as const, initiatives: view.initiatives }] : []),
    ...(view.clarifications ?? []).map(
      (clarification, index): Detail => ({ kind: 'clarification', index, clarification }),
    ),
    ...(view.calls ?? []).map((call, index): Detail => ({ kind: 'call', index, call })),
    ...(view.caseStudies ?? []).map((caseStudy): Detail => ({ kind: 'caseStudy', caseStudy })),
  ];
  return new Map(details.map((d) => [detailKey(d), d]));
}

/** The view a head and its details make, the details in key order (queries and documents keep their order). */
export function assemble(head: Pilot, details: Iterable<Detail>): Pilot {
  const sorted = [...details].sort((a, b) => detailKey(a).localeCompare(detailKey(b)));
  const reviews: NonNullable<Pilot['verification']>['reviews'] = {};
  const queries: NonNullable<Pilot['verification']>['queries'] = [];
  const view: Pilot = { ...head, submissions: [], documents: [] };
  const clarifications: NonNullable<Pilot['clarifications']> = [];
  const calls: NonNullable<Pilot['calls']> = [];
  const caseStudies: NonNullable<Pilot['caseStudies']> = [];
  for (const detail of sorted) {
    if (detail.kind === 'review') reviews[detail.dataPointId] = detail.review;
    else if (detail.kind === 'query') queries.push(detail.query);
    else if (detail.kind === 'submission') view.submissions.push(detail.submission);
    else if (detail.kind === 'document') view.documents.push(detail.document);
    else if (detail.kind === 'selfAssessment') view.selfAssessment = detail.selfAssessment;
    else if (detail.kind === 'initiatives') view.initiatives = detail.initiatives;
    else if (detail.kind === 'clarification') clarifications.push(detail.clarification);
    else if (detail.kind === 'call') calls.push(detail.call);
    else caseStudies.push(detail.caseStudy);
  }
  if (head.clarifications || clarifications.length) view.clarifications = clarifications;
  if (head.calls || calls.length) view.calls = calls;
  if (head.caseStudies || caseStudies.length) view.caseStudies = caseStudies;
  return head.verification ? { ...view, verification: { ...head.verification, reviews, queries } } : view;
}

/** The view's own object a detail carries: the fold keeps an unchanged one as the same object. */
function contentOf(detail: Detail): object {
  switch (detail.kind) {
    case 'review':
      return detail.review;
    case 'query':
      return detail.query;
    case 'submission':
      return detail.submission;
    case 'document':
      return detail.document;
    case 'selfAssessment':
      return detail.selfAssessment;
    case 'initiatives':
      return detail.initiatives;
    case 'clarification':
      return detail.clarification;
    case 'call':
      return detail.call;
    case 'caseStudy':
      return detail.caseStudy;
  }
}

/** A detail as stored: what it carried when read or written, and its fingerprint once it was needed. */
export interface StoredDetail {
  content: object;
  detail: Detail;
  print?: string;
}
export type StoredDetails = Map<string, StoredDetail>;

export function storedDetails(details: Iterable<Detail>): StoredDetails {
  return new Map([...details].map((detail) => [detailKey(detail), { content: contentOf(detail), detail }]));
}

/** A detail's comparable form: canonical, so a detail read back compares equal to the same detail folded anew. */
const fingerprint = (detail: Detail) => canonicalJson(detail);

function unchanged(stored: StoredDetail | undefined, wanted: Detail): boolean {
  if (!stored) return false;
  if (stored.content === contentOf(wanted)) return true;
  stored.print ??= fingerprint(stored.detail);
  return stored.print === fingerprint(wanted);
}

/**
 * What must be written to turn the stored details into the view's: changed or new ones, and the keys to remove. An
 * object the fold left alone is unchanged without comparing its text, so a pilot with hundreds of details stays fast.
 */
export function detailChanges(stored: StoredDetails, wanted: ReadonlyMap<string, Detail>) {
  const put = [...wanted].filter(([key, d]) => !unchanged(stored.get(key), d)).map(([, d]) => d);
  const remove = [...stored.keys()].filter((key) => !wanted.has(key));
  return { put, remove };
}

/** The stored details once the changes are written. */
export function afterChanges(
  stored: StoredDetails,
  changes: { put: Detail[]; remove: string[] },
): StoredDetails {
  const next = new Map(stored);
  for (const key of changes.remove) next.delete(key);
  for (const [key, value] of storedDetails(changes.put)) next.set(key, value);
  return next;
}
