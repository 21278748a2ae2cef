// One query: its data point, status and the city's deadline, the thread so far, and the form the reader may use.
import { useId } from 'react';
import type { Pilot, QueryView } from '../../../api/types.ts';
import { DueDate } from '../../../components/DueDate.tsx';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { ReasonForm } from '../ReasonForm.tsx';
import { AnswerForm } from './AnswerForm.tsx';
import { QueryThreadEntry } from './QueryThreadEntry.tsx';
import type { ThreadEntry } from './queryThreads.ts';

const tone = { open: 'warn', answered: 'info', closed: 'good' } as const;

interface Props {
  pilot: Pilot;
  query: QueryView;
  thread: ThreadEntry[];
  canAnswer: boolean;
  canClose: boolean;
  act: (path: string, body: object) => Promise<void>;
}

export function QueryThread({ pilot, query, thread, canAnswer, canClose, act }: Props) {
  const { t } = useI18n();
  const id = useId();
  const waiting = query.status !== 'closed';
  return (
    <article className="query" aria-labelledby={id} data-query={query.queryId}>
      <h3 id={id}>
        {t.queries.heading(query.queryId, query.dataPointId)}{' '}
        <span className={`badge badge-${tone[query.status]}`}>{t.queries.statuses[query.status]}</span>
      </h3>
      {query.status === 'open' && (
        <p>
          {t.queries.answerDue}: <DueDate dueAt={query.dueAt} />
        </p>
      )}
      <ol className="thread" aria-live="polite">
        {thread.map((entry) => (
          <QueryThreadEntry
            key={entry.seq}
            entry={entry}
            evidencePath={`/pilots/${pilot.pilotId}/queries/${query.queryId}/evidence/`}
          />
        ))}
      </ol>
      {waiting && canAnswer && <AnswerForm pilot={pilot} queryId={query.queryId} act={act} />}
      {waiting && canClose && (
        <ReasonForm
          label={t.queries.resolution}
          submitLabel={t.queries.close}
          onSubmit={(resolution) => act(`queries/${query.queryId}/close`, { resolution })}
        />
      )}
    </article>
  );
}
