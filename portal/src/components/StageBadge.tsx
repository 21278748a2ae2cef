// A pilot's stage as a coloured label; the colour groups stages, the text always names the stage.
import type { Stage } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

const tone: Partial<Record<Stage, string>> = {
  declined: 'bad',
  validation_failed: 'bad',
  withdrawn: 'muted',
  certified: 'good',
  validated: 'good',
  reported: 'good',
};

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-${tone[stage] ?? 'info'}`} data-stage={stage}>
      {t.stages[stage]}
    </span>
  );
}
