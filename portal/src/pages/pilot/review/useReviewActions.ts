// The review grid's API actions: record decisions (one or many) and raise queries, announcing each outcome.
import { useState } from 'react';
import { type ApiError, asApiError } from '../../../api/client.ts';
import type { ReviewStatus } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';

type Act = (path: string, body: object) => Promise<void>;

export function useReviewActions(act: Act) {
  const { t } = useI18n();
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<ApiError>();

  const decide = async (dataPointId: string, status: ReviewStatus, note?: string) => {
    setAnnouncement('');
    await act('reviews', { items: [{ dataPointId, status, note }] });
    setAnnouncement(t.review.decided(dataPointId, t.review.states[status]));
  };

  const acceptAll = async (ids: string[]) => {
    setAnnouncement('');
    await act('reviews', { items: ids.map((dataPointId) => ({ dataPointId, status: 'accepted' })) });
    setAnnouncement(t.review.accepted(ids.length));
  };

  const query = async (dataPointId: string, question: string) => {
    setAnnouncement('');
    await act('queries', { dataPointId, question });
    setAnnouncement(t.review.queried(dataPointId));
  };

  /** For keyboard actions, which have no form to show their error: the grid shows it instead. */
  const showingErrors =
    <A extends unknown[]>(action: (...args: A) => Promise<void>) =>
    (...args: A) => {
      setError(undefined);
      action(...args).catch((caught) => setError(asApiError(caught)));
    };

  return { announcement, error, decide, acceptAll, query, showingErrors };
}
