// The case studies in the pilot's view: each one's text, where it is in its review, and the fold of their events.
import * as z from 'zod';
import { caseStudyContentSchema } from './case-study-schemas.ts';
import { isoDate, type PilotEvent } from './events.ts';

/** Where a case study is: written, submitted for review, returned or accepted by the secretariat, published. */
export const caseStudyStatusSchema = z.enum(['draft', 'submitted', 'returned', 'accepted', 'published']);
export type CaseStudyStatus = z.infer<typeof caseStudyStatusSchema>;

export const caseStudyViewSchema = caseStudyContentSchema.extend({
  number: z.number().int().positive(),
  status: caseStudyStatusSchema,
  createdAt: isoDate,
  updatedAt: isoDate,
  /** The secretariat's last review: who, when, and the reason when it returned the case study. */
  review: z
    .object({ accepted: z.boolean(), reason: z.string().optional(), userId: z.string(), at: isoDate })
    .optional(),
  publishedAt: isoDate.optional(),
});
export type CaseStudyView = z.infer<typeof caseStudyViewSchema>;

const patch = (list: CaseStudyView[], number: number, change: (c: CaseStudyView) => CaseStudyView) =>
  list.map((c) => (c.number === number ? change(c) : c));

/** Folds the case-study events; any other event leaves the list as it is (the same array). */
export function foldCaseStudies(
  list: CaseStudyView[] | undefined,
  event: PilotEvent,
): CaseStudyView[] | undefined {
  switch (event.type) {
    case 'CaseStudySaved': {
      const { number, caseStudy } = event.data;
      const existing = list?.find((c) => c.number === number);
      if (!existing)
        return [
          ...(list ?? []),
          { ...caseStudy, number, status: 'draft', createdAt: event.at, updatedAt: event.at },
        ];
      return patch(list ?? [], number, (c) => ({ ...c, ...caseStudy, status: 'draft', updatedAt: event.at }));
    }
    case 'CaseStudySubmitted':
      return patch(list ?? [], event.data.number, (c) => ({
        ...c,
        status: 'submitted',
        updatedAt: event.at,
      }));
    case 'CaseStudyReviewed': {
      const { number, accepted, reason } = event.data;
      const review = { accepted, reason, userId: event.actor.userId, at: event.at };
      return patch(list ?? [], number, (c) => ({
        ...c,
        status: accepted ? 'accepted' : 'returned',
        review,
        updatedAt: event.at,
      }));
    }
    case 'CaseStudyPublished':
      return patch(list ?? [], event.data.number, (c) => ({
        ...c,
        status: 'published',
        publishedAt: event.at,
        updatedAt: event.at,
      }));
    default:
      return list;
  }
}
