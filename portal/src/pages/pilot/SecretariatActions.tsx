// Secretariat decisions on one pilot: letter review, verifier appointment, approval, deadline, certification,
// retry, dataset unlock and certificate revocation.
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { SelectField, TextArea } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { AssignVerifier } from './AssignVerifier.tsx';
import { ConclusionApproval } from './ConclusionApproval.tsx';
import { DangerAction } from './DangerAction.tsx';
import { DeadlineForm } from './DeadlineForm.tsx';
import { ReasonForm } from './ReasonForm.tsx';
import type { ActionProps } from './types.ts';

function LetterReview({ act }: ActionProps) {
  const { t } = useI18n();
  return (
    <Panel title={t.letterReview.title}>
      <ActionForm
        submitLabel={t.letterReview.accept}
        onSubmit={(data) => {
          const months = text(data, 'collectionMonths');
          return act('letter-decision', {
            decision: 'accept',
            note: text(data, 'note'),
            collectionMonths: months ? Number(months) : undefined,
          });
        }}
      >
        <TextArea label={t.letterReview.note} name="note" rows={2} />
        {/* Annex 1: three to six months; without a choice the programme's setting applies at issuance. */}
        <SelectField
          label={t.letterReview.months}
          name="collectionMonths"
          defaultValue=""
          options={[
            { value: '', label: t.letterReview.defaultMonths },
            ...[3, 4, 5, 6].map((n) => ({ value: String(n), label: t.letterReview.monthsOption(n) })),
          ]}
        />
      </ActionForm>
      <ReasonForm
        label={t.letterReview.reason}
        submitLabel={t.letterReview.decline}
        variant="danger"
        onSubmit={(reason) => act('letter-decision', { decision: 'decline', reason })}
      />
    </Panel>
  );
}

export function SecretariatActions(props: ActionProps) {
  const { t } = useI18n();
  const { can, act, detail } = props;
  return (
    <>
      {can('acceptLetter') && <LetterReview {...props} />}
      {can('assignVerifier') && <AssignVerifier {...props} />}
      {can('approveConclusion') && detail.pilot.verification?.conclusion?.status === 'submitted' && (
        <ConclusionApproval {...props} />
      )}
      {can('requestCertification') && (
        <Panel title={t.certify.title}>
          <p>{t.certify.body}</p>
          <ActionForm
            submitLabel={t.certify.submit}
            confirm={t.confirm.certify}
            onSubmit={() => act('certification', {})}
          />
        </Panel>
      )}
      {can('retryStage') && detail.pilot.lastFailure && (
        <ActionForm
          submitLabel={t.retry.submit}
          variant="secondary"
          onSubmit={() => act('stage-retry', {})}
        />
      )}
      {can('extendDeadline') && detail.pilot.dueAt && <DeadlineForm {...props} />}
      {can('unlockDataset') && !detail.pilot.pendingRun && (
        <DangerAction
          title={t.unlock.title}
          body={t.unlock.body}
          label={t.unlock.reason}
          submitLabel={t.unlock.submit}
          confirm={t.confirm.unlock}
          onSubmit={(reason) => act('dataset-unlock', { reason })}
        />
      )}
      {can('revokeCertificate') && !detail.pilot.certificate?.revoked && (
        <DangerAction
          title={t.revoke.title}
          body={t.revoke.body}
          label={t.revoke.reason}
          submitLabel={t.revoke.submit}
          confirm={t.confirm.revoke}
          onSubmit={(reason) => act('certificate-revocation', { reason })}
        />
      )}
    </>
  );
}
