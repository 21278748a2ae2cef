// The certification checklist: every readiness rule in force, met or not, with the dimensions' core coverage and the
// data points or queries that keep a rule unmet; shown from data collection on so nobody meets it at the last step.
import type { Pilot, Readiness, ReadinessCheck, Stage } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

const SHOWN_IN: readonly Stage[] = [
  'data_collection',
  'submitted',
  'validation_failed',
  'validated',
  'verifier_assigned',
  'in_verification',
  'verified',
  'reported',
];
const LISTED = 12;

export function ReadinessPanel({ pilot }: { pilot: Pilot }) {
  if (!SHOWN_IN.includes(pilot.stage)) return null;
  // Keyed on the pilot's version: every recorded change may change the checklist.
  return <Checklist key={pilot.version} pilotId={pilot.pilotId} />;
}

function Checklist({ pilotId }: { pilotId: string }) {
  const { t } = useI18n();
  const { data, error } = useApi<Readiness>(`/pilots/${pilotId}/readiness`);
  const unmet = data?.checks.filter((c) => !c.met).length ?? 0;
  return (
    <Panel title={t.readiness.title} className="readiness">
      {error && <ErrorNotice error={error} />}
      {!data && !error && <p className="muted">{t.common.loading}</p>}
      {data && (
        <>
          <p className="muted">{t.readiness.intro(data.rulesVersion)}</p>
          <p role="status" data-ready={data.ready}>
            {data.ready ? t.readiness.ready : t.readiness.notReady(unmet)}
          </p>
          <ul className="checklist">
            {data.checks.map((check) => (
              <CheckItem key={check.kind} check={check} />
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}

function CheckItem({ check }: { check: ReadinessCheck }) {
  const { t, lang } = useI18n();
  // Open queries are listed in the queries panel; data points are named here.
  const listed = check.dataPointIds ?? [];
  return (
    <li data-kind={check.kind} data-met={check.met}>
      <span className={`badge ${check.met ? 'badge-good' : 'badge-bad'}`}>
        {check.met ? `✓ ${t.readiness.met}` : `✗ ${t.readiness.unmet}`}
      </span>{' '}
      {check.message[lang]}
      {check.dimensions && (
        <ul className="coverage">
          {check.dimensions.map((d) => (
            <li key={d.dimension}>
              <span>{lang === 'zh' ? d.nameZh : d.nameEn}</span>{' '}
              <meter
                min={0}
                max={d.total}
                value={d.verified}
                aria-label={t.readiness.coverage(d.verified, d.total)}
              />{' '}
              <span className="muted">{t.readiness.coverage(d.verified, d.total)}</span>
            </li>
          ))}
        </ul>
      )}
      {listed.length > 0 && (
        <p className="muted">
          {t.readiness.dataPoints}: {listed.slice(0, LISTED).join(', ')}
          {listed.length > LISTED && ` ${t.readiness.more(listed.length - LISTED)}`}
        </p>
      )}
    </li>
  );
}
