import { Suspense, useEffect } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Route, Switch } from 'wouter';
import { AssessmentListPage } from '@/features/assessment-list/assessment-list-page';
import { lazyScreen } from '@/components/ui/lazy-screen';
import { NotFound } from '@/components/ui/not-found';
import { ScreenBoundary } from '@/components/ui/screen-error-boundary';
import { ensureLoaded, useAssessmentStore } from '@/store/assessment-store';
import { installLifecycleFlush } from '@/store/lifecycle-flush';
import { startSyncIfOn } from '@/store/sync-start';
import { installTabSync } from '@/store/tab-sync';
import { Layout } from './layout';

// The wizard (forms, validation) and the words of its questions load only when an assessment is
// opened. If its code fails to load, the screen's error boundary says so, and "Try again" loads
// it again.
// Every screen but the list loads with all the words (the home page ships only its own).
function withWords<T>(load: () => Promise<T>): Promise<T> {
  return Promise.all([load(), import('@/i18n/all-words')]).then(([m]) => m);
}

const WizardPage = lazyScreen(() =>
  withWords(() => import('@/features/wizard/wizard-page')).then((m) => m.WizardPage),
);

const VersionPage = lazyScreen(() =>
  withWords(() => import('@/features/wizard/version-page')).then((m) => m.VersionPage),
);

const ReviewPage = lazyScreen(() =>
  withWords(() => import('@/features/review/review-page')).then((m) => m.ReviewPage),
);

const PortfolioPage = lazyScreen(() =>
  withWords(() => import('@/features/portfolio/portfolio-page')).then((m) => m.PortfolioPage),
);

export function App() {
  const { t } = useTranslation();
  const loaded = useAssessmentStore((s) => s.loaded);

  useEffect(() => {
    const store = useAssessmentStore.getState();
    // Team sync starts after the stored data has loaded, and only where it was turned on.
    void ensureLoaded().then(startSyncIfOn);
    void store.requestPersistence();
    const stopFlush = installLifecycleFlush();
    const stopSync = installTabSync();
    return () => {
      stopFlush();
      stopSync();
    };
  }, []);

  return (
    <Layout>
      {!loaded ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <Switch>
            <Route path="/">
              <ScreenBoundary>
                <AssessmentListPage />
              </ScreenBoundary>
            </Route>
            <Route path="/portfolio">
              <ScreenBoundary>
                <PortfolioPage />
              </ScreenBoundary>
            </Route>
            <Route path="/reviews/:assessmentId/:version">
              {(params) => (
                <ScreenBoundary>
                  <ReviewPage assessmentId={params.assessmentId} version={params.version} />
                </ScreenBoundary>
              )}
            </Route>
            <Route path="/assessments/:id/versions/:version">
              {(params) => (
                <ScreenBoundary>
                  <VersionPage id={params.id} version={params.version} />
                </ScreenBoundary>
              )}
            </Route>
            <Route path="/assessments/:id/:step">
              {(params) => (
                <ScreenBoundary>
                  <WizardPage id={params.id} step={params.step} />
                </ScreenBoundary>
              )}
            </Route>
            <Route path="/assessments/:id">
              {(params) => (
                <ScreenBoundary>
                  <WizardPage id={params.id} step="details" />
                </ScreenBoundary>
              )}
            </Route>
            <Route>
              <ScreenBoundary>
                <NotFound />
              </ScreenBoundary>
            </Route>
          </Switch>
        </Suspense>
      )}
    </Layout>
  );
}
