// Secretariat: the user accounts it manages, with role, organisation and status; invitations, and deactivation (after
// a confirmation) or reactivation, each with a reason.
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Account, AccountRegistry } from '../../api/types.ts';
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { Panel } from '../../components/Panel.tsx';
import { TableHead } from '../../components/TableHead.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ReasonForm } from '../pilot/ReasonForm.tsx';

type Change = (
  path: '/account-deactivations' | '/account-reactivations',
  userId: string,
  reason: string,
) => Promise<void>;

function LastChange({ account }: { account: Account }) {
  const { t, lang } = useI18n();
  const { reactivated, deactivated } = account;
  if (reactivated)
    return (
      <>{t.accounts.reactivatedBy(reactivated.by, formatDate(reactivated.at, lang), reactivated.reason)}</>
    );
  if (deactivated)
    return (
      <>{t.accounts.deactivatedBy(deactivated.by, formatDate(deactivated.at, lang), deactivated.reason)}</>
    );
  if (account.invitedAt && account.invitedBy)
    return <>{t.accounts.invitedBy(account.invitedBy, formatDate(account.invitedAt, lang))}</>;
  return null;
}

/**
 * Deactivating stops someone's work at once, so it asks for confirmation; reactivating does not. Each disclosure has
 * its own key: otherwise the open one would be reused, still open, for the opposite action after a change.
 */
function AccountAction({ account, change }: { account: Account; change: Change }) {
  const { t } = useI18n();
  const { userId } = account;
  return account.active ? (
    <details key="deactivate" className="danger-zone">
      <summary>{t.accounts.deactivateTitle(userId)}</summary>
      <ReasonForm
        label={t.accounts.reason}
        submitLabel={t.accounts.deactivate}
        variant="danger"
        confirm={t.accounts.confirmDeactivate(userId)}
        undo={t.accounts.reversible}
        onSubmit={(reason) => change('/account-deactivations', userId, reason)}
      />
    </details>
  ) : (
    <details key="reactivate">
      <summary>{t.accounts.reactivateTitle(userId)}</summary>
      <ReasonForm
        label={t.accounts.reason}
        submitLabel={t.accounts.reactivate}
        onSubmit={(reason) => change('/account-reactivations', userId, reason)}
      />
    </details>
  );
}

function AccountList({ registry, change }: { registry: AccountRegistry; change: Change }) {
  const { t } = useI18n();
  if (registry.accounts.length === 0) return <p>{t.accounts.none}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>{t.accounts.list}</caption>
        <TableHead
          columns={[
            t.accounts.userId,
            t.accounts.name,
            t.accounts.role,
            t.accounts.organisation,
            t.accounts.status,
            t.accounts.lastChange,
            t.accounts.actions,
          ]}
        />
        <tbody>
          {registry.accounts.map((a) => (
            <tr key={a.userId}>
              <th scope="row">
                <code>{a.userId}</code>
              </th>
              <td>
                {a.name}
                {a.email && <div className="hint">{a.email}</div>}
              </td>
              <td>{a.role ? t.roles[a.role] : '—'}</td>
              <td>{a.cityId ?? (a.role === 'secretariat' ? t.accounts.staffOrganisation : '—')}</td>
              <td>
                <span className={a.active ? 'badge badge-good' : 'badge badge-bad'}>
                  {a.active ? t.accounts.active : t.accounts.deactivated}
                </span>
              </td>
              <td>
                <LastChange account={a} />
              </td>
              <td>
                <AccountAction account={a} change={change} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AccountsPage() {
  const { t } = useI18n();
  const resource = useApi<{ accounts: AccountRegistry }>('/accounts');
  const [notice, setNotice] = useState<string>();
  const change: Change = async (path, userId, reason) => {
    await api('POST', path, { userId, reason });
    setNotice(t.accounts.changed);
    await resource.reload();
  };
  const invite = async (data: FormData) => {
    const userId = text(data, 'userId');
    await api('POST', '/accounts', {
      userId,
      name: text(data, 'name'),
      email: text(data, 'email'),
      role: text(data, 'role'),
      cityId: text(data, 'cityId'),
    });
    setNotice(t.accounts.invited(userId ?? ''));
    await resource.reload();
  };
  return (
    <>
      <PageTitle text={t.accounts.title} />
      <p>{t.accounts.intro}</p>
      <p role="status" className="notice-ok">
        {notice}
      </p>
      <Panel title={t.accounts.list}>
        <Loaded resource={resource}>
          {({ accounts }) => <AccountList registry={accounts} change={change} />}
        </Loaded>
      </Panel>
      <div className="columns">
        <Panel title={t.accounts.invite}>
          <ActionForm submitLabel={t.accounts.invite} onSubmit={invite} resetOnSuccess>
            <TextField label={t.accounts.userId} hint={t.accounts.userIdHint} name="userId" required />
            <TextField label={t.accounts.name} name="name" required />
            <TextField label={t.accounts.email} name="email" type="email" required />
            <SelectField
              label={t.accounts.role}
              name="role"
              options={(['city', 'verifier', 'secretariat'] as const).map((role) => ({
                value: role,
                label: t.roles[role],
              }))}
            />
            <TextField label={t.accounts.cityId} hint={t.accounts.cityHint} name="cityId" />
          </ActionForm>
        </Panel>
        <Panel title={t.accounts.deactivateOther}>
          <p className="hint">{t.accounts.deactivateOtherHint}</p>
          <ActionForm
            submitLabel={t.accounts.deactivate}
            variant="danger"
            confirm={t.accounts.confirmDeactivateOther}
            undo={t.accounts.reversible}
            resetOnSuccess
            onSubmit={(data) =>
              change('/account-deactivations', text(data, 'userId') ?? '', text(data, 'reason') ?? '')
            }
          >
            <TextField label={t.accounts.userId} name="userId" required />
            <TextField label={t.accounts.reason} name="reason" required minLength={3} />
          </ActionForm>
        </Panel>
      </div>
    </>
  );
}
