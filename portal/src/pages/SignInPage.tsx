// Sign-in with the local identity provider; lists the demo accounts so a tester knows whom to sign in as.
import { useEffect, useState } from 'react';
import type { DemoUser } from '../api/types.ts';
import { ActionForm, text } from '../components/ActionForm.tsx';
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

export function SignInPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
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
