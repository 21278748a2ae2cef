// The computed result of every data point of a validated submission, filterable by category and status.
// Loaded on demand: it brings the KPI names in both languages from the catalogue data.
import { useMemo, useState } from 'react';
import { rawKpis } from '../../../../core/kpis/data/index.ts';
import { categories } from '../../../../core/kpis/data/taxonomy.ts';
import type { DataPointResult, SubmissionResults } from '../../api/types.ts';
import { SelectField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Panel } from '../../components/Panel.tsx';
import { TableHead } from '../../components/TableHead.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

const kpiNames = new Map(rawKpis.map((kpi) => [kpi.id, { en: kpi.nameEn, zh: kpi.nameZh }]));
/** The category is the third segment of a KPI id such as EC.ICT.ICT.1C. */
const categoryOf = (result: DataPointResult) => result.kpiId.split('.')[2] ?? '';

function Grid({ results }: { results: DataPointResult[] }) {
  const { t, lang } = useI18n();
  const [category, setCategory] = useState('');
  const [status, setStatus] = useState('');
  const codes = useMemo(() => [...new Set(results.map(categoryOf))], [results]);
  const categoryName = (code: string) => {
    const names = categories[code];
    return names ? (lang === 'zh' ? names.nameZh : names.nameEn) : code;
  };
  const shown = results.filter(
    (r) => (!category || categoryOf(r) === category) && (!status || r.status === status),
  );
  const all = { value: '', label: t.common.all };
  return (
    <>
      <div className="filters">
        <SelectField
          label={t.results.category}
          value={category}
          onChange={(e) => setCategory(e.target.value)}
          options={[all, ...codes.map((code) => ({ value: code, label: categoryName(code) }))]}
        />
        <SelectField
          label={t.results.status}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          options={[
            all,
            { value: 'reported', label: t.results.statuses.reported },
            { value: 'not_reported', label: t.results.statuses.not_reported },
          ]}
        />
      </div>
      <p role="status" className="muted">
        {t.results.shown(shown.length, results.length)}
      </p>
      <div className="table-wrap tall">
        <table className="results">
          <TableHead
            columns={[
              t.results.dataPoint,
              t.results.indicator,
              t.results.category,
              t.results.tier,
              { label: t.results.value, numeric: true },
              t.results.unit,
              t.results.status,
            ]}
          />
          <tbody>
            {shown.map((r) => (
              <tr key={r.dataPointId} data-status={r.status}>
                <th scope="row">
                  <code>{r.dataPointId}</code>
                </th>
                <td title={r.labelEn}>{kpiNames.get(r.kpiId)?.[lang] ?? r.labelEn}</td>
                <td>{categoryName(categoryOf(r))}</td>
                <td>{t.results.tiers[r.tier]}</td>
                <td className="num">{r.value === null ? '–' : formatNumber(r.value, lang)}</td>
                <td>{r.unit}</td>
                <td>{t.results.statuses[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export default function ResultsGrid({ pilotId, version }: { pilotId: string; version: number }) {
  const { t } = useI18n();
  const resource = useApi<SubmissionResults>(`/pilots/${pilotId}/submissions/${version}`);
  return (
    <Panel title={t.results.title(version)}>
      <Loaded resource={resource}>{(outcome) => <Grid results={outcome.results} />}</Loaded>
    </Panel>
  );
}
