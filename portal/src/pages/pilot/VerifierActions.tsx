// Verifier decisions: accept or decline the task, then conclude with an audit summary or return to the city.
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { TextArea } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ReasonForm } from './ReasonForm.tsx';
import type { ActionProps } from './types.ts';

export function VerifierActions({ can, act }: ActionProps) {
  const { t } = useI18n();
  return (
    <>
      {can('acceptAssignment') && (
        <Panel title={t.verifier.respond}>
          <ActionForm
            submitLabel={t.verifier.accept}
            onSubmit={() => act('verification-response', { decision: 'accept' })}
          />
          <ReasonForm
            label={t.verifier.declineReason}
            submitLabel={t.verifier.decline}
            variant="danger"
            onSubmit={(reason) => act('verification-response', { decision: 'decline', reason })}
          />
        </Panel>
      )}
      {can('concludeVerification') && (
        <Panel title={t.verifier.decide}>
          <ActionForm
            submitLabel={t.verifier.conclude}
            onSubmit={(data) =>
              act('verification-decision', { decision: 'conclude', summary: text(data, 'summary') })
            }
          >
            <TextArea label={t.verifier.summary} name="summary" required minLength={10} rows={5} />
          </ActionForm>
          <ReasonForm
            label={t.verifier.returnReason}
            submitLabel={t.verifier.return}
            onSubmit={(reason) => act('verification-decision', { decision: 'return', reason })}
          />
        </Panel>
      )}
    </>
  );
}
