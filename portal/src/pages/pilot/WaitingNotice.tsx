// Whom the pilot waits on, as the API derives it, with the date that binds them; "you" when it is the reader's turn.
import type { PilotDetail } from '../../api/types.ts';
import { DueDate } from '../../components/DueDate.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useActor } from '../../session.tsx';

/** The reader is the one waited on when their role is, or when they supervise the conclusion waiting for approval. */
function isReader(detail: PilotDetail, actor: ReturnType<typeof useActor>): boolean {
  const { on } = detail.waiting;
  if (on === 'supervisor') return actor.userId === detail.pilot.supervisorId;
  return on === actor.role;
}

export function WaitingNotice({ detail }: { detail: PilotDetail }) {
  const { t } = useI18n();
  const actor = useActor();
  const { on, dueAt, dueFor } = detail.waiting;
  const who = on === 'nobody' ? t.orientation.nobody : t.board.waiting[on];
  return (
    <p className="waiting" data-waiting={on}>
      <strong>{t.orientation.waitingOn}:</strong> {who}
      {isReader(detail, actor) && <span className="badge badge-info">{t.orientation.youAct}</span>}
      {dueAt && dueFor && (
        <>
          {' – '}
          {t.orientation.dueFor[dueFor]} <DueDate dueAt={dueAt} />
        </>
      )}
    </p>
  );
}
