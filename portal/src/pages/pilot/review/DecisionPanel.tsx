// The decision form for the grid's current data point: a review status with its note, or a query to the city.
import { type KeyboardEvent, type RefObject, useId } from 'react';
import { unitIn } from '../../../../../core/kpis/units.ts';
import type { DataPointResult, DataPointReviewState, ReviewStatus } from '../../../api/types.ts';
import { ActionForm, text } from '../../../components/ActionForm.tsx';
import { RadioGroup, TextArea } from '../../../components/fields.tsx';
import { formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { kpiName, stateTone } from './reviewModel.ts';

const statuses: ReviewStatus[] = ['accepted', 'accepted_with_note', 'not_verified', 'rejected'];

interface Props {
  result: DataPointResult;
  state: DataPointReviewState;
  status: ReviewStatus;
  onStatus: (status: ReviewStatus) => void;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  questionRef: RefObject<HTMLTextAreaElement | null>;
  onDecide: (status: ReviewStatus, note?: string) => Promise<void>;
  onQuery: (question: string) => Promise<void>;
  /** Escape leaves the form for the grid row it came from. */
  onEscape: () => void;
}

export function DecisionPanel(props: Props) {
  const { result: r, state, status } = props;
  const { t, lang } = useI18n();
  const id = useId();
  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    props.onEscape();
  };
  return (
    <section className="decision" aria-labelledby={id} onKeyDown={onEscape}>
      <h3 id={id}>{t.review.current(r.dataPointId)}</h3>
      <p>
        {kpiName(r, lang)} · {t.review.value}: {r.value === null ? '–' : formatNumber(r.value, lang)}{' '}
        {unitIn(r.unit, lang)} ·{' '}
        <span className={`badge badge-${stateTone[state]}`}>{t.review.states[state]}</span>
      </p>
      <div className="grid-2">
        <ActionForm
          submitLabel={t.review.save}
          onSubmit={(data) => props.onDecide(status, text(data, 'note'))}
          resetOnSuccess
        >
          <RadioGroup
            legend={t.review.decision}
            name="status"
            value={status}
            onChange={props.onStatus}
            options={statuses.map((value) => ({ value, label: t.review.states[value] }))}
          />
          <TextArea
            ref={props.noteRef}
            label={t.review.note}
            hint={t.review.noteHint}
            name="note"
            rows={2}
            required={status !== 'accepted'}
            minLength={3}
          />
        </ActionForm>
        <ActionForm
          submitLabel={t.review.raise}
          onSubmit={(data) => props.onQuery(text(data, 'question') ?? '')}
          variant="secondary"
          resetOnSuccess
        >
          <TextArea
            ref={props.questionRef}
            label={t.review.question}
            hint={t.review.questionHint}
            name="question"
            rows={3}
            required
            minLength={5}
          />
        </ActionForm>
      </div>
    </section>
  );
}
