// What a pilot page shows instead of the pilot when the API refuses it (403 or 404) or fails.
import type { ApiError } from '../../api/client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router.tsx';

export function Unavailable({ error }: { error: ApiError }) {
  const { t } = useI18n();
  const denied = error.code === 'forbidden' || error.code === 'not_found';
  return (
    <>
      <PageTitle text={denied ? t.common.forbiddenTitle : t.errors.internal} />
      {denied ? (
        <p className="notice notice-error">{t.common.forbiddenBody}</p>
      ) : (
        <ErrorNotice error={error} />
      )}
      <p>
        <Link href="/">{t.common.back}</Link>
      </p>
    </>
  );
}
