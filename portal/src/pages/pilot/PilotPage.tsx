// One pilot: its facts, progress and whom it waits on, live status, then in sections a bar of links reaches: the
// signed-in role's actions and the timeline, queries and interviews, versions, the review grid, documents and scores.
import { lazy, Suspense } from 'react';
import { api } from '../../api/client.ts';
import type { CommandName } from '../../api/types.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router.tsx';
import { useActor } from '../../session.tsx';
import { CallsPanel } from './CallsPanel.tsx';
import { CityActions } from './CityActions.tsx';
import { ClarificationsPanel } from './ClarificationsPanel.tsx';
import { CostsPanel } from './CostsPanel.tsx';
import { DeadlinePanel } from './DeadlinePanel.tsx';
import { DocumentsPanel } from './DocumentsPanel.tsx';
import { DraftReviewPanel } from './draft/DraftReviewPanel.tsx';
import { InterviewLog } from './InterviewLog.tsx';
import { MaturityPanel } from './MaturityPanel.tsx';
import { NextSteps } from './NextSteps.tsx';
import { LetterPanel, PilotFacts } from './PilotFacts.tsx';
import { PilotSection, type SectionName, SectionNav } from './PilotSections.tsx';
import { QueriesPanel } from './queries/QueriesPanel.tsx';
import { ReadinessPanel } from './ReadinessPanel.tsx';
import { RunStatus } from './RunStatus.tsx';
import { SecretariatActions } from './SecretariatActions.tsx';
import { StageStepper } from './StageStepper.tsx';
import { SubmissionsPanel } from './SubmissionsPanel.tsx';
import { ScorePanel } from './score/ScorePanel.tsx';
import { CityStory } from './story/CityStory.tsx';
import { TeamPanel } from './TeamPanel.tsx';
import { Timeline } from './Timeline.tsx';
import type { ActionProps } from './types.ts';
import { Unavailable } from './Unavailable.tsx';
import { usePilotDetail } from './usePilotDetail.ts';
import { VerifierActions } from './VerifierActions.tsx';
import { WaitingNotice } from './WaitingNotice.tsx';

const ReviewGrid = lazy(() => import('./review/ReviewGrid.tsx'));
const actionsByRole = { secretariat: SecretariatActions, city: CityActions, verifier: VerifierActions };

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
  const reviewing = actor.role === 'verifier' && props.can('reviewDataPoints') && !pilot.verification?.lock;
  const showsReview = validated !== undefined && actor.role !== 'city';
  const sections: SectionName[] = [
    'overview',
    ...(pilot.verification ? (['queries'] as const) : []),
    ...(pilot.submissions.length ? (['submissions'] as const) : []),
    ...(showsReview ? (['review'] as const) : []),
    'documents',
  ];

  return (
    <>
      <p className="breadcrumb">
        <Link href="/">{t.common.back}</Link>
      </p>
      <PageTitle text={pilot.cityName} />
      <StageStepper pilot={pilot} />
      <PilotFacts pilot={pilot} />
      <WaitingNotice detail={data} />
      <RunStatus pilot={pilot} />
      <SectionNav shown={sections} />
      <PilotSection name="overview">
        <div className="columns">
          <div className="stack">
            <NextSteps detail={data} />
            {Actions && <Actions {...props} />}
            <DeadlinePanel {...props} />
            <TeamPanel {...props} />
            <CostsPanel {...props} />
            <ClarificationsPanel {...props} />
            <CallsPanel {...props} />
            <ReadinessPanel pilot={pilot} />
            <MaturityPanel pilot={pilot} />
            <CityStory {...props} />
          </div>
          <div className="stack">
            <LetterPanel pilot={pilot} />
            <Timeline pilotId={pilotId} events={data.timeline} olderBefore={data.olderBefore} />
          </div>
        </div>
        <DraftReviewPanel {...props} />
      </PilotSection>
      {sections.includes('queries') && (
        <PilotSection name="queries">
          <QueriesPanel {...props} />
          {actor.role !== 'city' && <InterviewLog {...props} />}
        </PilotSection>
      )}
      {sections.includes('submissions') && (
        <PilotSection name="submissions">
          <SubmissionsPanel pilot={pilot} />
        </PilotSection>
      )}
      {validated && showsReview && (
        <PilotSection name="review">
          <Suspense fallback={<p className="muted">{t.common.loading}</p>}>
            <ReviewGrid
              pilotId={pilotId}
              version={validated.version}
              verification={pilot.verification}
              editable={reviewing}
              act={props.act}
            />
          </Suspense>
        </PilotSection>
      )}
      <PilotSection name="documents">
        <DocumentsPanel pilot={pilot} />
        <ScorePanel pilot={pilot} />
      </PilotSection>
    </>
  );
}
