import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { AssessmentListPage } from '@/features/assessment-list/assessment-list-page';
import { NotFound } from '@/components/ui/not-found';
import {
  ensureLoaded,
  installLifecycleFlush,
  installTabSync,
  useAssessmentStore,
} from '@/store/assessment-store';
import { Layout } from './layout';

// The wizard (forms, validation) loads only when an assessment is opened.
const WizardPage = lazy(() =>
  import('@/features/wizard/wizard-page').then((m) => ({ default: m.WizardPage })),
);

export function App() {
  const { t } = useTranslation();
  const loaded = useAssessmentStore((s) => s.loaded);
  const loadError = useAssessmentStore((s) => s.loadError);

  useEffect(() => {
    const store = useAssessmentStore.getState();
    void ensureLoaded();
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
      {loadError ? (
        <div className="usa-alert usa-alert--error" role="alert">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{t('app.loadErrorTitle')}</h2>
            <p className="usa-alert__text">{t('app.loadErrorText', { error: loadError })}</p>
          </div>
        </div>
      ) : !loaded ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <Switch>
            <Route path="/" component={AssessmentListPage} />
            <Route path="/assessments/:id/:step">
              {(params) => <WizardPage id={params.id} step={params.step} />}
            </Route>
            <Route path="/assessments/:id">
              {(params) => <WizardPage id={params.id} step="details" />}
            </Route>
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      )}
    </Layout>
  );
}
