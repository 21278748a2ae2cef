// The verifier's conclusion as the draft review left it: each answer that revised a section replaces that field of
// the submitted conclusion, in the order they were given, so the issued report says what the city last read.
import type { GuidanceSection } from '../guidance/proposals.ts';
import { revisionLines } from '../lifecycle/draft-review-schemas.ts';
import type { EventData, PilotEvent } from '../lifecycle/events.ts';

type Submitted = EventData<'ConclusionSubmitted'>;
type Answer = EventData<'DraftCommentAnswered'>;

/** The revision's lines in both languages; an answer before decision 0047 had English only, printed in both. */
function pairs({ revisedText, revisedTextZh }: Answer) {
  const en = revisionLines(revisedText ?? '');
  const zh = revisedTextZh === undefined ? en : revisionLines(revisedTextZh);
  return en.map((line, i) => ({ en: line, zh: zh[i] ?? line }));
}

/**
 * A guidance section's kept proposals replaced by the revision's lines: line i keeps the KPIs and case study of the
 * section's i-th kept proposal, further lines are the verifier's own; the dropped ones stay recorded as dropped.
 */
function reviseSection(conclusion: Submitted, section: GuidanceSection, answer: Answer): Submitted {
  const kept = conclusion.proposals.filter((p) => p.decision !== 'dropped' && p.section === section);
  const others = conclusion.proposals.filter((p) => p.decision === 'dropped' || p.section !== section);
  const revised = pairs(answer).map((text, i) => {
    const before = kept[i];
    return before && before.decision !== 'dropped'
      ? { ...before, decision: 'edited' as const, text }
      : {
          proposalId: `revised-${section}-${i + 1}`,
          decision: 'written' as const,
          section,
          kpiIds: [],
          text,
        };
  });
  return { ...conclusion, [section]: undefined, proposals: [...others, ...revised] };
}

export function revisedConclusion(submitted: Submitted, events: readonly PilotEvent[]): Submitted {
  const approved = events.findLastIndex((e) => e.type === 'VerificationConcluded');
  const sectionOf = new Map<string, string>();
  let conclusion = submitted;
  for (const event of events.slice(Math.max(approved, 0))) {
    if (event.type === 'DraftReportCommented') sectionOf.set(event.data.commentId, event.data.section);
    if (event.type !== 'DraftCommentAnswered' || event.data.revisedText === undefined) continue;
    const section = sectionOf.get(event.data.commentId);
    if (section === 'summary') conclusion = { ...conclusion, summary: event.data.revisedText };
    else if (section === 'policyRecommendations' || section === 'improvementOpportunities')
      conclusion = reviseSection(conclusion, section, event.data);
    else if (section === 'nextSteps')
      conclusion = { ...conclusion, nextSteps: undefined, advice: pairs(event.data) };
  }
  return conclusion;
}
