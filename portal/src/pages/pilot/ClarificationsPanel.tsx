// The city's questions about KPIs to the secretariat during data collection: each thread with its messages, read
// from the timeline, and the forms to ask, reply and close.
import type { PilotEvent } from '../../api/types.ts';
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { TextArea, TextField } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { ActionProps } from './types.ts';

/** The messages of one thread in order: the question, then every reply. */
function messagesOf(timeline: PilotEvent[], threadId: string) {
  return timeline.flatMap((event) => {
    if (event.type === 'ClarificationOpened' && event.data.threadId === threadId)
      return [{ seq: event.seq, who: event.actor.userId, at: event.at, text: event.data.question }];
    if (event.type === 'ClarificationReplied' && event.data.threadId === threadId)
      return [{ seq: event.seq, who: event.actor.userId, at: event.at, text: event.data.text }];
    return [];
  });
}

export function ClarificationsPanel({ detail, can, act }: ActionProps) {
  const { t } = useI18n();
  const m = t.clarifications;
  const threads = detail.pilot.clarifications ?? [];
  if (!threads.length && !can('openClarification')) return null;
  return (
    <Panel title={m.title}>
      <p className="muted">{m.hint}</p>
      {!threads.length && <p>{m.none}</p>}
      {threads.map((thread) => (
        <article key={thread.threadId} className="thread" aria-label={`${m.kpi} ${thread.kpiId}`}>
          <h3>
            {thread.kpiId} · {thread.status === 'closed' ? m.closed : m.waiting[thread.waitingOn]}
          </h3>
          <ol className="messages">
            {messagesOf(detail.timeline, thread.threadId).map((message) => (
              <li key={message.seq}>
                <span className="muted">
                  {message.who}, {message.at.slice(0, 16).replace('T', ' ')}:
                </span>{' '}
                {message.text}
              </li>
            ))}
          </ol>
          {thread.resolution && <p>{thread.resolution}</p>}
          {thread.status === 'open' && can('replyToClarification') && (
            <>
              <ActionForm
                submitLabel={m.send}
                variant="secondary"
                resetOnSuccess
                onSubmit={(data) =>
                  act('clarification-reply', { threadId: thread.threadId, text: text(data, 'text') })
                }
              >
                <TextArea label={m.reply} name="text" required minLength={2} rows={2} />
              </ActionForm>
              <ActionForm
                submitLabel={m.close}
                variant="secondary"
                onSubmit={(data) =>
                  act('clarification-close', {
                    threadId: thread.threadId,
                    resolution: text(data, 'resolution'),
                  })
                }
              >
                <TextField label={m.resolution} name="resolution" required minLength={3} />
              </ActionForm>
            </>
          )}
        </article>
      ))}
      {can('openClarification') && (
        <ActionForm
          submitLabel={m.open}
          resetOnSuccess
          onSubmit={(data) =>
            act('clarifications', { kpiId: text(data, 'kpiId'), question: text(data, 'question') })
          }
        >
          <TextField
            label={m.kpi}
            name="kpiId"
            required
            placeholder="EC.ICT.ICT.1C"
            pattern="(EC|EN|SC)\.[A-Z]+\.[A-Z]+\.\d+[CA]"
          />
          <TextArea label={m.question} name="question" required minLength={5} rows={3} />
        </ActionForm>
      )}
    </Panel>
  );
}
