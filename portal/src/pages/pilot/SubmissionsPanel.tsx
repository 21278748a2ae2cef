// Version history of uploaded workbooks with status; choosing a version shows its validation findings.
import { useState } from 'react';
import type { Pilot, SubmissionView } from '../../api/types.ts';
import { Panel } from '../../components/Panel.tsx';
import { TableHead } from '../../components/TableHead.tsx';
import { formatBytes, formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { FindingsView } from './FindingsView.tsx';
import { VersionChanges } from './VersionChanges.tsx';

const statusTone = { received: 'info', validated: 'good', rejected: 'bad' } as const;

function VersionRow({ s, shown, onShow }: { s: SubmissionView; shown: boolean; onShow: () => void }) {
  const { t, lang } = useI18n();
  return (
    <tr aria-current={shown ? 'true' : undefined}>
      <th scope="row">v{s.version}</th>
      <td>{formatDateTime(s.receivedAt, lang)}</td>
      <td>{formatBytes(s.size, lang)}</td>
      <td>
        <span className={`badge badge-${statusTone[s.status]}`}>{t.submissions.statuses[s.status]}</span>
      </td>
      <td>{s.summary ? t.submissions.counts(s.summary.errors, s.summary.warnings) : '–'}</td>
      <td>
        {shown ? (
          <span className="muted">{t.submissions.showing}</span>
        ) : (
          <button type="button" className="button button-link" onClick={onShow}>
            {t.submissions.show(s.version)}
          </button>
        )}
      </td>
    </tr>
  );
}

export function SubmissionsPanel({ pilot }: { pilot: Pilot }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<number>();
  const latest = pilot.submissions.at(-1);
  const shown = pilot.submissions.find((s) => s.version === chosen) ?? latest;
  if (!shown) return null;
  return (
    <Panel title={t.submissions.title}>
      <div className="table-wrap">
        <table className="versions">
          <caption className="visually-hidden">{t.submissions.title}</caption>
          <TableHead
            columns={[
              t.submissions.version,
              t.submissions.received,
              t.submissions.size,
              t.submissions.status,
              t.submissions.findings,
              <span key="show" className="visually-hidden">
                {t.submissions.showing}
              </span>,
            ]}
          />
          <tbody>
            {[...pilot.submissions].reverse().map((s) => (
              <VersionRow key={s.version} s={s} shown={s === shown} onShow={() => setChosen(s.version)} />
            ))}
          </tbody>
        </table>
      </div>
      <VersionChanges pilot={pilot} />
      {/* Keyed by status so the findings load again once validation of the shown version finishes. */}
      <FindingsView key={`${shown.version}-${shown.status}`} pilotId={pilot.pilotId} submission={shown} />
    </Panel>
  );
}
