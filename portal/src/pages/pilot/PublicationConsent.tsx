// City: chooses whether the verification report, the city snapshot and the factsheet are published on the
// certificate check, whether its case studies may be published, and whether the Smart Sustainable Cities Index
// names the city.
import { useState } from 'react';
import type { Pilot } from '../../api/types.ts';
import { ActionForm } from '../../components/ActionForm.tsx';
import { RadioGroup } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { ActionProps } from './types.ts';

type Choice = Pilot['publication']['report'];
type Naming = Pilot['publication']['index'];

export function PublicationConsent({ detail, act }: ActionProps) {
  const { t } = useI18n();
  const [choice, setChoice] = useState(detail.pilot.publication);
  const [saved, setSaved] = useState(false);
  const options: { value: Choice; label: string }[] = [
    { value: 'publish', label: t.consent.publish },
    { value: 'withhold', label: t.consent.withhold },
  ];
  const namings: { value: Naming; label: string }[] = [
    { value: 'anonymous', label: t.consent.anonymous },
    { value: 'named', label: t.consent.named },
  ];
  const save = async () => {
    setSaved(false);
    await act('publication-consent', choice);
    setSaved(true);
  };
  return (
    <Panel title={t.consent.title}>
      <p>{t.consent.body}</p>
      <ActionForm submitLabel={t.consent.save} variant="secondary" onSubmit={save}>
        <div className="grid-2">
          {(['report', 'snapshot', 'factsheet', 'caseStudies'] as const).map((doc) => (
            <RadioGroup
              key={doc}
              legend={t.consent[doc]}
              name={doc}
              value={choice[doc]}
              onChange={(value) => setChoice({ ...choice, [doc]: value })}
              options={options}
            />
          ))}
        </div>
        <RadioGroup
          legend={t.consent.index}
          name="index"
          value={choice.index}
          onChange={(value) => setChoice({ ...choice, index: value })}
          options={namings}
        />
        <p className="hint">{t.consent.indexHint}</p>
      </ActionForm>
      <p role="status" className="notice-ok">
        {saved ? t.consent.saved : ''}
      </p>
    </Panel>
  );
}
