// The review grid's API actions: record decisions (one or many) and raise queries, announcing each outcome.
import { useState } from 'react';
import { type ApiError, asApiError } from '../../../api/client.ts';
import type { ReviewStatus } from '../../../api/types.ts';
import type { Messages } from '../../../i18n/en.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';

/** Kept as a function of the texts, so an announcement follows a language switch. */
type Announcement = (t: Messages) => string;

type Act = (path: string, body: object) => Promise<void>;

export function useReviewActions(act: Act) {
  const { t } = useI18n();
  const [announcement, setAnnouncement] = useState<Announcement>(() => () => '');
  const announce = (next: Announcement) => setAnnouncement(() => next);
  const [error, setError] = useState<ApiError>();

  const decide = async (dataPointId: string, status: ReviewStatus, note?: string) => {
    announce(() => '');
    await act('reviews', { items: [{ dataPointId, status, note }] });
    announce((m) => m.review.decided(dataPointId, m.review.states[status]));
  };

  const acceptAll = async (ids: string[]) => {
    announce(() => '');
    await act('reviews', { items: ids.map((dataPointId) => ({ dataPointId, status: 'accepted' })) });
    announce((m) => m.review.accepted(ids.length));
  };

  const query = async (dataPointId: string, question: string) => {
    announce(() => '');
    await act('queries', { dataPointId, question });
    announce((m) => m.review.queried(dataPointId));
  };

  /** For keyboard actions, which have no form to show their error: the grid shows it instead. */
  const showingErrors =
    <A extends unknown[]>(action: (...args: A) => Promise<void>) =>
    (...args: A) => {
      setError(undefined);
      action(...args).catch((caught) => setError(asApiError(caught)));
    };

  return { announcement: announcement(t), error, decide, acceptAll, query, showingErrors };
}
