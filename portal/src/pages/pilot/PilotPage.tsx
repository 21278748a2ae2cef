// One pilot: its facts, live status, the signed-in role's actions, versions, results, documents and timeline.
import { lazy, Suspense } from 'react';
import { api } from '../../api/client.ts';
import type { CommandName, PilotDetail } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { Panel } from '../../components/Panel.tsx';
import { humanize } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router.tsx';
import { useActor } from '../../session.tsx';
import { CityActions } from './CityActions.tsx';
import { DocumentsPanel } from './DocumentsPanel.tsx';
import { LetterPanel, PilotFacts } from './PilotFacts.tsx';
import { RunStatus } from './RunStatus.tsx';
import { SecretariatActions } from './SecretariatActions.tsx';
import { SubmissionsPanel } from './SubmissionsPanel.tsx';
import { Timeline } from './Timeline.tsx';
import type { ActionProps } from './types.ts';
import { usePilotDetail } from './usePilotDetail.ts';
import { VerifierActions } from './VerifierActions.tsx';

const ResultsGrid = lazy(() => import('./ResultsGrid.tsx'));
const actionsByRole = { secretariat: SecretariatActions, city: CityActions, verifier: VerifierActions };

/** nextSteps follow stage and role only; a retry makes sense only after a failure. */
const relevantSteps = ({ nextSteps, pilot }: PilotDetail) =>
  nextSteps.filter((step) => step.command !== 'retryStage' || pilot.lastFailure);

function NextSteps({ detail }: { detail: PilotDetail }) {
  const { t } = useI18n();
  const steps = relevantSteps(detail);
  return (
    <Panel title={t.pilot.nextSteps} className="next-steps">
      {steps.length === 0 ? (
        <p className="muted">{t.pilot.noSteps}</p>
      ) : (
        <ul>
          {steps.map((step) => (
            <li key={step.command}>{t.commands[step.command] ?? humanize(step.command)}</li>
          ))}
        </ul>
      )}
      {detail.pilot.pendingRun && steps.length > 0 && <p className="muted">{t.common.pendingAction}</p>}
    </Panel>
  );
}

function Unavailable({ error }: { error: NonNullable<ReturnType<typeof usePilotDetail>['error']> }) {
  const { t } = useI18n();
  const denied = error.code === 'forbidden' || error.code === 'not_found';
  return (
    <>
      <PageTitle text={denied ? t.common.forbiddenTitle : t.errors.internal} />
      {denied ? (
        <p className="notice notice-error">{t.common.forbiddenBody}</p>
      ) : (
        <ErrorNotice error={error} />
      )}
      <p>
        <Link href="/">{t.common.back}</Link>
      </p>
    </>
  );
}

export function PilotPage({ pilotId }: { pilotId: string }) {
  const { t } = useI18n();
  const actor = useActor();
  const detail = usePilotDetail(pilotId);
  if (detail.error && !detail.data) return <Unavailable error={detail.error} />;
  if (!detail.data) return <p role="status">{t.common.loading}</p>;
  const data = detail.data;
  const { pilot } = data;
  const props: ActionProps = {
    detail: data,
    can: (command: CommandName) => !pilot.pendingRun && data.nextSteps.some((s) => s.command === command),
    act: async (path, body) => {
      await api('POST', `/pilots/${pilotId}/${path}`, body);
      await detail.reload();
    },
    watchForChange: detail.watchForChange,
  };
  const Actions = actor.role === 'system' ? undefined : actionsByRole[actor.role];
  const validated = pilot.submissions.filter((s) => s.status === 'validated').at(-1);

  return (
    <>
      <p className="breadcrumb">
        <Link href="/">{t.common.back}</Link>
      </p>
      <PageTitle text={pilot.cityName} />
      <PilotFacts pilot={pilot} />
      <RunStatus pilot={pilot} />
      <div className="columns">
        <div className="stack">
          <NextSteps detail={data} />
          {Actions && <Actions {...props} />}
          <DocumentsPanel pilot={pilot} />
        </div>
        <div className="stack">
          <LetterPanel pilot={pilot} />
          <Timeline events={data.timeline} />
        </div>
      </div>
      <SubmissionsPanel pilot={pilot} />
      {validated && actor.role !== 'city' && (
        <Suspense fallback={<p className="muted">{t.common.loading}</p>}>
          <ResultsGrid pilotId={pilotId} version={validated.version} />
        </Suspense>
      )}
    </>
  );
}
