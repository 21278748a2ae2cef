// A versioned programme text (the terms of participation, the confidentiality undertaking) in the chosen language,
// shown where it is accepted so that what is accepted is what was read.
import type { ProgrammeText } from '../../../core/lifecycle/terms.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

export function ProgrammeTextView({ text, title }: { text: ProgrammeText; title: string }) {
  const { t, lang } = useI18n();
  return (
    <details className="programme-text">
      <summary>
        {title} ({t.agreements.version(text.version)})
      </summary>
      {text.sections.map((section) => (
        <section key={section.title.en} aria-label={section.title[lang]}>
          <h3>{section.title[lang]}</h3>
          <ul>
            {section.points.map((point) => (
              <li key={point.en}>{point[lang]}</li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
