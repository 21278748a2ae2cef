// City: the letter of intent (Annex 2) as a form; on success it opens the new pilot's page.
import { PARTICIPATION_TERMS } from '../../../../core/lifecycle/terms.ts';
import { api } from '../../api/client.ts';
import type { Pilot } from '../../api/types.ts';
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { CheckboxField, SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { ProgrammeTextView } from '../../components/ProgrammeTextView.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { navigate } from '../../router.tsx';

export function LetterForm() {
  const { t, lang } = useI18n();
  const submit = async (data: FormData) => {
    const { pilot } = await api<{ pilot: Pilot }>('POST', '/pilots', {
      letter: {
        cityName: text(data, 'cityName'),
        country: text(data, 'country'),
        region: text(data, 'region'),
        vision: text(data, 'vision'),
        contact: {
          name: text(data, 'contactName'),
          email: text(data, 'contactEmail'),
          title: text(data, 'contactTitle'),
        },
        signatory: { name: text(data, 'signatoryName'), title: text(data, 'signatoryTitle') },
        reviewedMethodology: data.get('reviewed') === 'on',
        preferredLanguage: text(data, 'preferredLanguage'),
        // The version shown above is the one accepted.
        termsAcceptance: {
          version: PARTICIPATION_TERMS.version,
          accepted: data.get('termsAccepted') === 'on',
          indexCommitment: data.get('indexCommitment') === 'on',
        },
      },
    });
    navigate(`/pilots/${pilot.pilotId}`);
  };
  return (
    <Panel title={t.letter.title}>
      <p>{t.letter.intro}</p>
      <ActionForm submitLabel={t.letter.submit} onSubmit={submit}>
        <div className="grid-2">
          <TextField label={t.letter.cityName} name="cityName" required />
          <TextField label={t.letter.country} name="country" required />
          <TextField label={t.letter.region} name="region" />
          <SelectField
            label={t.letter.preferredLanguage}
            name="preferredLanguage"
            defaultValue={lang}
            options={[
              { value: 'en', label: 'English' },
              { value: 'zh', label: '中文' },
            ]}
          />
        </div>
        <TextArea label={t.letter.vision} hint={t.letter.visionHint} name="vision" required />
        <div className="grid-2">
          <TextField label={t.letter.contactName} name="contactName" required />
          <TextField label={t.letter.contactEmail} name="contactEmail" type="email" required />
          <TextField label={t.letter.contactTitle} name="contactTitle" />
          <span />
          <TextField label={t.letter.signatoryName} name="signatoryName" required />
          <TextField label={t.letter.signatoryTitle} name="signatoryTitle" required />
        </div>
        <CheckboxField label={t.letter.reviewed} name="reviewed" required />
        <ProgrammeTextView text={PARTICIPATION_TERMS} title={t.agreements.termsTitle} />
        <CheckboxField label={t.agreements.acceptTerms} name="termsAccepted" required />
        <CheckboxField label={t.agreements.indexCommitment} name="indexCommitment" required />
      </ActionForm>
    </Panel>
  );
}
