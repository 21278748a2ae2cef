// The header's bell: the signed-in person's unread notifications, linking to the notification centre.
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link, usePath } from '../router.tsx';
import { useSession } from '../session.tsx';

/** Raised by the notification centre when it marked some read, so the bell need not wait for its next poll. */
export const NOTIFICATIONS_CHANGED = 'u4ssc:notifications-changed';
const POLL_MS = 60_000;

export function NotificationBell() {
  const { t } = useI18n();
  const { actor } = useSession();
  const path = usePath();
  const [unread, setUnread] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each navigation re-reads the count, as a page may have acted
  useEffect(() => {
    if (!actor) return;
    let live = true;
    const load = () =>
      api<{ unread: number }>('GET', '/notifications/unread').then(
        (answer) => live && setUnread(answer.unread),
        // A missed count is shown at the next poll; the page itself must not fail over the bell.
        () => undefined,
      );
    void load();
    const timer = setInterval(load, POLL_MS);
    window.addEventListener(NOTIFICATIONS_CHANGED, load);
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener(NOTIFICATIONS_CHANGED, load);
    };
  }, [actor, path]);
  if (!actor) return null;
  return (
    <Link
      href="/notifications"
      className="bell"
      aria-label={t.notifications.bell(unread)}
      aria-current={path === '/notifications' ? 'page' : undefined}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      {unread > 0 && (
        <span className="bell-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
