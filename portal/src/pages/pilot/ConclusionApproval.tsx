// Secretariat: the supervising staff member approves the verifier's conclusion or returns it with comments.
import { ActionForm } from '../../components/ActionForm.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useActor } from '../../session.tsx';
import { ReasonForm } from './ReasonForm.tsx';
import type { ActionProps } from './types.ts';

export function ConclusionApproval({ detail, act }: ActionProps) {
  const { t } = useI18n();
  const actor = useActor();
  const { pilot } = detail;
  // Only the appointed supervisor may decide; other staff see who is expected to.
  if (actor.userId !== pilot.supervisorId)
    return <p className="notice notice-ok">{t.verifier.awaiting(pilot.supervisorId ?? '–')}</p>;
  return (
    <Panel title={t.approval.title}>
      <p>{t.approval.body}</p>
      <ActionForm
        submitLabel={t.approval.approve}
        onSubmit={() => act('conclusion-decision', { decision: 'approve' })}
      />
      <ReasonForm
        label={t.approval.comments}
        submitLabel={t.approval.return}
        onSubmit={(comments) => act('conclusion-decision', { decision: 'return', comments })}
      />
    </Panel>
  );
}
