// Shows an API error in the user's language, with the server's own message, field issues or unmet rules as details.
import type { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

type Issue = { path?: string; message?: string };
/** A rule the request did not meet, named in both languages (a refused certification lists them). */
type Unmet = { kind: string; message: { en: string; zh: string } };

export function ErrorNotice({ error }: { error: ApiError }) {
  const { t, lang } = useI18n();
  const issues = (error.details?.issues as Issue[] | undefined) ?? [];
  const unmet = (error.details?.unmet as Unmet[] | undefined) ?? [];
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{(t.errors as Partial<Record<string, string>>)[error.code] ?? t.errors.internal}</strong>{' '}
        {unmet.length === 0 && error.message}
      </p>
      {unmet.length > 0 && (
        <ul aria-label={t.common.details}>
          {unmet.map((rule) => (
            <li key={rule.kind}>{rule.message[lang]}</li>
          ))}
        </ul>
      )}
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
