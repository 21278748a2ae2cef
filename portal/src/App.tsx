// Chooses the page from the address and the signed-in role; anyone not signed in sees the sign-in page.
import type { Actor } from './api/types.ts';
import { Layout } from './components/Layout.tsx';
import { PageTitle } from './components/PageTitle.tsx';
import { useI18n } from './i18n/I18nProvider.tsx';
import { CityHomePage } from './pages/city/CityHomePage.tsx';
import { PilotPage } from './pages/pilot/PilotPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { BoardPage } from './pages/secretariat/BoardPage.tsx';
import { VerifiersPage } from './pages/secretariat/VerifiersPage.tsx';
import { InboxPage } from './pages/verifier/InboxPage.tsx';
import { matchRoute, usePath } from './router.tsx';
import { useSession } from './session.tsx';

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle text={t.common.notFoundTitle} />
      <p>{t.common.notFoundBody}</p>
    </>
  );
}

function Home({ role }: { role: Actor['role'] }) {
  if (role === 'secretariat') return <BoardPage />;
  if (role === 'city') return <CityHomePage />;
  return <InboxPage />;
}

function Page({ actor }: { actor: Actor }) {
  const route = matchRoute(usePath());
  switch (route.page) {
    case 'home':
      return <Home role={actor.role} />;
    case 'verifiers':
      return actor.role === 'secretariat' ? <VerifiersPage /> : <NotFound />;
    case 'pilot':
      return <PilotPage key={route.pilotId} pilotId={route.pilotId} />;
    case 'not-found':
      return <NotFound />;
  }
}

export function App() {
  const { actor, restoring } = useSession();
  const { t } = useI18n();
  return (
    <Layout>
      {restoring ? <p role="status">{t.common.loading}</p> : actor ? <Page actor={actor} /> : <SignInPage />}
    </Layout>
  );
}
