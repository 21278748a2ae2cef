// Folds verification events into the pilot's verification view, including the clock that stops while the city owes an answer.
import type { PilotEvent } from './events.ts';
import { emptyVerification, type QueryView, type VerificationView } from './verification-schemas.ts';

const waitingOnCity = (queries: QueryView[]) => queries.some((q) => q.status === 'open');

function withQuery(view: VerificationView, queryId: string, patch: (q: QueryView) => QueryView): QueryView[] {
  return view.queries.map((q) => (q.queryId === queryId ? patch(q) : q));
}

function foldEvent(view: VerificationView, event: PilotEvent): VerificationView {
  switch (event.type) {
    case 'VerificationStarted':
      return {
        ...emptyVerification(),
        declaration: {
          statement: event.data.declaration.statement,
          at: event.at,
          undertakingVersion: event.data.declaration.confidentiality?.version,
        },
      };
    case 'DataPointsReviewed': {
      const reviews = { ...view.reviews };
      for (const item of event.data.items) {
        reviews[item.dataPointId] = {
          status: item.status,
          note: item.note,
          at: event.at,
          by: event.actor.userId,
        };
      }
      return { ...view, reviews };
    }
    case 'QueryRaised': {
      const { queryId, dataPointId, question, dueAt } = event.data;
      const query: QueryView = {
        queryId,
        dataPointId,
        question,
        dueAt,
        raisedAt: event.at,
        status: 'open',
        answers: 0,
      };
      return { ...view, queries: [...view.queries, query] };
    }
    case 'QueryAnswered':
      return {
        ...view,
        queries: withQuery(view, event.data.queryId, (q) => ({
          ...q,
          status: 'answered',
          answers: q.answers + 1,
        })),
      };
    case 'QueryClosed':
      return { ...view, queries: withQuery(view, event.data.queryId, (q) => ({ ...q, status: 'closed' })) };
    case 'InterviewLogged':
      return { ...view, interviews: view.interviews + 1 };
    case 'SubmissionValidated': {
      // A corrected workbook during verification: changed data points must be reviewed again.
      const reviews = Object.fromEntries(
        Object.entries(view.reviews).filter(([id]) => !event.data.changedDataPoints.includes(id)),
      );
      return { ...view, reviews };
    }
    case 'ConclusionSubmitted': {
      const { datasetVersion, datasetHash } = event.data;
      return {
        ...view,
        conclusion: { status: 'submitted', at: event.at, datasetVersion, datasetHash },
        lock: { datasetVersion, datasetHash, lockedAt: event.at },
      };
    }
    case 'ConclusionReturned':
      return view.conclusion
        ? {
            ...view,
            conclusion: { ...view.conclusion, status: 'returned', comments: event.data.comments },
            lock: undefined,
          }
        : view;
    case 'DatasetUnlocked':
      return { ...view, conclusion: undefined, lock: undefined };
    default:
      return view;
  }
}

/** Returns the new view and how many milliseconds the verifier's deadline moves because its clock was stopped. */
export function foldVerification(
  view: VerificationView | undefined,
  event: PilotEvent,
): { view: VerificationView | undefined; deadlineShiftMs: number } {
  if (!view && event.type !== 'VerificationStarted') return { view, deadlineShiftMs: 0 };
  const before = view ?? emptyVerification();
  const after = foldEvent(before, event);
  const wasWaiting = waitingOnCity(before.queries);
  const isWaiting = waitingOnCity(after.queries);
  if (!wasWaiting && isWaiting)
    return { view: { ...after, clockStoppedSince: event.at }, deadlineShiftMs: 0 };
  if (wasWaiting && !isWaiting && before.clockStoppedSince) {
    const stopped = Date.parse(event.at) - Date.parse(before.clockStoppedSince);
    return {
      view: { ...after, clockStoppedSince: undefined, stoppedMs: after.stoppedMs + stopped },
      deadlineShiftMs: stopped,
    };
  }
  return { view: after, deadlineShiftMs: 0 };
}
