// What the signed-in person must do next (GET /api/tasks): earliest due first, overdue ones marked.
import type { Task } from '../api/types.ts';
import { Loaded } from '../components/Loading.tsx';
import { Panel } from '../components/Panel.tsx';
import { useApi } from '../hooks/useApi.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TaskTable } from './TaskTable.tsx';

/** The task panel; `hideWhenEmpty` keeps pages calm for roles that seldom have tasks. */
export function TaskList({ hideWhenEmpty }: { hideWhenEmpty?: boolean }) {
  const { t } = useI18n();
  const resource = useApi<{ tasks: Task[] }>('/tasks');
  if (hideWhenEmpty && resource.data?.tasks.length === 0) return null;
  return (
    <Panel title={t.tasks.title} className="task-list">
      <Loaded resource={resource}>{({ tasks }) => <TaskTable tasks={tasks} />}</Loaded>
    </Panel>
  );
}
