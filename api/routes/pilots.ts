// Pilot routes that read: the list, one pilot with its timeline, results, changes, score, maturity and its ladder,
// candidates, download links; the programme's maturity distribution; and opening a pilot with a letter of intent.
import * as z from 'zod';
import { proposalSchema } from '../../core/guidance/proposals.ts';
import { pilotSummarySchema } from '../../core/lifecycle/board-summary.ts';
import { stageSchema } from '../../core/lifecycle/stages.ts';
import { maturityDistributionSchema, maturityLadderSchema } from '../../core/maturity/ladder.ts';
import { readinessSchema } from '../../core/readiness/evaluate.ts';
import { scoreResultSchema } from '../../core/scoring/score-result.ts';
import { boardCounts, boardPage, boardRequestSchema } from '../../core/use-cases/board.ts';
import { boardCsv, boardExportRequestSchema, boardXlsx } from '../../core/use-cases/board-export.ts';
import { verifierCandidates } from '../../core/use-cases/candidates.ts';
import { pilotMaturityLadder, programmeMaturityDistribution } from '../../core/use-cases/case-studies.ts';
import {
  documentDownloadUrl,
  evidenceDownloadUrl,
  feedbackWorkbookUrl,
  interviewAttachmentUrl,
  submittedWorkbookUrl,
  templateDownloadUrl,
} from '../../core/use-cases/downloads.ts';
import { draftReport, draftReportSchema } from '../../core/use-cases/draft-report.ts';
import { guidanceProposals } from '../../core/use-cases/guidance.ts';
import { letterSubmissionSchema, submitLetterOfIntent } from '../../core/use-cases/letters.ts';
import { pilotMaturity, pilotMaturitySchema } from '../../core/use-cases/maturity.ts';
import {
  getPilotDetail,
  latestScore,
  pilotTimeline,
  submissionChanges,
  submissionResults,
} from '../../core/use-cases/queries.ts';
import { pilotReadiness } from '../../core/use-cases/readiness.ts';
import { submissionEvidence, submissionEvidenceSchema } from '../../core/use-cases/submission-evidence.ts';
import { timelineRequestSchema } from '../../core/use-cases/timeline-page.ts';
import { resultChangeSchema } from '../../core/validation/diff-results.ts';
import { submissionResultsSchema } from '../../core/validation/results.ts';
import { candidateSchema } from '../../core/verification/ranking.ts';
import {
  linkResponse,
  pilotDetailResponse,
  pilotResponse,
  timelineResponse,
  toPilotView,
} from '../responses.ts';
import { FileAnswer, fileTypes, idParam, positiveIntParam, route } from '../route.ts';

const pilotParams = z.object({ id: idParam });

const summaryView = pilotSummarySchema.meta({
  id: 'PilotSummary',
  description: 'A pilot as the board lists it: stage, city, dates, who it waits on, people and counts.',
});

/** A document's storage key as the pilot lists it: segments of letters, digits, `.`, `_` and `-`, none `.` or `..`. */
const documentKey = z
  .string({ error: 'Give the document key as ?key=' })
  .max(1024)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/, 'Not a document key');

