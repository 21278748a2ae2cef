// Verifier decisions: accept (with a declaration of independence) or decline the task, then submit the
// conclusion for the supervisor's approval or return the data to the city.

import { useState } from 'react';
import type { Proposal } from '../../../../core/guidance/proposals.ts';
import { CONFIDENTIALITY_UNDERTAKING } from '../../../../core/lifecycle/terms.ts';
import type { SubmissionResults } from '../../api/types.ts';
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { CheckboxField, TextArea } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { ProgrammeTextView } from '../../components/ProgrammeTextView.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { AuditOverrides, auditResultsOf } from './AuditOverrides.tsx';
import { ConclusionAudit } from './ConclusionAudit.tsx';
import { GuidanceFields, guidanceOf } from './GuidanceFields.tsx';
import { ReasonForm } from './ReasonForm.tsx';
import type { ActionProps } from './types.ts';

function AcceptTask({ act }: ActionProps) {
  const { t } = useI18n();
  const accept = (data: FormData) =>
    act('verification-response', {
      decision: 'accept',
      declaration: {
        noConflictOfInterest: data.get('noConflict') === 'on',
        statement: text(data, 'statement'),
        confidentiality: {
          version: CONFIDENTIALITY_UNDERTAKING.version,
          accepted: data.get('undertaking') === 'on',
        },
      },
    });
  return (
    <Panel title={t.verifier.respond}>
      <ActionForm submitLabel={t.verifier.accept} onSubmit={accept}>
        <CheckboxField label={t.verifier.noConflict} name="noConflict" required />
        <TextArea
          label={t.verifier.statement}
          hint={t.verifier.statementHint}
          name="statement"
          required
          minLength={10}
          rows={2}
        />
        <ProgrammeTextView text={CONFIDENTIALITY_UNDERTAKING} title={t.agreements.undertakingTitle} />
        <CheckboxField label={t.agreements.signUndertaking} name="undertaking" required />
      </ActionForm>
      <ReasonForm
        label={t.verifier.declineReason}
        submitLabel={t.verifier.decline}
        variant="danger"
        onSubmit={(reason) => act('verification-response', { decision: 'decline', reason })}
      />
    </Panel>
  );
}

function Conclusion({ act, detail }: ActionProps) {
  const { t } = useI18n();
  const { pilot } = detail;
  const conclusion = pilot.verification?.conclusion;
  const version = pilot.submissions.filter((s) => s.status === 'validated').at(-1)?.version;
  const dataset = useApi<SubmissionResults>(
    version ? `/pilots/${pilot.pilotId}/submissions/${version}` : undefined,
  );
  const results = dataset.data?.results;
  const guidance = useApi<{ proposals: Proposal[] }>(`/pilots/${pilot.pilotId}/guidance-proposals`);
  const proposals = guidance.data?.proposals ?? [];
  const [own, setOwn] = useState<number[]>([]);
  if (conclusion?.status === 'submitted')
    return <p className="notice notice-ok">{t.verifier.awaiting(pilot.supervisorId ?? '–')}</p>;
  const submit = (data: FormData) =>
    act('conclusion', {
      summary: text(data, 'summary'),
      ...guidanceOf(data, proposals, own),
      auditResults: results ? auditResultsOf(data, results) : [],
    });
  return (
    <Panel title={t.verifier.decide}>
      {conclusion?.comments && (
        <p className="notice notice-error">{t.verifier.returned(conclusion.comments)}</p>
      )}
      {results && <ConclusionAudit pilot={pilot} results={results} />}
      {dataset.error && <ErrorNotice error={dataset.error} />}
      <ActionForm submitLabel={t.verifier.conclude} onSubmit={submit}>
        <TextArea label={t.verifier.summary} name="summary" required minLength={10} rows={4} />
        {guidance.error && <ErrorNotice error={guidance.error} />}
        <GuidanceFields proposals={proposals} own={own} setOwn={setOwn} />
        {results && <AuditOverrides pilot={pilot} results={results} />}
      </ActionForm>
    </Panel>
  );
}

export function VerifierActions(props: ActionProps) {
  const { t } = useI18n();
  const { can, act } = props;
  return (
    <>
      {can('acceptAssignment') && <AcceptTask {...props} />}
      {can('submitConclusion') && <Conclusion {...props} />}
      {can('returnSubmission') && !props.detail.pilot.verification?.lock && (
        <Panel title={t.verifier.return}>
          <ReasonForm
            label={t.verifier.returnReason}
            submitLabel={t.verifier.return}
            onSubmit={(reason) => act('submission-return', { reason })}
          />
        </Panel>
      )}
    </>
  );
}
