// The certified cycles an edition can draw on, one checkbox each; each city's latest is ticked to begin with.
import { Loaded } from '../../../components/Loading.tsx';
import { useApi } from '../../../hooks/useApi.ts';
import { formatDate } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { EligibleCycle } from './types.ts';

/** The form field's name: the compose form sends every ticked pilot id under it. */
export const cyclesField = 'cycles';

export function CyclePicker() {
  const { t, lang } = useI18n();
  const eligible = useApi<{ cycles: EligibleCycle[] }>('/index/eligible-cycles');
  return (
    <Loaded resource={eligible}>
      {({ cycles }) => (
        <fieldset className="cycle-picker">
          <legend>{t.indexComposer.pickCycles}</legend>
          <p className="hint">{t.indexComposer.pickCyclesHint}</p>
          {cycles.map((cycle) => (
            <div className="checkbox" key={cycle.pilotId}>
              <input
                type="checkbox"
                id={`cycle-${cycle.pilotId}`}
                name={cyclesField}
                value={cycle.pilotId}
                defaultChecked={cycle.latest}
              />
              <label htmlFor={`cycle-${cycle.pilotId}`}>
                {t.indexComposer.cycleLabel(
                  cycle.cityName,
                  cycle.certificateNumber,
                  formatDate(cycle.certifiedAt, lang),
                  cycle.latest,
                )}
              </label>
            </div>
          ))}
        </fieldset>
      )}
    </Loaded>
  );
}
