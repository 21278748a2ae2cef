// The commands the signed-in role may issue next on the pilot, as the API's nextSteps list them.
import type { PilotDetail } from '../../api/types.ts';
import { Panel } from '../../components/Panel.tsx';
import { humanize } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** nextSteps follow stage and role only; a retry makes sense only after a failure. */
const relevantSteps = ({ nextSteps, pilot }: PilotDetail) =>
  nextSteps.filter((step) => step.command !== 'retryStage' || pilot.lastFailure);

export function NextSteps({ detail }: { detail: PilotDetail }) {
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
