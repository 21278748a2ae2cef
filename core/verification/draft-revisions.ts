// The verifier's conclusion as the draft review left it: each answer that revised a section replaces that field of
// the submitted conclusion, in the order they were given, so the issued report says what the city last read.
import type { EventData, PilotEvent } from '../lifecycle/events.ts';

type Submitted = EventData<'ConclusionSubmitted'>;

/** A revised list section is written one item a line. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function revisedConclusion(submitted: Submitted, events: readonly PilotEvent[]): Submitted {
  const approved = events.findLastIndex((e) => e.type === 'VerificationConcluded');
  const sectionOf = new Map<string, string>();
  let conclusion = submitted;
  for (const event of events.slice(Math.max(approved, 0))) {
    if (event.type === 'DraftReportCommented') sectionOf.set(event.data.commentId, event.data.section);
    if (event.type !== 'DraftCommentAnswered' || event.data.revisedText === undefined) continue;
    const section = sectionOf.get(event.data.commentId);
    const text = event.data.revisedText;
    if (section === 'summary') conclusion = { ...conclusion, summary: text };
    else if (
      section === 'policyRecommendations' ||
      section === 'improvementOpportunities' ||
      section === 'nextSteps'
    )
      conclusion = { ...conclusion, [section]: lines(text) };
  }
  return conclusion;
}
