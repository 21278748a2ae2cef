// A lazily loaded chart inside a labelled image region: the chart library arrives with the first chart drawn.
import { type ReactNode, Suspense } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export function ChartFrame({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div role="img" aria-label={label}>
      <Suspense fallback={<p className="muted">{t.common.loading}</p>}>{children}</Suspense>
    </div>
  );
}