export const pilotRoutes = [
  route({
    method: 'get',
    path: '/pilots',
    summary:
      'A page of the pilots the caller may see, filtered and sorted (newest change first unless asked otherwise), with a cursor to the next page; a city sees its own, a verifier those assigned',
    tag: 'pilots',
    query: boardRequestSchema,
    response: z.object({ pilots: z.array(summaryView), nextCursor: z.string().optional() }),
    handle: ({ deps, actor, query }) => boardPage(deps, actor, query),
  }),
  route({
    method: 'get',
    path: '/pilots/counts',
    summary: 'How many pilots each stage holds and how many are overdue (secretariat)',
    tag: 'pilots',
    response: z.object({
      stages: z.record(stageSchema, z.number().int()),
      overdue: z.number().int().nonnegative(),
      dueSoon: z.number().int().nonnegative(),
      dueSoonDays: z.number().int().positive(),
    }),
    handle: ({ deps, actor }) => boardCounts(deps, actor),
  }),
  route({
    method: 'get',
    path: '/pilots/export',
    summary:
      'Every pilot the caller may see that matches the board’s filters, in its sort order, as CSV or XLSX (read a page at a time; the CSV is streamed)',
    tag: 'pilots',
    query: boardExportRequestSchema,
    contentTypes: [fileTypes.csv, fileTypes.xlsx],
    response: z
      .string()
      .meta({ description: 'The file: one row per pilot, headers in the language asked for' }),
    handle: async ({ deps, actor, query }) => {
      const name = `u4ssc-pilots-${deps.clock.now().toISOString().slice(0, 10)}.${query.format}`;
      return query.format === 'csv'
        ? new FileAnswer(fileTypes.csv, name, boardCsv(deps, actor, query))
        : new FileAnswer(fileTypes.xlsx, name, await boardXlsx(deps, actor, query));
    },
  }),
  route({
    method: 'post',
    path: '/pilots',
    summary: 'Open a pilot by submitting a letter of intent',
    tag: 'pilots',
    body: letterSubmissionSchema,
    response: pilotResponse,
    status: 201,
    handle: async ({ deps, actor, body }) => ({
      pilot: toPilotView(await submitLetterOfIntent(deps, actor, body), actor),
    }),
  }),
  route({
    method: 'get',
    path: '/pilots/:id',
    summary: 'One pilot with its timeline and the next steps the caller may take',
    tag: 'pilots',
    params: pilotParams,
    response: pilotDetailResponse,
    handle: async ({ deps, actor, params }) => {
      const detail = await getPilotDetail(deps, actor, params.id);
      return { ...detail, pilot: toPilotView(detail.pilot, actor) };
    },
  }),
  route({
    method: 'get',
    path: '/pilots/:id/timeline',
    summary: 'Older events of the pilot’s timeline (before an event number), or only the events of one type',
    tag: 'pilots',
    params: pilotParams,
    query: timelineRequestSchema,
    response: timelineResponse,
    handle: ({ deps, actor, params, query }) => pilotTimeline(deps, actor, params.id, query),
  }),
  route({
    method: 'get',
    path: '/pilots/:id/template',
    summary: "A download link for the city's issued workbook",
    tag: 'pilots',
    params: pilotParams,
    response: linkResponse,
    handle: async ({ deps, actor, params }) => ({ url: await templateDownloadUrl(deps, actor, params.id) }),
  }),
  route({
    method: 'get',
    path: '/pilots/:id/documents',
    summary: 'A download link for one of the pilot’s documents, named by its key',
    tag: 'pilots',
    params: pilotParams,
    query: z.strictObject({ key: documentKey }),
    response: linkResponse,
    handle: async ({ deps, actor, params, query }) => ({
      url: await documentDownloadUrl(deps, actor, params.id, query.key),
    }),
  }),
  route({
    method: 'get',
    path: '/pilots/:id/submissions/:version',
    summary: 'The findings and computed results of one submitted version',
    tag: 'pilots',
    params: z.object({ id: idParam, version: positiveIntParam }),
    response: submissionResultsSchema,
    handle: ({ deps, actor, params }) => submissionResults(deps, actor, params.id, params.version),
  }),
  route({
    method: 'get',
    path: '/pilots/:id/submissions/:version/feedback-workbook',
    summary:
      'A download link for the workbook of one validated version, every finding highlighted and noted in its cell',
    tag: 'pilots',
    params: z.object({ id: idParam, version: positiveIntParam }),
    response: linkResponse,
    handle: async ({ deps, actor, params }) => ({
      url: await feedbackWorkbookUrl(deps, actor, params.id, params.version),
    }),
  }),
  route({
    method: 'get',
    path: '/pilots/:id/submissions/:version/evidence',
    summary:
      "Beside each data point of one version: the range the validation rules expect, the value of the city's previous certified cycle, and the files attached to its queries and interviews",
    tag: 'pilots',
    params: z.object({ id: idParam, version: positiveIntParam }),
    response: submissionEvidenceSchema,
    handle: ({ deps, actor, params }) => submissionEvidence(deps, actor, params.id, params.version),
  }),
  route({
    method: 'get',
    path: '/pilots/:id/submissions/:version/workbook',
    summary: 'A download link for the workbook of one version exactly as the city sent it',
    tag: 'pilots',
    params: z.object({ id: idParam, version: positiveIntParam }),
    response: linkResponse,
    handle: async ({ deps, actor, params }) => ({
      url: await submittedWorkbookUrl(deps, actor, params.id, params.version),
    }),
  }),
  route({
    method: 'get',
    path: '/pilots/:id/submissions/:version/changes',
    summary: 'Data point by data point, what changed from an earlier version',
    tag: 'pilots',
    params: z.object({ id: idParam, version: positiveIntParam }),
    query: z.strictObject({ from: positiveIntParam }),
    response: z.object({ from: z.number(), to: z.number(), changes: z.array(resultChangeSchema) }),
    handle: ({ deps, actor, params, query }) =>
      submissionChanges(deps, actor, params.id, query.from, params.version),
  }),
  route({
    method: 'get',
    path: '/pilots/:id/candidates',
    summary: 'Registered verifiers ranked for this pilot, with the exclusions that bind an appointment',
    tag: 'pilots',
    params: pilotParams,
    response: z.object({ candidates: z.array(candidateSchema) }),
    handle: async ({ deps, actor, params }) => ({
      candidates: await verifierCandidates(deps, actor, params.id),
    }),
  }),
  route({
    method: 'get',
    path: '/pilots/:id/score',
    summary: 'The benchmark score issued with the latest verification report',
    tag: 'pilots',
    params: pilotParams,
    response: scoreResultSchema,
    handle: ({ deps, actor, params }) => latestScore(deps, actor, params.id),
  }),
  route({
    method: 'get',
    path: '/pilots/:id/draft-report',
    summary:
      "The draft verification report with the city's review of it: for the verification team from the submitted conclusion on, for the city once the supervisor approved it",
    tag: 'pilots',
    params: pilotParams,
    response: draftReportSchema,
    handle: ({ deps, actor, params }) => draftReport(deps, actor, params.id),
  }),
  route({
    method: 'get',
    path: '/pilots/:id/guidance-proposals',
    summary:
      "Policy recommendations and improvement opportunities derived from the pilot's results, in English and Chinese, for the verifier to accept, edit or drop in the conclusion: for the verification team, for the city once the verification is concluded",
    tag: 'pilots',
    params: pilotParams,
    response: z.object({ proposals: z.array(proposalSchema) }),
    handle: async ({ deps, actor, params }) => ({
      proposals: await guidanceProposals(deps, actor, params.id),
    }),
  }),
  route({
    method: 'get',
    path: '/pilots/:id/readiness',
    summary: 'The certification checklist: each readiness rule in force, met or not, with what is missing',
    tag: 'pilots',
    params: pilotParams,
    response: readinessSchema,
    handle: ({ deps, actor, params }) => pilotReadiness(deps, actor, params.id),
  }),
  route({
    method: 'get',
    path: '/pilots/:id/maturity',
    summary:
      "The maturity profile from the city's latest self-assessment (the web form, or a validated workbook's Maturity sheet): levels, spread, gap warnings and each characteristic's next step",
    tag: 'pilots',
    params: pilotParams,
    response: pilotMaturitySchema,
    handle: ({ deps, actor, params }) => pilotMaturity(deps, actor, params.id),
  }),
  route({
    method: 'get',
    path: '/pilots/:id/maturity/ladder',
    summary:
      'The maturity ladder: on each characteristic the city can climb, the consenting cities exactly one level ahead, with their published case studies on it',
    tag: 'pilots',
    params: pilotParams,
    response: maturityLadderSchema,
    handle: ({ deps, actor, params }) => pilotMaturityLadder(deps, actor, params.id),
  }),
  route({
    method: 'get',
    path: '/maturity/distribution',
    summary:
      "Levels per maturity characteristic across the participating cities, by region; a region with fewer cities than the index's disclosure rule shows only its count",
    tag: 'pilots',
    response: maturityDistributionSchema,
    handle: ({ deps }) => programmeMaturityDistribution(deps),
  }),
  route({
    method: 'get',
    path: '/pilots/:id/queries/:queryId/evidence/:uploadId',
    summary: 'A download link for an evidence file attached to an answer of this query',
    tag: 'pilots',
    params: z.object({ id: idParam, queryId: idParam, uploadId: idParam }),
    response: linkResponse,
    handle: async ({ deps, actor, params }) => ({
      url: await evidenceDownloadUrl(deps, actor, params.id, params.queryId, params.uploadId),
    }),
  }),
  route({
    method: 'get',
    path: '/pilots/:id/interview-attachments/:uploadId',
    summary: 'A download link for a file attached to a logged interview',
    tag: 'pilots',
    params: z.object({ id: idParam, uploadId: idParam }),
    response: linkResponse,
    handle: async ({ deps, actor, params }) => ({
      url: await interviewAttachmentUrl(deps, actor, params.id, params.uploadId),
    }),
  }),
];
