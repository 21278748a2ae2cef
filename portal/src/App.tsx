// Chooses the page from the address and the signed-in role; anyone not signed in sees the sign-in page,
// except on the public certificate check, the public index and the public case studies, which need no account.
import type { Actor } from './api/types.ts';
import { Layout } from './components/Layout.tsx';
import { PageTitle } from './components/PageTitle.tsx';
import { useI18n } from './i18n/I18nProvider.tsx';
import { CityHomePage } from './pages/city/CityHomePage.tsx';
import { CityIndexPage } from './pages/city/index/CityIndexPage.tsx';
import { NotificationsPage } from './pages/notifications/NotificationsPage.tsx';
import { PilotPage } from './pages/pilot/PilotPage.tsx';
import { CertificateCheckPage } from './pages/public/CertificateCheckPage.tsx';
import { CaseStudiesPage } from './pages/public/case-studies/CaseStudiesPage.tsx';
import { CaseStudyPage } from './pages/public/case-studies/CaseStudyPage.tsx';
import { IndexPage } from './pages/public/index/IndexPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { AccountsPage } from './pages/secretariat/AccountsPage.tsx';
import { BoardPage } from './pages/secretariat/BoardPage.tsx';
import { EditionsPage } from './pages/secretariat/index-editions/EditionsPage.tsx';
import { ReadinessRulesPage } from './pages/secretariat/ReadinessRulesPage.tsx';
import { TargetsPage } from './pages/secretariat/TargetsPage.tsx';
import { VerifiersPage } from './pages/secretariat/VerifiersPage.tsx';
import { InboxPage } from './pages/verifier/InboxPage.tsx';
import { matchRoute, type Route, useHash, usePath } from './router.tsx';
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

function Page({
  actor,
  route,
}: {
  actor: Actor;
  route: Exclude<Route, { page: 'certificate' | 'index' | 'case-studies' | 'case-study' }>;
}) {
  const staff = actor.role === 'secretariat';
  switch (route.page) {
    case 'home':
      return <Home role={actor.role} />;
    case 'verifiers':
      return staff ? <VerifiersPage /> : <NotFound />;
    case 'accounts':
      return staff ? <AccountsPage /> : <NotFound />;
    case 'targets':
      return staff ? <TargetsPage /> : <NotFound />;
    case 'readiness-rules':
      return staff ? <ReadinessRulesPage /> : <NotFound />;
    case 'index-editions':
      return staff ? <EditionsPage key={route.editionId ?? ''} editionId={route.editionId} /> : <NotFound />;
    case 'my-index':
      return actor.role === 'city' && actor.cityId ? <CityIndexPage cityId={actor.cityId} /> : <NotFound />;
    case 'notifications':
      return <NotificationsPage />;
    case 'pilot':
      return <PilotPage key={route.pilotId} pilotId={route.pilotId} />;
    case 'not-found':
      return <NotFound />;
  }
}

function Content() {
  const { actor, restoring } = useSession();
  const { t } = useI18n();
  const route = matchRoute(usePath(), useHash());
  if (route.page === 'certificate')
    return <CertificateCheckPage key={route.certificateNumber} certificateNumber={route.certificateNumber} />;
  if (route.page === 'index') return <IndexPage key={route.editionId ?? ''} editionId={route.editionId} />;
  if (route.page === 'case-studies') return <CaseStudiesPage />;
  if (route.page === 'case-study')
    return (
      <CaseStudyPage key={`${route.pilotId}-${route.number}`} pilotId={route.pilotId} number={route.number} />
    );
  if (restoring) return <p role="status">{t.common.loading}</p>;
  return actor ? <Page actor={actor} route={route} /> : <SignInPage />;
}

export function App() {
  return (
    <Layout>
      <Content />
    </Layout>
  );
}
