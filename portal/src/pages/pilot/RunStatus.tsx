// Announces the automated stage machine's progress (or failure) politely to screen readers.
import type { Pilot } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export function RunStatus({ pilot }: { pilot: Pilot }) {
  const { t } = useI18n();
  const failure = !pilot.pendingRun && pilot.lastFailure;
  return (
    <div className="run-status">
      <p role="status" aria-live="polite" className={pilot.pendingRun ? 'running' : 'muted'}>
        {pilot.pendingRun && <span className="spinner" aria-hidden="true" />}
        {pilot.pendingRun ? t.pilot.running(t.machines[pilot.pendingRun.machine]) : t.pilot.upToDate}
      </p>
      {failure && (
        <p role="alert" className="notice notice-error">
          {t.pilot.failed(t.machines[failure.machine], failure.error)}
        </p>
      )}
    </div>
  );
}
