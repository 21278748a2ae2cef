// Sign-in: with the local identity provider (listing the demo accounts so a tester knows whom to sign in as), or
// through Cognito's hosted pages on AWS.
import { useEffect, useState } from 'react';
import type { DemoUser } from '../api/types.ts';
import { ActionForm, text } from '../components/ActionForm.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { TextField } from '../components/fields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Panel } from '../components/Panel.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useSession } from '../session.tsx';

function useDemoUsers(): DemoUser[] {
  const [users, setUsers] = useState<DemoUser[]>([]);
  useEffect(() => {
    // Only the local runtime has this route; elsewhere the hint simply stays empty.
    fetch('/local-auth/users')
      .then((response) => (response.ok ? response.json() : { users: [] }))
      .then((body: { users: DemoUser[] }) => setUsers(body.users))
      .catch(() => setUsers([]));
  }, []);
  return users;
}

function DemoUsers() {
  const { t } = useI18n();
  const users = useDemoUsers();
  if (users.length === 0) return null;
  return (
    <Panel title={t.signIn.demoTitle} className="demo-users">
      <p>{t.signIn.demoHint}</p>
      <ul>
        {users.map((user) => (
          <li key={user.username}>
            <code>{user.username}</code> – {user.name}
          </li>
        ))}
      </ul>
    </Panel>
  );
}

/** On AWS: one button to Cognito's hosted pages, which ask for the password and the authenticator code. */
function HostedSignIn() {
  const { t } = useI18n();
  const { signInHosted, signInError } = useSession();
  return (
    <div className="sign-in">
      <div className="panel">
        <PageTitle text={t.signIn.title} />
        <p>{t.signIn.intro}</p>
        <p>{t.signIn.hostedHint}</p>
        {signInError && <ErrorNotice error={signInError} />}
        <button type="button" className="button button-primary" onClick={() => void signInHosted()}>
          {t.signIn.hosted}
        </button>
      </div>
    </div>
  );
}

export function SignInPage() {
  const { t } = useI18n();
  const { signIn, auth } = useSession();
  if (auth.kind === 'cognito') return <HostedSignIn />;
  return (
    <div className="sign-in">
      <div className="panel">
        <PageTitle text={t.signIn.title} />
        <p>{t.signIn.intro}</p>
        <ActionForm
          submitLabel={t.signIn.submit}
          onSubmit={(data) => signIn(text(data, 'username') ?? '', text(data, 'password') ?? '')}
        >
          <TextField label={t.signIn.username} name="username" autoComplete="username" required />
          <TextField
            label={t.signIn.password}
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </ActionForm>
      </div>
      <DemoUsers />
    </div>
  );
}
