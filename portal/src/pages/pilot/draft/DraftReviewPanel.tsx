// The city's review of the draft report, on the pilot page while it runs: the draft with, under each section, its
// state and thread, the city's accept and comment forms (within the window), the verifier's answer forms (with a
// revision for the sections the verifier wrote), and the confirmed issue of the report.
import { reportText } from '../../../../../core/documents/verification-report-text.ts';
import { type DraftSection, isRevisable } from '../../../../../core/lifecycle/draft-review-schemas.ts';
import type { DraftReport as Draft } from '../../../../../core/use-cases/draft-report.ts';
import { ActionForm, text } from '../../../components/ActionForm.tsx';
import { TextArea } from '../../../components/fields.tsx';
import { Loaded } from '../../../components/Loading.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { formatDate, formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { useActor } from '../../../session.tsx';
import type { ActionProps } from '../types.ts';
import { DraftReport, sectionHeading } from './DraftReport.tsx';
import { useDraftReport } from './useDraftReport.ts';

export function DraftReviewPanel(props: ActionProps) {
  const { pilot } = props.detail;
  if (pilot.stage !== 'verified' || !pilot.draftReview) return null;
  return <Review {...props} />;
}

function Review(props: ActionProps) {
  const { t, lang } = useI18n();
  const { pilot } = props.detail;
  const draft = useDraftReport(pilot.pilotId, pilot.version);
  return (
    <Panel title={t.draftReview.title} className="draft-review">
      <Loaded resource={draft}>
        {(d) => (
          <>
            <p>{t.draftReview.intro(formatDate(d.review?.endsAt ?? '', lang))}</p>
            {d.phase === 'closed' && <p className="notice notice-ok">{t.draftReview.released}</p>}
            {props.can('closeDraftReview') && d.phase === 'review' && (
              <ActionForm
                submitLabel={t.draftReview.issue}
                confirm={t.confirm.issue}
                onSubmit={() => props.act('report-issue', {})}
              />
            )}
            <DraftReport
              content={d.content}
              controls={(section) => <Section {...props} draft={d} section={section} />}
            />
          </>
        )}
      </Loaded>
    </Panel>
  );
}

function Section({ draft, section, can, act }: ActionProps & { draft: Draft; section: DraftSection }) {
  const { t, lang } = useI18n();
  const actor = useActor();
  const heading = sectionHeading(section, reportText[lang]);
  const review = draft.review;
  const thread = draft.thread.filter((c) => c.section === section);
  const waiting = thread.some((c) => !c.answer);
  const accepted = review?.accepted.includes(section) ?? false;
  const windowOpen = draft.phase === 'review' && !!review && Date.now() <= Date.parse(review.endsAt);
  const city = actor.role === 'city' && windowOpen && can('commentOnDraft');
  const state = accepted
    ? t.draftReview.accepted
    : thread.length
      ? t.draftReview.commented
      : t.draftReview.waiting;
  return (
    <div
      className="draft-section-review"
      data-state={accepted ? 'accepted' : thread.length ? 'commented' : 'open'}
    >
      <p>
        <span className={`badge badge-${accepted ? 'good' : 'muted'}`}>{state}</span>
      </p>
      {thread.map((c) => (
        <div key={c.commentId} className="draft-comment" data-comment={c.commentId}>
          <p>
            <strong>{c.by}</strong> ({formatDateTime(c.at, lang)}): {c.text}
          </p>
          {c.answer ? (
            <p className="draft-answer">
              <strong>{c.answer.by}</strong> ({formatDateTime(c.answer.at, lang)}): {c.answer.text}
              {c.answer.revised && <span className="row-note">{t.draftReview.revised}</span>}
            </p>
          ) : actor.role === 'verifier' && can('answerDraftComment') && draft.phase === 'review' ? (
            <ActionForm
              label={`${t.draftReview.answer} · ${heading}`}
              submitLabel={t.draftReview.sendAnswer}
              onSubmit={(data) =>
                act('draft-comment-answer', {
                  commentId: c.commentId,
                  text: text(data, 'answer') ?? '',
                  revisedText: text(data, 'revision'),
                  revisedTextZh: text(data, 'revision-zh'),
                })
              }
            >
              <TextArea
                label={`${t.draftReview.answer} (${heading})`}
                name="answer"
                rows={2}
                required
                minLength={3}
              />
              {isRevisable(section) && (
                <TextArea label={`${t.draftReview.revision} (${heading})`} name="revision" rows={3} />
              )}
              {isRevisable(section) && section !== 'summary' && (
                <TextArea label={`${t.draftReview.revisionZh} (${heading})`} name="revision-zh" rows={3} />
              )}
            </ActionForm>
          ) : (
            <p className="muted">{t.draftReview.unanswered}</p>
          )}
        </div>
      ))}
      {city && !accepted && !waiting && (
        <ActionForm
          label={`${t.draftReview.accept} · ${heading}`}
          submitLabel={t.draftReview.accept}
          variant="secondary"
          onSubmit={() => act('draft-review', { decision: 'accept', section })}
        />
      )}
      {city && (
        <ActionForm
          label={`${t.draftReview.comment} · ${heading}`}
          submitLabel={t.draftReview.sendComment}
          variant="secondary"
          resetOnSuccess
          onSubmit={(data) =>
            act('draft-review', { decision: 'comment', section, text: text(data, 'comment') ?? '' })
          }
        >
          <TextArea
            label={`${t.draftReview.comment} (${heading})`}
            name="comment"
            rows={2}
            required
            minLength={3}
          />
        </ActionForm>
      )}
      {actor.role === 'city' && !windowOpen && draft.phase === 'review' && (
        <p className="muted">{t.draftReview.closed}</p>
      )}
    </div>
  );
}
