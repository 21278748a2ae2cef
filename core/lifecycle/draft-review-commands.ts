// The draft report review in the transition table: the city accepts or comments on each section within its
// window, the verifier answers (and may revise the sections the verifier wrote), then the review is closed and
// the report issued. Every rule is a guard, so a refused request records nothing.
import * as z from 'zod';
import { mintedIdSchema } from '../ids.ts';
import { type CommandContext, define, noPayload } from './command-definition.ts';
import {
  bilingualRevisionProblem,
  type DraftReviewView,
  draftCommentTextSchema,
  draftSectionSchema,
  draftSections,
  isRevisable,
  MAX_COMMENTS_PER_SECTION,
} from './draft-review-schemas.ts';

type Ctx = CommandContext<unknown>;

function openReview({ pilot }: Ctx): DraftReviewView | string {
  const review = pilot.draftReview;
  if (!review) return 'This pilot has no draft report under review';
  if (review.closedAt) return 'The draft review is closed and the report is being issued';
  return review;
}

/** The city's comment window: open until its end, measured at the moment of the request. */
function cityWindow(ctx: Ctx): DraftReviewView | string {
  const review = openReview(ctx);
  if (typeof review === 'string') return review;
  if (ctx.now.getTime() > Date.parse(review.endsAt)) return `The comment window closed on ${review.endsAt}`;
  return review;
}

const unanswered = (review: DraftReviewView) => review.comments.filter((c) => !c.answeredAt);

export const draftReviewCommands = {
  acceptDraftSection: define({
    describe: 'accept a section of the draft report',
    actors: ['city'],
    from: ['verified'],
    payload: z.strictObject({ section: draftSectionSchema }),
    eventType: 'DraftSectionAccepted',
    guard: (ctx) => {
      const review = cityWindow(ctx);
      if (typeof review === 'string') return review;
      const { section } = ctx.payload;
      if (review.accepted.includes(section)) return `The section "${section}" is already accepted`;
      if (unanswered(review).some((c) => c.section === section))
        return `Your comment on "${section}" awaits the verifier's answer`;
      return undefined;
    },
    data: ({ payload }) => payload,
  }),
  commentOnDraft: define({
    describe: 'comment on a section of the draft report',
    actors: ['city'],
    from: ['verified'],
    payload: z.strictObject({ section: draftSectionSchema, text: draftCommentTextSchema }),
    eventType: 'DraftReportCommented',
    guard: (ctx) => {
      const review = cityWindow(ctx);
      if (typeof review === 'string') return review;
      const made = review.comments.filter((c) => c.section === ctx.payload.section).length;
      return made >= MAX_COMMENTS_PER_SECTION
        ? `The section "${ctx.payload.section}" already has ${made} comments, the most one section may have`
        : undefined;
    },
    // The id derives from the event's sequence number, so a re-decided command yields the same id.
    data: ({ pilot, payload }) => ({ ...payload, commentId: `c${pilot.version + 1}` }),
  }),
  answerDraftComment: define({
    describe: "answer the city's comment on the draft report",
    actors: ['verifier'],
    from: ['verified'],
    payload: z.strictObject({
      commentId: mintedIdSchema,
      text: draftCommentTextSchema,
      revisedText: z.string().trim().min(1).max(10_000).optional(),
      revisedTextZh: z.string().trim().min(1).max(10_000).optional(),
    }),
    eventType: 'DraftCommentAnswered',
    guard: (ctx) => {
      const review = openReview(ctx);
      if (typeof review === 'string') return review;
      const comment = review.comments.find((c) => c.commentId === ctx.payload.commentId);
      if (!comment) return `There is no comment ${ctx.payload.commentId} on the draft report`;
      if (comment.answeredAt) return `The comment ${comment.commentId} is already answered`;
      if (ctx.payload.revisedText !== undefined && !isRevisable(comment.section))
        return `The section "${comment.section}" follows from the verified data; only unlocking the dataset changes it`;
      return bilingualRevisionProblem(comment.section, ctx.payload);
    },
    data: ({ payload }) => payload,
  }),
  closeDraftReview: define({
    describe: 'issue the report after the draft review',
    actors: ['verifier', 'secretariat'],
    from: ['verified'],
    payload: noPayload,
    eventType: 'DraftReviewClosed',
    guard: (ctx) => {
      const review = openReview(ctx);
      if (typeof review === 'string') return review;
      if (ctx.pilot.pendingRun) return 'Wait until the running stage has finished';
      const waiting = unanswered(review).length;
      if (waiting) return `Answer the city's ${waiting} open comment${waiting === 1 ? '' : 's'} first`;
      const allAccepted = draftSections.every((s) => review.accepted.includes(s));
      if (!allAccepted && ctx.now.getTime() <= Date.parse(review.endsAt))
        return `The city may comment until ${review.endsAt} and has accepted ${review.accepted.length} of ${draftSections.length} sections`;
      return undefined;
    },
    data: ({ pilot }) => ({
      acceptedSections: pilot.draftReview?.accepted ?? [],
      comments: pilot.draftReview?.comments.length ?? 0,
    }),
  }),
};
