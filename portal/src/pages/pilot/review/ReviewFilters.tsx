// The review grid's filters: category, the data point's result, and its review state.
import { SelectField } from '../../../components/fields.tsx';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { categoryName, type GridFilters, reviewStates } from './reviewModel.ts';

interface Props {
  filters: GridFilters;
  categories: string[];
  onChange: (patch: Partial<GridFilters>) => void;
}

export function ReviewFilters({ filters, categories, onChange }: Props) {
  const { t, lang } = useI18n();
  const all = { value: '', label: t.common.all };
  return (
    <div className="filters">
      <SelectField
        label={t.results.category}
        value={filters.category}
        onChange={(e) => onChange({ category: e.target.value })}
        options={[all, ...categories.map((code) => ({ value: code, label: categoryName(code, lang) }))]}
      />
      <SelectField
        label={t.review.resultStatus}
        value={filters.result}
        onChange={(e) => onChange({ result: e.target.value })}
        options={[
          all,
          { value: 'reported', label: t.results.statuses.reported },
          { value: 'not_reported', label: t.results.statuses.not_reported },
        ]}
      />
      <SelectField
        label={t.review.reviewStatus}
        value={filters.review}
        onChange={(e) => onChange({ review: e.target.value })}
        options={[all, ...reviewStates.map((state) => ({ value: state, label: t.review.states[state] }))]}
      />
    </div>
  );
}
