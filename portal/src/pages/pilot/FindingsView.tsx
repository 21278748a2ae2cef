// The findings of one submission: severity, sheet, cell, data point and the message in the UI language.
import type { Finding, SubmissionOutcome, SubmissionView } from '../../api/types.ts';
import { Loaded } from '../../components/Loading.tsx';
import { TableHead } from '../../components/TableHead.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { FeedbackWorkbookLink } from './FeedbackWorkbookLink.tsx';

/** Findings have no id; rule, place and message identify one, with a counter for exact repeats. */
function withKeys(findings: Finding[]) {
  const seen = new Map<string, number>();
  return findings.map((item) => {
    const base = [item.rule, item.cell, item.dataPointId, item.message.en].join('|');
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { item, key: `${base}#${count}` };
  });
}

function FindingsTable({ findings, caption }: { findings: Finding[]; caption: string }) {
  const { t, lang } = useI18n();
  // Errors first: they are what blocks the submission.
  const sorted = [...findings].sort(
    (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'),
  );
  return (
    <div className="table-wrap">
      <table className="findings">
        <caption>{caption}</caption>
        <TableHead
          columns={[
            t.findings.severity,
            t.findings.sheet,
            t.findings.cell,
            t.findings.dataPoint,
            t.findings.message,
          ]}
        />
        <tbody>
          {withKeys(sorted).map(({ item: f, key }) => (
            <tr key={key} data-severity={f.severity}>
              <td>
                <span className={`badge badge-${f.severity === 'error' ? 'bad' : 'warn'}`}>
                  {t.findings.severities[f.severity]}
                </span>
              </td>
              <td>{f.sheet ?? '–'}</td>
              <td>{f.cell ? <code>{f.cell}</code> : '–'}</td>
              <td>{f.dataPointId ? <code>{f.dataPointId}</code> : '–'}</td>
              <td lang={lang === 'zh' ? 'zh-CN' : 'en'}>{f.message[lang]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FindingsView({ pilotId, submission }: { pilotId: string; submission: SubmissionView }) {
  const { t } = useI18n();
  const resource = useApi<SubmissionOutcome>(`/pilots/${pilotId}/submissions/${submission.version}`);
  if (submission.status === 'received') return <p className="muted">{t.submissions.statuses.received}…</p>;
  return (
    <Loaded resource={resource}>
      {(outcome) => (
        <>
          <p className={`notice ${outcome.valid ? 'notice-ok' : 'notice-error'}`}>
            {outcome.valid ? t.findings.valid : t.findings.invalid}
          </p>
          <FeedbackWorkbookLink pilotId={pilotId} version={submission.version} />
          {outcome.findings.length ? (
            <FindingsTable findings={outcome.findings} caption={t.findings.title(submission.version)} />
          ) : (
            <p>{t.findings.none}</p>
          )}
        </>
      )}
    </Loaded>
  );
}
