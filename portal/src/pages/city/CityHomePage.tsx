// City home: the city's pilots, and the letter of intent form when none is active.
import type { PilotSummary } from '../../api/types.ts';
import { Loaded } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { PilotCards } from '../PilotCards.tsx';
import { TaskList } from '../TaskList.tsx';
import { LetterForm } from './LetterForm.tsx';

const finished: readonly PilotSummary['stage'][] = ['declined', 'withdrawn', 'certified'];

export function CityHomePage() {
  const { t } = useI18n();
  const resource = useApi<{ pilots: PilotSummary[] }>('/pilots');
  return (
    <>
      <PageTitle text={t.city.title} />
      <TaskList hideWhenEmpty />
      <Loaded resource={resource}>
        {({ pilots }) => (
          <>
            <Panel title={t.nav.myPilots}>
              {pilots.length ? <PilotCards pilots={pilots} /> : <p>{t.city.empty}</p>}
            </Panel>
            {pilots.every((p) => finished.includes(p.stage)) && <LetterForm />}
          </>
        )}
      </Loaded>
    </>
  );
}
