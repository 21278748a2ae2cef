// Verifier home: the task inbox with due dates, then the pilots assigned to the signed-in verifier.
import type { PilotSummary } from '../../api/types.ts';
import { Loaded } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { PilotCards } from '../PilotCards.tsx';
import { TaskList } from '../TaskList.tsx';

export function InboxPage() {
  const { t } = useI18n();
  const resource = useApi<{ pilots: PilotSummary[] }>('/pilots');
  return (
    <>
      <PageTitle text={t.verifier.inbox} />
      <TaskList />
      <Panel title={t.tasks.assigned}>
        <Loaded resource={resource}>
          {({ pilots }) => (pilots.length ? <PilotCards pilots={pilots} /> : <p>{t.verifier.empty}</p>)}
        </Loaded>
      </Panel>
    </>
  );
}
