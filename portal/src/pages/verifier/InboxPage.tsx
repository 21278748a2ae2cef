// Verifier home: the pilots assigned to the signed-in verifier.
import type { Pilot } from '../../api/types.ts';
import { Loaded } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { PilotCards } from '../PilotCards.tsx';

export function InboxPage() {
  const { t } = useI18n();
  const resource = useApi<{ pilots: Pilot[] }>('/pilots');
  return (
    <>
      <PageTitle text={t.verifier.inbox} />
      <Loaded resource={resource}>
        {({ pilots }) => (pilots.length ? <PilotCards pilots={pilots} /> : <p>{t.verifier.empty}</p>)}
      </Loaded>
    </>
  );
}
