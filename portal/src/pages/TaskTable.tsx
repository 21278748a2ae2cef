// The table of tasks: city, task, due date (overdue marked) and details, earliest due first.
import { reportText } from '../../../core/documents/verification-report-text.ts';
import { type DraftSection, draftSections } from '../../../core/lifecycle/draft-review-schemas.ts';
import type { StageMachineName, Task } from '../api/types.ts';
import { DueDate, dueState } from '../components/DueDate.tsx';
import { TableHead } from '../components/TableHead.tsx';
import { humanize } from '../i18n/en.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router.tsx';
import { sectionHeading } from './pilot/draft/DraftReport.tsx';

/** Tasks without a due date come last. */
const byDue = (a: Task, b: Task) => (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff');

const isDraftSection = (value: string): value is DraftSection =>
  (draftSections as readonly string[]).includes(value);

function useDetail() {
  const { t, lang } = useI18n();
  return (task: Task) => {
    if (!task.detail) return '';
    if (task.kind === 'verify' && task.reviewed !== undefined) return t.tasks.reviewed(task.reviewed);
    if (task.kind === 'read_answer') return t.tasks.query(task.detail);
    if (task.kind === 'approve_conclusion') return t.tasks.dataset(task.detail);
    // The report's own heading of the commented section, as the draft in the browser shows it.
    if (task.kind === 'answer_draft_comment' && isDraftSection(task.detail))
      return sectionHeading(task.detail, reportText[lang]);
    if (task.kind === 'retry_stage') return t.machines[task.detail as StageMachineName] ?? task.detail;
    return task.detail;
  };
}

export function TaskTable({ tasks }: { tasks: Task[] }) {
  const { t } = useI18n();
  const detail = useDetail();
  if (tasks.length === 0) return <p>{t.tasks.none}</p>;
  return (
    <div className="table-wrap">
      <table className="tasks">
        <caption className="visually-hidden">{t.tasks.title}</caption>
        <TableHead columns={[t.tasks.city, t.tasks.task, t.tasks.due, t.tasks.detail]} />
        <tbody>
          {[...tasks].sort(byDue).map((task, position) => (
            <tr
              // A pilot can have several tasks of one kind (one per query): the position tells them apart.
              key={`${task.pilotId}-${task.kind}-${task.detail ?? position}`}
              data-overdue={task.dueAt && dueState(task.dueAt).state === 'overdue' ? 'true' : undefined}
            >
              <th scope="row">
                <Link href={`/pilots/${task.pilotId}`}>{task.cityName}</Link>
              </th>
              <td>{t.tasks.kinds[task.kind] ?? humanize(task.kind)}</td>
              <td>
                <DueDate dueAt={task.dueAt} />
              </td>
              <td>{detail(task)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
