import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The page's h1. It takes focus when it first appears (a new screen or step), so screen-reader and
 * keyboard users start at the top of what changed, and it sets the document title.
 */
export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // After the first paint: focusing forces a layout, which would delay showing a long list.
    const frame = requestAnimationFrame(() => ref.current?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(frame);
  }, []);
  useEffect(() => {
    const text = title ?? ref.current?.textContent ?? '';
    const name = t('app.name');
    document.title = text ? `${text} · ${name}` : name;
  }, [title, children, t]);
  return (
    <h1 ref={ref} tabIndex={-1} className="app-page-heading">
      {children}
    </h1>
  );
}
