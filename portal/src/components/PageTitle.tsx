// The page's h1: sets the document title and takes focus on navigation so screen readers announce the new page.
import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

export function PageTitle({ children, text }: { children?: ReactNode; text: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${text} · ${t.app.title}`;
  }, [text, t]);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} id="page-title">
      {children ?? text}
    </h1>
  );
}
