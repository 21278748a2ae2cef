// A tiny history router: the portal has a handful of routes, so a library would add weight without benefit.
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

const subscribe = (notify: () => void) => {
  window.addEventListener('popstate', notify);
  return () => window.removeEventListener('popstate', notify);
};

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(to: string): void {
  if (to === window.location.pathname) return;
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
  | { page: 'pilot'; pilotId: string }
  | { page: 'not-found' };

export function matchRoute(path: string): Route {
  if (path === '/' || path === '') return { page: 'home' };
  if (path === '/verifiers') return { page: 'verifiers' };
  const pilot = /^\/pilots\/([A-Za-z0-9_-]+)\/?$/.exec(path);
  if (pilot?.[1]) return { page: 'pilot', pilotId: pilot[1] };
  return { page: 'not-found' };
}
