// What the signed-in role has still to do on the pilot: the API's next steps that can succeed now (their
// precondition holds) and are outstanding, not corrections of something done.
import type { PilotDetail } from '../../api/types.ts';
import { Panel } from '../../components/Panel.tsx';
import { humanize } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export function NextSteps({ detail }: { detail: PilotDetail }) {
  const { t } = useI18n();
  const steps = detail.nextSteps.filter((step) => step.ready && step.outstanding);
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
