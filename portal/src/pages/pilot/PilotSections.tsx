// The pilot page's sections and the bar of links to them, so findings, the review grid and documents are one
// activation away instead of thousands of pixels down. Every section stays rendered: links move focus, not content.
import { type ReactNode, useEffect } from 'react';
import type { Messages } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useHash } from '../../router.tsx';

export type SectionName = keyof Messages['orientation']['sections'];
const anchor = (name: SectionName) => `pilot-${name}`;

/** Moves to the section the address names once it is on the page (a shared link, the back button). */
function useSectionInAddress(shown: readonly SectionName[]) {
  const hash = useHash();
  useEffect(() => {
    const name = shown.find((s) => `#${anchor(s)}` === hash);
    if (!name) return;
    const section = document.getElementById(anchor(name));
    section?.scrollIntoView({ block: 'start' });
    section?.focus({ preventScroll: true });
  }, [hash, shown]);
}

export function SectionNav({ shown }: { shown: readonly SectionName[] }) {
  const { t } = useI18n();
  useSectionInAddress(shown);
  return (
    <nav className="section-nav" aria-label={t.orientation.onThisPage}>
      <ul className="section-nav-list">
        {shown.map((name) => (
          <li key={name}>
            <a href={`#${anchor(name)}`}>{t.orientation.sections[name]}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function PilotSection({ name, children }: { name: SectionName; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section
      id={anchor(name)}
      className="pilot-section"
      aria-label={t.orientation.sections[name]}
      tabIndex={-1}
    >
      {children}
    </section>
  );
}
