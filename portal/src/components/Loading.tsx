// Renders a resource: a polite loading note, the error, or the content once the data is there.
import type { ReactNode } from 'react';
import type { Resource } from '../hooks/useApi.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';

export function Loaded<T>({
  resource,
  children,
}: {
  resource: Resource<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (resource.error) return <ErrorNotice error={resource.error} />;
  if (resource.data === undefined)
    return (
      <p className="muted" role="status">
        {t.common.loading}
      </p>
    );
  return <>{children(resource.data)}</>;
}
