// The pilot's key facts: stage, deadline, verifier and the letter of intent it started with.
import type { Pilot } from '../../api/types.ts';
import { DueDate } from '../../components/DueDate.tsx';
import { Panel } from '../../components/Panel.tsx';
import { StageBadge } from '../../components/StageBadge.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export function PilotFacts({ pilot }: { pilot: Pilot }) {
  const { t } = useI18n();
  return (
    <dl className="facts">
      <div>
        <dt>{t.pilot.stage}</dt>
        <dd>
          <StageBadge stage={pilot.stage} />
        </dd>
      </div>
      <div>
        <dt>{pilot.dueKind === 'verification' ? t.due.verification : t.due.submission}</dt>
        <dd>
          <DueDate dueAt={pilot.dueAt} />
        </dd>
      </div>
      <div>
        <dt>{t.pilot.verifier}</dt>
        <dd>{pilot.verifierId ?? '–'}</dd>
      </div>
      <div>
        <dt>{t.pilot.supervisor}</dt>
        <dd>{pilot.supervisorId ?? '–'}</dd>
      </div>
      <div>
        <dt>{t.pilot.mode}</dt>
        <dd>{pilot.verificationMode ? t.pilot.modes[pilot.verificationMode] : '–'}</dd>
      </div>
    </dl>
  );
}

export function LetterPanel({ pilot }: { pilot: Pilot }) {
  const { t } = useI18n();
  const { letter } = pilot;
  return (
    <Panel title={t.pilot.letter}>
      <dl className="letter">
        <dt>{t.board.country}</dt>
        <dd>{[letter.country, letter.region].filter(Boolean).join(', ')}</dd>
        <dt>{t.pilot.vision}</dt>
        <dd>{letter.vision}</dd>
        <dt>{t.pilot.contact}</dt>
        <dd>
          {letter.contact.name}
          {letter.contact.title ? `, ${letter.contact.title}` : ''} –{' '}
          <a href={`mailto:${letter.contact.email}`}>{letter.contact.email}</a>
        </dd>
        <dt>{t.pilot.signatory}</dt>
        <dd>
          {letter.signatory.name}, {letter.signatory.title}
        </dd>
        <dt>{t.pilot.language}</dt>
        <dd>{letter.preferredLanguage === 'zh' ? '中文' : 'English'}</dd>
      </dl>
      <p className="muted">
        {pilot.termsAccepted
          ? t.agreements.termsAccepted(
              pilot.termsAccepted.version,
              pilot.termsAccepted.userId,
              pilot.termsAccepted.at.slice(0, 10),
            )
          : t.agreements.termsMissing}
      </p>
    </Panel>
  );
}
