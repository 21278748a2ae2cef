// An earlier version of the targets table, read-only.
import type { TargetsTable as Table, TargetEntry } from '../../api/types.ts';
import { Loaded } from '../../components/Loading.tsx';
import { useApi } from '../../hooks/useApi.ts';
import { TargetsTable } from './TargetsTable.tsx';

const noDraft: ReadonlyMap<string, TargetEntry> = new Map();

export function OlderTargets({ version }: { version: number }) {
  const resource = useApi<{ targets: Table }>(`/targets/${version}`);
  return (
    <Loaded resource={resource}>
      {({ targets }) => (
        <TargetsTable entries={targets.entries} draft={noDraft} editable={false} onChange={() => {}} />
      )}
    </Loaded>
  );
}
