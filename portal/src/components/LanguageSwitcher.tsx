// Switches the interface language between English and Chinese.
import { type Lang, useI18n } from '../i18n/I18nProvider.tsx';

const choices: { lang: Lang; label: string; htmlLang: string }[] = [
  { lang: 'en', label: 'English', htmlLang: 'en' },
  { lang: 'zh', label: '中文', htmlLang: 'zh-CN' },
];

export function LanguageSwitcher() {
  const { lang, setLang, t } = useI18n();
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t.app.language}</legend>
      {choices.map((choice) => (
        <button
          key={choice.lang}
          type="button"
          lang={choice.htmlLang}
          aria-pressed={lang === choice.lang}
          onClick={() => setLang(choice.lang)}
        >
          {choice.label}
        </button>
      ))}
    </fieldset>
  );
}
