// Secretariat: the index editions, composing a draft from the certified cycles, reviewing it and publishing it.
import { api } from '../../../api/client.ts';
import { ActionForm, text } from '../../../components/ActionForm.tsx';
import { TextArea, TextField } from '../../../components/fields.tsx';
import { Loaded } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useApi } from '../../../hooks/useApi.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { Link, navigate } from '../../../router.tsx';
import { CyclePicker, cyclesField } from './CyclePicker.tsx';
import { EditionPreview } from './EditionPreview.tsx';
import type { IndexEditionRecord } from './types.ts';

export const editionsPath = '/index-editions';

function ComposeForm({
  editionId,
  onComposed,
}: {
  editionId?: string;
  onComposed: (id: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const compose = async (data: FormData) => {
    const { edition } = await api<{ edition: IndexEditionRecord }>('POST', '/index/editions', {
      editionId: text(data, 'editionId') ?? '',
      note: text(data, 'note'),
      cycles: data.getAll(cyclesField).map(String),
    });
    await onComposed(edition.editionId);
  };
  return (
    <Panel title={editionId ? t.indexComposer.recomposeTitle(editionId) : t.indexComposer.composeTitle}>
      <p>{t.indexComposer.composeHelp}</p>
      <ActionForm
        key={editionId ?? ''}
        submitLabel={editionId ? t.indexComposer.recompose : t.indexComposer.compose}
        onSubmit={compose}
      >
        <TextField
          label={t.indexComposer.editionId}
          hint={t.indexComposer.editionIdHint}
          name="editionId"
          required
          pattern="[0-9A-Za-z][0-9A-Za-z\-]{0,31}"
          defaultValue={editionId}
          readOnly={!!editionId}
        />
        <TextArea label={t.indexComposer.note} name="note" rows={2} />
        <CyclePicker />
      </ActionForm>
    </Panel>
  );
}

export function EditionsPage({ editionId }: { editionId?: string }) {
  const { t, lang } = useI18n();
  const list = useApi<{ editions: IndexEditionRecord[] }>('/index/editions');
  const chosen = list.data?.editions.find((e) => e.editionId === editionId);
  const composed = async (id: string) => {
    await list.reload();
    navigate(`${editionsPath}/${id}`);
  };
  return (
    <>
      <PageTitle text={editionId ? t.indexComposer.editionTitle(editionId) : t.indexComposer.title} />
      <p>{t.indexComposer.intro}</p>
      <Panel title={t.indexComposer.editions}>
        <Loaded resource={list}>
          {({ editions }) =>
            editions.length === 0 ? (
              <p>{t.indexComposer.noEditions}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.indexComposer.editionId}</th>
                    <th scope="col">{t.indexComposer.status}</th>
                    <th scope="col">{t.indexComposer.composedAt}</th>
                    <th scope="col">{t.indexComposer.cityCount}</th>
                    <th scope="col">{t.indexComposer.rankedCount}</th>
                  </tr>
                </thead>
                <tbody>
                  {editions.map((e) => (
                    <tr key={e.editionId}>
                      <th scope="row">
                        <Link
                          href={`${editionsPath}/${e.editionId}`}
                          aria-current={e.editionId === editionId ? 'page' : undefined}
                        >
                          {e.editionId}
                        </Link>
                      </th>
                      <td>{t.indexComposer.statuses[e.status]}</td>
                      <td>{formatDateTime(e.composedAt, lang)}</td>
                      <td>{e.cities}</td>
                      <td>{e.ranked}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </Loaded>
      </Panel>
      {list.data && chosen?.status !== 'published' && (
        <ComposeForm editionId={chosen ? editionId : undefined} onComposed={composed} />
      )}
      {editionId && (
        <EditionPreview
          key={`${editionId}:${chosen?.composedAt ?? ''}:${chosen?.status ?? ''}`}
          editionId={editionId}
          onPublished={list.reload}
        />
      )}
      {!editionId && (
        <p>
          <Link href="/index">{t.indexComposer.publicPage}</Link>
        </p>
      )}
    </>
  );
}
