// Folds the draft report review into the pilot's view: opened by the approval, closed when the report is issued,
// dropped when the dataset is unlocked (a new conclusion brings a new draft and a new window).
import type { DraftReviewView } from './draft-review-schemas.ts';
import type { PilotEvent } from './events.ts';

export function foldDraftReview(
  view: DraftReviewView | undefined,
  event: PilotEvent,
): DraftReviewView | undefined {
  switch (event.type) {
    case 'VerificationConcluded':
      return event.data.draftReviewEndsAt
        ? { endsAt: event.data.draftReviewEndsAt, accepted: [], comments: [] }
        : undefined;
    case 'DatasetUnlocked':
      return undefined;
    case 'DraftSectionAccepted':
      return view && { ...view, accepted: [...view.accepted, event.data.section] };
    case 'DraftReportCommented': {
      if (!view) return view;
      const { commentId, section } = event.data;
      // A comment withdraws an earlier acceptance of the section.
      return {
        ...view,
        accepted: view.accepted.filter((s) => s !== section),
        comments: [...view.comments, { commentId, section, at: event.at }],
      };
    }
    case 'DraftCommentAnswered': {
      if (!view) return view;
      // The commented section is not accepted (a comment withdrew that): the city accepts it, as answered, anew.
      const revised = event.data.revisedText !== undefined;
      return {
        ...view,
        comments: view.comments.map((c) =>
          c.commentId === event.data.commentId
            ? { ...c, answeredAt: event.at, ...(revised ? { revised } : {}) }
            : c,
        ),
      };
    }
    case 'DraftReviewClosed':
      return view && { ...view, closedAt: event.at };
    default:
      return view;
  }
}
