// Where the pilot stands among the programme's seven steps: done, current (or needing correction) and to come.
import type { Pilot } from '../../api/types.ts';
import { phaseOf, phases } from '../../components/phases.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export function StageStepper({ pilot }: { pilot: Pilot }) {
  const { t } = useI18n();
  const position = phaseOf[pilot.stage];
  if (position === 'ended')
    return (
      <p className="stepper-ended" role="note">
        {pilot.stage === 'declined' ? t.orientation.ended.declined : t.orientation.ended.withdrawn}
      </p>
    );
  const attention = pilot.stage === 'validation_failed';
  return (
    <ol className="stepper" aria-label={t.orientation.progress}>
      {phases.map((phase, step) => {
        const state = step < position ? 'done' : step === position ? 'current' : 'todo';
        const note =
          state === 'done'
            ? t.orientation.done
            : state === 'current'
              ? attention
                ? t.orientation.attention
                : t.orientation.current
              : undefined;
        return (
          <li
            key={phase}
            className="stepper-step"
            data-state={attention && state === 'current' ? 'attention' : state}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="stepper-mark" aria-hidden="true">
              {state === 'done' ? '✓' : step + 1}
            </span>
            <span className="stepper-label">{t.orientation.phases[phase]}</span>
            {note && <span className="visually-hidden">, {note}</span>}
          </li>
        );
      })}
    </ol>
  );
}
