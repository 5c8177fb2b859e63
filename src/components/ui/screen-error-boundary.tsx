import { Component, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link, useLocation } from 'wouter';
import { ScreenLoadError } from './lazy-screen';
import { PageHeading } from './page-heading';

type BoundaryProps = { children: ReactNode; resetKey: string };
type BoundaryState = { error?: { value: unknown } };

/** Catches what a screen throws while rendering (a crash, or its code failing to load). */
class ScreenErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = {};

  static getDerivedStateFromError(value: unknown): BoundaryState {
    return { error: { value } };
  }

  componentDidUpdate(previous: BoundaryProps) {
    // Going to another address leaves the broken screen behind.
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.reset();
  }

  /** Renders the screen again (its code too, if that is what failed to load). */
  reset = () => {
    const value = this.state.error?.value;
    if (value instanceof ScreenLoadError) value.loadAgain();
    this.setState({ error: undefined });
  };

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ScreenErrorMessage error={error.value} onRetry={this.reset} />;
  }
}

/** The error boundary around one screen; it resets when the address changes. */
export function ScreenBoundary({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return <ScreenErrorBoundary resetKey={location}>{children}</ScreenErrorBoundary>;
}

/** For a help desk only: the error as the browser gave it, in the browser's words. */
function technicalText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** A calm message in plain words, and the way back. The raw error stays folded away. */
function ScreenErrorMessage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const notLoaded = error instanceof ScreenLoadError;
  return (
    <div className="app-screen-error">
      <PageHeading>
        {notLoaded ? t('screenError.notLoadedTitle') : t('screenError.title')}
      </PageHeading>
      <p>{notLoaded ? t('screenError.notLoadedText') : t('screenError.text')}</p>
      <p>{t('screenError.saved')}</p>
      <div className="app-screen-error__actions">
        <button type="button" className="usa-button" onClick={onRetry}>
          {t('screenError.retry')}
        </button>
        <Link href="/" className="usa-button usa-button--outline">
          {t('app.backToList')}
        </Link>
      </div>
      <details className="app-screen-error__details">
        <summary>{t('screenError.detailsSummary')}</summary>
        <p>{t('screenError.detailsIntro')}</p>
        <pre>{technicalText(error)}</pre>
      </details>
    </div>
  );
}
