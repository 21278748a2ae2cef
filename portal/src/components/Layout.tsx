// The page frame: skip link, header with role-based navigation, language switcher and sign-out, then the page.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link, usePath } from '../router.tsx';
import { useSession } from '../session.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { NotificationBell } from './NotificationBell.tsx';

function Navigation() {
  const { t } = useI18n();
  const { actor } = useSession();
  const path = usePath();
  if (!actor) return null;
  const links =
    actor.role === 'secretariat'
      ? [
          { href: '/', label: t.nav.board },
          { href: '/verifiers', label: t.nav.verifiers },
          { href: '/accounts', label: t.accounts.nav },
          { href: '/targets', label: t.nav.targets },
          { href: '/readiness-rules', label: t.nav.readinessRules },
          { href: '/index-editions', label: t.indexComposer.nav },
        ]
      : actor.role === 'city'
        ? [
            { href: '/', label: t.nav.myPilots },
            { href: '/my-index', label: t.indexCity.nav },
          ]
        : [{ href: '/', label: t.nav.inbox }];
  return (
    <nav aria-label={t.app.mainNav}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={path === link.href ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { actor, signOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skip}
      </a>
      <header className="site-header">
        <div className="brand">
          <Link href="/" className="brand-name">
            {t.app.title}
          </Link>
          <span className="brand-tagline">{t.app.tagline}</span>
        </div>
        <Navigation />
        <div className="header-tools">
          <LanguageSwitcher />
          {actor && (
            <>
              <NotificationBell />
              <span className="who">{t.app.signedInAs(actor.name ?? actor.userId, t.roles[actor.role])}</span>
              <button type="button" className="button button-secondary" onClick={signOut}>
                {t.app.signOut}
              </button>
            </>
          )}
        </div>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
