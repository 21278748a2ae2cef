// The review grid's working area: filters, bulk bar, announcements, the table and the current row's decision form.
import { useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type {
  DataPointEvidence,
  DataPointResult,
  ReviewStatus,
  VerificationView,
} from '../../../api/types.ts';
import { useConfirm } from '../../../components/ConfirmDialog.tsx';
import { ErrorNotice } from '../../../components/ErrorNotice.tsx';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { DecisionPanel } from './DecisionPanel.tsx';
import { ReviewFilters } from './ReviewFilters.tsx';
import { ReviewTable } from './ReviewTable.tsx';
import { reviewKeyHandler } from './reviewKeys.ts';
import { categoryOf, type GridFilters, matchesFilters, reviewStateOf } from './reviewModel.ts';
import { useReviewActions } from './useReviewActions.ts';

export interface Props {
  pilotId: string;
  version: number;
  verification?: VerificationView;
  /** Whether the signed-in verifier may record decisions now. */
  editable: boolean;
  act: (path: string, body: object) => Promise<void>;
}

export function ReviewWorkspace({
  pilotId,
  results,
  evidence,
  verification,
  editable,
  act,
}: Props & { results: DataPointResult[]; evidence: ReadonlyMap<string, DataPointEvidence> }) {
  const { t } = useI18n();
  const [dialog, ask] = useConfirm();
  const helpId = useId();
  const [filters, setFilters] = useState<GridFilters>({ category: '', result: '', review: '' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string>();
  const [status, setStatus] = useState<ReviewStatus>('accepted');
  const rows = useRef(new Map<string, HTMLTableRowElement>());
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const questionRef = useRef<HTMLTextAreaElement>(null);
  const actions = useReviewActions(act);
  const codes = useMemo(() => [...new Set(results.map(categoryOf))], [results]);
  const stateOf = (id: string) => reviewStateOf(verification, id);
  const shown = results.filter((r) => matchesFilters(r, stateOf(r.dataPointId), filters));
  const current = shown.find((r) => r.dataPointId === activeId);
  const rovingId = current?.dataPointId ?? shown[0]?.dataPointId;

  const focusRow = (id: string | undefined) => id && rows.current.get(id)?.focus();
  const toggle = (id: string) =>
    setSelected((now) => {
      const next = new Set(now);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const acceptSelected = actions.showingErrors(async () => {
    // Accepting many at once is confirmed: a stray key or click must not accept 132 data points.
    if (!(await ask(t.confirm.acceptAll(selected.size), t.review.acceptSelected(selected.size)))) return;
    await actions.acceptAll([...selected]);
    setSelected(new Set());
  });
  const openForm = (field: typeof noteRef, next?: ReviewStatus) => {
    flushSync(() => {
      setActiveId(rovingId);
      if (next) setStatus(next);
    });
    field.current?.focus();
  };
  const onKeyDown = reviewKeyHandler(
    {
      move: (to) => {
        const index = shown.findIndex((r) => r.dataPointId === rovingId);
        const target = to === 'first' ? 0 : to === 'last' ? shown.length - 1 : index + to;
        focusRow(shown[Math.max(0, Math.min(shown.length - 1, target))]?.dataPointId);
      },
      toggle: () => rovingId && toggle(rovingId),
      accept: () => rovingId && actions.showingErrors(actions.decide)(rovingId, 'accepted'),
      acceptSelected: () => selected.size > 0 && acceptSelected(),
      decide: (next) => openForm(noteRef, next),
      query: () => openForm(questionRef),
    },
    editable,
  );

  return (
    <>
      <ReviewFilters
        filters={filters}
        categories={codes}
        onChange={(p) => setFilters({ ...filters, ...p })}
      />
      <p role="status" className="muted">
        {t.results.shown(shown.length, results.length)}
      </p>
      {editable && (
        <div className="bulk-bar">
          <p id={helpId} className="keys-help">
            <strong>{t.review.keysTitle}:</strong> {t.review.keys}
          </p>
          <button
            type="button"
            className="button button-primary"
            disabled={selected.size === 0}
            onClick={acceptSelected}
          >
            {t.review.acceptSelected(selected.size)}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={selected.size === 0}
            onClick={() => setSelected(new Set())}
          >
            {t.review.clearSelection}
          </button>
        </div>
      )}
      <p role="status" className="notice-ok">
        {actions.announcement}
      </p>
      {actions.error && <ErrorNotice error={actions.error} />}
      {dialog}
      <ReviewTable
        pilotId={pilotId}
        evidence={evidence}
        shown={shown}
        verification={verification}
        editable={editable}
        rovingId={rovingId}
        selected={selected}
        rows={rows.current}
        describedBy={editable ? helpId : undefined}
        onKeyDown={onKeyDown}
        onFocusRow={(id) => {
          if (id !== activeId) setStatus('accepted');
          setActiveId(id);
        }}
        onToggle={toggle}
        onSelectShown={(all) => setSelected(new Set(all ? shown.map((r) => r.dataPointId) : []))}
        onAccept={(id) => actions.showingErrors(actions.decide)(id, 'accepted')}
        onDecide={(id) => {
          flushSync(() => setActiveId(id));
          noteRef.current?.focus();
        }}
      />
      {editable && current && (
        <DecisionPanel
          key={current.dataPointId}
          result={current}
          state={stateOf(current.dataPointId)}
          status={status}
          onStatus={setStatus}
          noteRef={noteRef}
          questionRef={questionRef}
          onDecide={(next, note) => actions.decide(current.dataPointId, next, note)}
          onQuery={(question) => actions.query(current.dataPointId, question)}
          onEscape={() => focusRow(current.dataPointId)}
        />
      )}
      {editable && !current && <p className="muted">{t.review.chooseRow}</p>}
    </>
  );
}
