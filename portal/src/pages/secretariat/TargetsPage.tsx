// Secretariat: the versioned benchmark targets table; older versions read-only, the version in force editable
// into a draft that is published as the next version.
import { useState } from 'react';
import type { TargetsTable as Table } from '../../api/types.ts';
import { Loaded } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Published } from './PublishTargets.tsx';
import { TargetsEditor } from './TargetsEditor.tsx';

export function TargetsPage() {
  const { t } = useI18n();
  const resource = useApi<{ targets: Table }>('/targets');
  const [published, setPublished] = useState<Published>();
  // A new version remounts the table, which drops the draft it was made from.
  const onPublished = async (done: Published) => {
    await resource.reload();
    setPublished(done);
  };
  return (
    <>
      <PageTitle text={t.targets.title} />
      <p role="status" className="notice-ok">
        {published ? t.targets.published(published.version, published.changed) : ''}
      </p>
      <Loaded resource={resource}>
        {({ targets }) => <TargetsEditor key={targets.version} current={targets} onPublished={onPublished} />}
      </Loaded>
    </>
  );
}
