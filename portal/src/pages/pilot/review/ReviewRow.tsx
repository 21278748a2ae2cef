// One data point in the review grid: its result, the evidence behind it and its review state, with select, accept
// and decide controls.
import type { Ref } from 'react';
import { unitIn } from '../../../../../core/kpis/units.ts';
import type { DataPointEvidence, DataPointResult, DataPointReviewState } from '../../../api/types.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { EvidenceCells } from './EvidenceCells.tsx';
import { categoryName, categoryOf, kpiName, stateTone } from './reviewModel.ts';

interface Props {
  pilotId: string;
  result: DataPointResult;
  evidence?: DataPointEvidence;
  state: DataPointReviewState;
  note?: string;
  /** The row keyboard focus rests on: only it is in the tab order (roving tab index). */
  active: boolean;
  selected: boolean;
  editable: boolean;
  rowRef: Ref<HTMLTableRowElement>;
  onFocusRow: () => void;
  onToggle: () => void;
  onAccept: () => void;
  onDecide: () => void;
}

export function ReviewRow(props: Props) {
  const { result: r, state, note, active, selected, editable } = props;
  const { t, lang } = useI18n();
  const tab = active ? 0 : -1;
  return (
    <tr
      ref={props.rowRef}
      data-id={r.dataPointId}
      data-review={state}
      data-status={r.status}
      className={`${active ? 'active' : ''} ${selected ? 'selected' : ''}`}
      tabIndex={tab}
      onFocus={props.onFocusRow}
    >
      {editable && (
        <td>
          <input
            type="checkbox"
            tabIndex={tab}
            checked={selected}
            onChange={props.onToggle}
            aria-label={t.review.select(r.dataPointId)}
          />
        </td>
      )}
      <th scope="row">
        <code>{r.dataPointId}</code>
      </th>
      <td title={r.labelEn}>{kpiName(r, lang)}</td>
      <td>{categoryName(categoryOf(r), lang)}</td>
      <td className="num">{r.value === null ? '–' : formatNumber(r.value, lang)}</td>
      <td>{unitIn(r.unit, lang)}</td>
      <EvidenceCells pilotId={props.pilotId} result={r} evidence={props.evidence} />
      <td>{t.results.statuses[r.status]}</td>
      <td>
        <span className={`badge badge-${stateTone[state]}`}>{t.review.states[state]}</span>
        {note && <span className="row-note">{note}</span>}
      </td>
      {editable && (
        <td className="row-actions">
          <button
            type="button"
            className="button button-small button-secondary"
            tabIndex={tab}
            aria-label={t.review.acceptOne(r.dataPointId)}
            onClick={props.onAccept}
          >
            {t.review.accept}
          </button>
          <button
            type="button"
            className="button button-small button-link"
            tabIndex={tab}
            aria-label={t.review.moreOne(r.dataPointId)}
            onClick={props.onDecide}
          >
            {t.review.more}
          </button>
        </td>
      )}
    </tr>
  );
}
