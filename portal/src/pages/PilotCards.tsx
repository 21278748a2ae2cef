// Pilots as cards linking to their pages: the city's and the verifier's home pages use it.
import type { PilotSummary } from '../api/types.ts';
import { DueDate } from '../components/DueDate.tsx';
import { StageBadge } from '../components/StageBadge.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router.tsx';

export function PilotCards({ pilots }: { pilots: PilotSummary[] }) {
  const { t } = useI18n();
  return (
    <ul className="cards">
      {pilots.map((pilot) => (
        <li key={pilot.pilotId} className="card">
          <h3>
            <Link href={`/pilots/${pilot.pilotId}`}>{pilot.cityName}</Link>
          </h3>
          <p className="muted">
            {pilot.country} · <code>{pilot.pilotId}</code>
          </p>
          <p>
            <StageBadge stage={pilot.stage} />
          </p>
          {pilot.dueAt && (
            <p>
              {pilot.dueKind === 'verification' ? t.due.verification : t.due.submission}:{' '}
              <DueDate dueAt={pilot.dueAt} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
