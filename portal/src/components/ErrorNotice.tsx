// Shows an API error in the user's language, with the server's own message and field issues as details.
import type { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

type Issue = { path?: string; message?: string };

export function ErrorNotice({ error }: { error: ApiError }) {
  const { t } = useI18n();
  const issues = (error.details?.issues as Issue[] | undefined) ?? [];
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{(t.errors as Partial<Record<string, string>>)[error.code] ?? t.errors.internal}</strong>{' '}
        {error.message}
      </p>
      {issues.length > 0 && (
        <ul aria-label={t.common.details}>
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              {issue.path ? <code>{issue.path}</code> : null} {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
