// Query threads between verifier and city: filter open or closed, answer (city) or close (verifier), and the clocks.
import { useState } from 'react';
import type { QueryView } from '../../../api/types.ts';
import { SelectField } from '../../../components/fields.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { ActionProps } from '../types.ts';
import { useEventsOf } from '../useEventsOf.ts';
import { DeadlinesNotice } from './DeadlinesNotice.tsx';
import { QueryThread } from './QueryThread.tsx';
import { queryThreads } from './queryThreads.ts';

const QUERY_EVENTS = ['QueryRaised', 'QueryAnswered', 'QueryClosed'] as const;

type Show = 'open' | 'closed' | 'all';
const inView = (show: Show) => (query: QueryView) =>
  show === 'all' || (show === 'closed') === (query.status === 'closed');

export function QueriesPanel({ detail, can, act }: ActionProps) {
  const { t } = useI18n();
  const { pilot } = detail;
  const thread = useEventsOf(detail, QUERY_EVENTS);
  const queries = pilot.verification?.queries ?? [];
  // Waiting queries first; when none waits, the history is more useful than an empty list.
  const [show, setShow] = useState<Show>(() => (queries.some(inView('open')) ? 'open' : 'all'));
  if (!pilot.verification || (queries.length === 0 && pilot.stage !== 'in_verification')) return null;
  const threads = queryThreads(thread.events);
  const shown = queries.filter(inView(show));
  return (
    <Panel title={t.queries.title} className="queries">
      <DeadlinesNotice pilot={pilot} />
      {thread.loadingOlder && <p role="status">{t.common.loading}</p>}
      {thread.error && <p role="alert">{thread.error}</p>}
      <SelectField
        label={t.queries.show}
        value={show}
        onChange={(e) => setShow(e.target.value as Show)}
        options={(['open', 'closed', 'all'] as const).map((value) => ({
          value,
          label: `${t.queries.filters[value]} (${queries.filter(inView(value)).length})`,
        }))}
      />
      {shown.length === 0 && <p className="muted">{t.queries.none}</p>}
      {[...shown].reverse().map((query) => (
        <QueryThread
          key={query.queryId}
          pilot={pilot}
          query={query}
          thread={threads.get(query.queryId) ?? []}
          canAnswer={can('answerQuery')}
          canClose={can('closeQuery')}
          act={act}
        />
      ))}
    </Panel>
  );
}
