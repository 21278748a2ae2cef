// The review grid's table: a header with "select all shown", then one row per shown data point.
import type { KeyboardEvent } from 'react';
import type { DataPointEvidence, DataPointResult, VerificationView } from '../../../api/types.ts';
import { type Column, TableHead } from '../../../components/TableHead.tsx';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { evidenceColumns } from './EvidenceCells.tsx';
import { ReviewRow } from './ReviewRow.tsx';
import { reviewStateOf } from './reviewModel.ts';

interface Props {
  pilotId: string;
  shown: DataPointResult[];
  /** The evidence beside each data point, by id. */
  evidence: ReadonlyMap<string, DataPointEvidence>;
  verification?: VerificationView;
  editable: boolean;
  rovingId?: string;
  selected: ReadonlySet<string>;
  /** Row elements by data point id, so the keyboard can move focus between them. */
  rows: Map<string, HTMLTableRowElement>;
  describedBy?: string;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocusRow: (id: string) => void;
  onToggle: (id: string) => void;
  onSelectShown: (all: boolean) => void;
  onAccept: (id: string) => void;
  onDecide: (id: string) => void;
}

export function ReviewTable(props: Props) {
  const { shown, verification, editable, selected, rows } = props;
  const { t } = useI18n();
  const allShown = shown.length > 0 && shown.every((r) => selected.has(r.dataPointId));
  const columns: Column[] = [
    t.results.dataPoint,
    t.results.indicator,
    t.results.category,
    { label: t.results.value, numeric: true },
    t.results.unit,
    ...evidenceColumns(t),
    t.review.resultStatus,
    t.review.reviewStatus,
  ];
  const selectAll = (
    <input
      key="all"
      type="checkbox"
      checked={allShown}
      onChange={(e) => props.onSelectShown(e.target.checked)}
      aria-label={t.review.selectShown}
    />
  );
  const actionsHeader = (
    <span key="actions" className="visually-hidden">
      {t.review.decision}
    </span>
  );
  return (
    <div className="table-wrap tall">
      <table className="results review" aria-describedby={props.describedBy}>
        <caption className="visually-hidden">{t.review.caption}</caption>
        <TableHead columns={editable ? [selectAll, ...columns, actionsHeader] : columns} />
        <tbody onKeyDown={props.onKeyDown}>
          {shown.map((r) => (
            <ReviewRow
              key={r.dataPointId}
              pilotId={props.pilotId}
              result={r}
              evidence={props.evidence.get(r.dataPointId)}
              state={reviewStateOf(verification, r.dataPointId)}
              note={verification?.reviews[r.dataPointId]?.note}
              active={r.dataPointId === props.rovingId}
              selected={selected.has(r.dataPointId)}
              editable={editable}
              rowRef={(element) => {
                if (element) rows.set(r.dataPointId, element);
                else rows.delete(r.dataPointId);
              }}
              onFocusRow={() => props.onFocusRow(r.dataPointId)}
              onToggle={() => props.onToggle(r.dataPointId)}
              onAccept={() => props.onAccept(r.dataPointId)}
              onDecide={() => props.onDecide(r.dataPointId)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
