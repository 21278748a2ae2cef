// The evidence cells of one review row: what the city typed (inputs, quality, origin, source, notes), the previous
// cycle's value, the range the validation rules expect, and the files attached to the data point's queries and
// interviews, each downloadable.
import type { DataPointEvidence, DataPointResult } from '../../../api/types.ts';
import { FileDownloadButton } from '../../../components/FileDownloadButton.tsx';
import type { Column } from '../../../components/TableHead.tsx';
import type { Messages } from '../../../i18n/en.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';

export const evidenceColumns = (t: Messages): Column[] => [
  { label: `${t.evidence.numerator} / ${t.evidence.denominator}`, numeric: true },
  { label: t.evidence.previous, numeric: true },
  t.evidence.expected,
  `${t.evidence.quality} · ${t.evidence.origin} · ${t.evidence.source}`,
  t.evidence.notes,
  t.evidence.files,
];

/** Whether a value lies outside the expected range (then the row says so). */
export function outsideRange(value: number | null, evidence?: DataPointEvidence): boolean {
  const range = evidence?.expectedRange;
  if (value === null || !range) return false;
  return (range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max);
}

export function EvidenceCells({
  pilotId,
  result: r,
  evidence,
}: {
  pilotId: string;
  result: DataPointResult;
  evidence?: DataPointEvidence;
}) {
  const { t, lang } = useI18n();
  const n = (value: number | null | undefined) =>
    value === undefined || value === null ? t.evidence.none : formatNumber(value, lang);
  const inputs = r.inputs ?? {};
  const range = evidence?.expectedRange;
  const bound = (value?: number) => (value === undefined ? undefined : formatNumber(value, lang));
  const typed =
    'value' in inputs && !('numerator' in inputs)
      ? `${t.evidence.typed}: ${n(inputs.value)}`
      : `${n(inputs.numerator)} / ${n(inputs.denominator)}`;
  return (
    <>
      <td className="num">{r.inputs ? typed : t.evidence.none}</td>
      <td className="num">{evidence?.previous ? n(evidence.previous.value) : t.evidence.none}</td>
      <td title={range ? t.evidence.rules(range.rules.join(', ')) : undefined}>
        {range && (range.min !== undefined || range.max !== undefined)
          ? t.evidence.range(bound(range.min), bound(range.max))
          : t.evidence.none}
        {outsideRange(r.value, evidence) && (
          <span className="badge badge-warn row-note">{t.evidence.outside}</span>
        )}
      </td>
      <td>
        <dl className="evidence-facts">
          <dt>{t.evidence.quality}</dt>
          <dd>{r.dataQuality ?? t.evidence.none}</dd>
          <dt>{t.evidence.origin}</dt>
          <dd>{r.dataOrigin ?? t.evidence.none}</dd>
          <dt>{t.evidence.source}</dt>
          <dd>{r.source ?? t.evidence.none}</dd>
        </dl>
      </td>
      <td className="evidence-notes">{r.notes ?? t.evidence.none}</td>
      <td>
        {evidence?.files.length ? (
          <ul className="evidence-files">
            {evidence.files.map((file) => (
              <li key={`${file.queryId ?? 'interview'}-${file.uploadId}`}>
                <FileDownloadButton
                  path={
                    file.queryId
                      ? `/pilots/${pilotId}/queries/${file.queryId}/evidence/${file.uploadId}`
                      : `/pilots/${pilotId}/interview-attachments/${file.uploadId}`
                  }
                  label={file.fileName}
                />{' '}
                <span className="muted">
                  ({file.queryId ? t.evidence.fromQuery(file.queryId) : t.evidence.fromInterview})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          t.evidence.none
        )}
      </td>
    </>
  );
}
