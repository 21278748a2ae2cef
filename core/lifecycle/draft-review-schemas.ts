// The city's review of the draft verification report: its sections, the review's view on the pilot and the limits
// that keep that view bounded. The texts live in the events; the view keeps only who said what about which section.
import * as z from 'zod';

const isoDate = z.iso.datetime({ offset: true });

/** The report's sections, as the city reviews them; the last four are the verifier's text and can be revised. */
export const draftSections = [
  'summary',
  'results',
  'notReported',
  'notVerified',
  'policyRecommendations',
  'improvementOpportunities',
  'nextSteps',
] as const;
export const draftSectionSchema = z.enum(draftSections);
export type DraftSection = z.infer<typeof draftSectionSchema>;

/** Sections written by the verifier (the conclusion's fields of the same names); the rest follow from the data. */
export const revisableSections = [
  'summary',
  'policyRecommendations',
  'improvementOpportunities',
  'nextSteps',
] as const;
export type RevisableSection = (typeof revisableSections)[number];
export const isRevisable = (section: DraftSection): section is RevisableSection =>
  (revisableSections as readonly string[]).includes(section);

/** A revised list section is written one item a line. */
export const revisionLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Why a revision cannot stand: the summary is written once, while a guidance section is revised in English and in
 * Chinese, line for line, so the Chinese report never prints English pasted in (decision 0047).
 */
export function bilingualRevisionProblem(
  section: DraftSection,
  revision: { revisedText?: string; revisedTextZh?: string },
): string | undefined {
  const { revisedText, revisedTextZh } = revision;
  if (section === 'summary' || revisedText === undefined)
    return revisedTextZh === undefined
      ? undefined
      : 'Only a revised guidance section (recommendations, opportunities, next steps) takes a Chinese text';
  if (revisedTextZh === undefined)
    return `Revise the section "${section}" in Chinese too: give revisedTextZh, line for line with the English`;
  const en = revisionLines(revisedText);
  const zh = revisionLines(revisedTextZh);
  if (en.length !== zh.length)
    return `The English revision has ${en.length} lines and the Chinese ${zh.length}: give one Chinese line for each English one`;
  if (en.some((line, i) => line === zh[i])) return 'A Chinese line repeats the English: write it in Chinese';
  return undefined;
}

/** Comments the city may make on one section; each is answered, so a few cover any real exchange. */
export const MAX_COMMENTS_PER_SECTION = 3;

export const draftCommentTextSchema = z.string().trim().min(3, 'Write at least 3 characters').max(2000);

export const draftReviewViewSchema = z.object({
  /** The end of the city's comment window. */
  endsAt: isoDate,
  accepted: z.array(draftSectionSchema),
  comments: z.array(
    z.object({
      commentId: z.string(),
      section: draftSectionSchema,
      at: isoDate,
      answeredAt: isoDate.optional(),
      revised: z.boolean().optional(),
    }),
  ),
  /** When the review was closed and the report's issuance started. */
  closedAt: isoDate.optional(),
});
export type DraftReviewView = z.infer<typeof draftReviewViewSchema>;
