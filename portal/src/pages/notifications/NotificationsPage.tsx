// The notification centre: the in-app copies of the e-mails, newest first, a page at a time, each linking to its
// pilot; opening one or marking it read counts it off the bell.
import { useCallback, useEffect, useState } from 'react';
import { type ApiError, api, asApiError } from '../../api/client.ts';
import type { InAppNotification } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { NOTIFICATIONS_CHANGED } from '../../components/NotificationBell.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router.tsx';

type Page = { notifications: InAppNotification[]; unread: number; after?: string };
const PAGE_SIZE = 20;

export function NotificationsPage() {
  const { t, lang } = useI18n();
  const [shown, setShown] = useState<InAppNotification[]>();
  const [after, setAfter] = useState<string>();
  const [unread, setUnread] = useState(0);
  const [error, setError] = useState<ApiError>();

  const load = useCallback(async (from?: string) => {
    try {
      const page = await api<Page>(
        'GET',
        `/notifications?limit=${PAGE_SIZE}${from ? `&after=${encodeURIComponent(from)}` : ''}`,
      );
      setShown((before) => [...(from ? (before ?? []) : []), ...page.notifications]);
      setAfter(page.after);
      setUnread(page.unread);
      setError(undefined);
    } catch (caught) {
      setError(asApiError(caught));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const markRead = async (ids: string[]) => {
    if (ids.length === 0) return;
    try {
      const answer = await api<{ unread: number }>('POST', '/notifications/read', { ids });
      const at = new Date().toISOString();
      setShown((before) => before?.map((n) => (ids.includes(n.id) ? { ...n, readAt: n.readAt ?? at } : n)));
      setUnread(answer.unread);
      window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  const unreadShown = (shown ?? []).filter((n) => !n.readAt).map((n) => n.id);
  return (
    <>
      <PageTitle text={t.notifications.title} />
      <p>{t.notifications.intro}</p>
      {error && <ErrorNotice error={error} />}
      {shown === undefined && !error && <p role="status">{t.common.loading}</p>}
      {shown !== undefined && (
        <>
          <div className="notification-tools">
            <p role="status">{t.notifications.unreadCount(unread)}</p>
            {unreadShown.length > 0 && (
              <button type="button" className="button button-secondary" onClick={() => markRead(unreadShown)}>
                {t.notifications.markPageRead}
              </button>
            )}
          </div>
          {shown.length === 0 ? (
            <p>{t.notifications.none}</p>
          ) : (
            <ol className="notification-list">
              {shown.map((n) => (
                <li key={n.id} className={n.readAt ? 'notification' : 'notification notification-unread'}>
                  <h2 className="notification-subject">
                    {!n.readAt && <span className="badge badge-warn">{t.notifications.unread}</span>}{' '}
                    {n[lang].subject}
                  </h2>
                  <p className="muted">
                    <time dateTime={n.at}>{formatDateTime(n.at, lang)}</time>
                  </p>
                  <p className="notification-body">{n[lang].body}</p>
                  <p className="notification-actions">
                    <Link href={`/pilots/${n.pilotId}`} onClick={() => void markRead(n.readAt ? [] : [n.id])}>
                      {t.notifications.openPilot(n.cityName)}
                    </Link>
                    {!n.readAt && (
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => markRead([n.id])}
                      >
                        {t.notifications.markRead}
                      </button>
                    )}
                  </p>
                </li>
              ))}
            </ol>
          )}
          {after && (
            <button type="button" className="button button-secondary" onClick={() => load(after)}>
              {t.notifications.older}
            </button>
          )}
        </>
      )}
    </>
  );
}
