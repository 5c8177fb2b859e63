import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/use-translation';

/** Headings this far down the viewport (or above it) are scrolled to: the page opens at its top. */
const IN_VIEW_FRACTION = 1 / 3;

/**
 * The page's h1. When it first appears (a new screen or step) the page scrolls to it unless it is
 * already near the top of the viewport, and it takes focus, so everyone starts at the top of what
 * changed (a client-side route change keeps the old scroll position otherwise). It also sets the
 * document title.
 */
export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // After the first paint: focusing forces a layout, which would delay showing a long list.
    const frame = requestAnimationFrame(() => {
      const el = ref.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top;
      if (top < 0 || top > window.innerHeight * IN_VIEW_FRACTION) {
        el.scrollIntoView({ block: 'start' });
      }
      el.focus({ preventScroll: true });
    });
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
