// Secretariat: the verifier registry, with the form to register a new verifier.
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Verifier } from '../../api/types.ts';
import { ActionForm, items, text } from '../../components/ActionForm.tsx';
import { TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { Panel } from '../../components/Panel.tsx';
import { TableHead } from '../../components/TableHead.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

function VerifierList({ verifiers }: { verifiers: Verifier[] }) {
  const { t } = useI18n();
  if (verifiers.length === 0) return <p>{t.assign.noVerifiers}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>{t.verifiers.list}</caption>
        <TableHead
          columns={[
            t.verifiers.id,
            t.verifiers.name,
            t.verifiers.email,
            t.verifiers.languages,
            t.verifiers.regions,
          ]}
        />
        <tbody>
          {verifiers.map((v) => (
            <tr key={v.verifierId}>
              <th scope="row">
                <code>{v.verifierId}</code>
              </th>
              <td>{v.name}</td>
              <td>{v.email}</td>
              <td>{v.languages.join(', ')}</td>
              <td>{v.regions.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function VerifiersPage() {
  const { t } = useI18n();
  const resource = useApi<{ verifiers: Verifier[] }>('/verifiers');
  const [registered, setRegistered] = useState<string>();
  const register = async (data: FormData) => {
    const { verifier } = await api<{ verifier: Verifier }>('POST', '/verifiers', {
      verifierId: text(data, 'verifierId'),
      name: text(data, 'name'),
      email: text(data, 'email'),
      languages: items(text(data, 'languages'), ','),
      regions: items(text(data, 'regions'), ','),
    });
    setRegistered(t.verifiers.registered(verifier.name));
    await resource.reload();
  };
  return (
    <>
      <PageTitle text={t.verifiers.title} />
      <div className="columns">
        <Panel title={t.verifiers.list}>
          <Loaded resource={resource}>{({ verifiers }) => <VerifierList verifiers={verifiers} />}</Loaded>
        </Panel>
        <Panel title={t.verifiers.register}>
          <ActionForm submitLabel={t.verifiers.register} onSubmit={register}>
            <TextField label={t.verifiers.id} hint={t.verifiers.idHint} name="verifierId" required />
            <TextField label={t.verifiers.name} name="name" required />
            <TextField label={t.verifiers.email} name="email" type="email" required />
            <TextField label={t.verifiers.languages} name="languages" defaultValue="en, zh" />
            <TextField label={t.verifiers.regions} name="regions" />
          </ActionForm>
          <p role="status" className="notice-ok">
            {registered}
          </p>
        </Panel>
      </div>
    </>
  );
}
