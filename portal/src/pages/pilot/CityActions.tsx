// City actions on its pilot: signed letter, template download, workbook upload, verification mode, publication
// consent and withdrawal.
import { useState } from 'react';
import { type ApiError, asApiError, download } from '../../api/client.ts';
import type { Stage } from '../../api/types.ts';
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { DangerAction } from './DangerAction.tsx';
import { ModeField } from './ModeField.tsx';
import { PublicationConsent } from './PublicationConsent.tsx';
import { SignedLetter } from './SignedLetter.tsx';
import type { ActionProps } from './types.ts';
import { UploadPanel } from './UploadPanel.tsx';

/** The stages in which the API issues upload links (the core's receiveSubmission stages). */
const uploadStages: readonly Stage[] = [
  'data_collection',
  'validation_failed',
  'validated',
  'in_verification',
];

/** Consent matters once there is a report to publish. */
const reportedStages: readonly Stage[] = ['reported', 'certified'];

function VerificationMode({ act, detail }: ActionProps) {
  const { t } = useI18n();
  return (
    <Panel title={t.pilot.mode}>
      <ActionForm
        submitLabel={t.city.chooseMode}
        variant="secondary"
        onSubmit={(data) => act('verification-mode', { mode: text(data, 'mode') })}
      >
        <ModeField label={t.pilot.mode} defaultValue={detail.pilot.verificationMode} />
      </ActionForm>
    </Panel>
  );
}

function TemplatePanel({ pilotId }: { pilotId: string }) {
  const { t } = useI18n();
  const [error, setError] = useState<ApiError>();
  const fetchTemplate = () => download(`/pilots/${pilotId}/template`).catch((e) => setError(asApiError(e)));
  return (
    <Panel title={t.template.title}>
      <p>{t.template.body}</p>
      <button type="button" className="button button-primary" onClick={fetchTemplate}>
        {t.template.download}
      </button>
      {error && <ErrorNotice error={error} />}
    </Panel>
  );
}

export function CityActions(props: ActionProps) {
  const { t } = useI18n();
  const { pilot } = props.detail;
  return (
    <>
      {props.can('attachSignedLetter') && !reportedStages.includes(pilot.stage) && (
        <SignedLetter {...props} />
      )}
      {pilot.template && uploadStages.includes(pilot.stage) && <TemplatePanel pilotId={pilot.pilotId} />}
      {/* Kept while the workbook just sent is validated (stage "submitted", a pending run), so it can say how that
          ended; its form is disabled meanwhile. */}
      {(uploadStages.includes(pilot.stage) || pilot.stage === 'submitted') && !pilot.verification?.lock && (
        <UploadPanel {...props} canUpload={uploadStages.includes(pilot.stage) && !pilot.pendingRun} />
      )}
      {props.can('chooseVerificationMode') && <VerificationMode {...props} />}
      {props.can('setPublicationConsent') && reportedStages.includes(pilot.stage) && (
        <PublicationConsent {...props} />
      )}
      {props.can('withdraw') && (
        <DangerAction
          title={t.withdraw.title}
          label={t.withdraw.reason}
          submitLabel={t.withdraw.submit}
          confirm={t.confirm.withdraw}
          onSubmit={(reason) => props.act('withdrawal', { reason })}
        />
      )}
    </>
  );
}
