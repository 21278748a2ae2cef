// A tiny history router: the portal has a handful of routes, so a library would add weight without benefit.
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

const subscribe = (notify: () => void) => {
  window.addEventListener('popstate', notify);
  // The certificate's QR code opens a hash address (/#/certificates/<number>).
  window.addEventListener('hashchange', notify);
  return () => {
    window.removeEventListener('popstate', notify);
    window.removeEventListener('hashchange', notify);
  };
};

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

export function navigate(to: string): void {
  const { pathname, search, hash } = window.location;
  if (to === pathname + search + hash) return;
  window.history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // Let the browser handle new-tab and modified clicks.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}

export type Route =
  | { page: 'home' }
  | { page: 'verifiers' }
  | { page: 'accounts' }
  | { page: 'targets' }
  | { page: 'readiness-rules' }
  | { page: 'notifications' }
  | { page: 'pilot'; pilotId: string }
  | { page: 'certificate'; certificateNumber: string }
  | { page: 'index'; editionId?: string }
  | { page: 'index-editions'; editionId?: string }
  | { page: 'my-index' }
  | { page: 'case-studies' }
  | { page: 'case-study'; pilotId: string; number: number }
  | { page: 'not-found' };

const certificatePath = /^\/certificates\/([A-Za-z0-9_-]+)\/?$/;

/**
 * A hash address names the page as a path does: the QR code opens /#/certificates/<n> and the e-mails link
 * /#/pilots/<id>, which a static host serves without a rewrite rule.
 */
export function matchRoute(address: string, hash = ''): Route {
  const path = hash.startsWith('#/') ? hash.slice(1) : address;
  const certificate = certificatePath.exec(path);
  if (certificate?.[1]) return { page: 'certificate', certificateNumber: certificate[1] };
  if (path === '/' || path === '') return { page: 'home' };
  const index = /^\/index(?:\/([0-9A-Za-z-]{1,32}))?\/?$/.exec(path);
  if (index) return index[1] ? { page: 'index', editionId: index[1] } : { page: 'index' };
  const editions = /^\/index-editions(?:\/([0-9A-Za-z-]{1,32}))?\/?$/.exec(path);
  if (editions)
    return editions[1] ? { page: 'index-editions', editionId: editions[1] } : { page: 'index-editions' };
  if (path === '/my-index') return { page: 'my-index' };
  if (/^\/case-studies\/?$/.test(path)) return { page: 'case-studies' };
  const caseStudy = /^\/case-studies\/([a-z][a-z0-9-]*)\/([1-9][0-9]{0,2})\/?$/.exec(path);
  if (caseStudy?.[1] && caseStudy[2])
    return { page: 'case-study', pilotId: caseStudy[1], number: Number(caseStudy[2]) };
  if (path === '/verifiers') return { page: 'verifiers' };
  if (path === '/accounts') return { page: 'accounts' };
  if (path === '/targets') return { page: 'targets' };
  if (path === '/readiness-rules') return { page: 'readiness-rules' };
  if (path === '/notifications') return { page: 'notifications' };
  const pilot = /^\/pilots\/([A-Za-z0-9_-]+)\/?$/.exec(path);
  if (pilot?.[1]) return { page: 'pilot', pilotId: pilot[1] };
  return { page: 'not-found' };
}
