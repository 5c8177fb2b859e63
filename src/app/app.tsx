import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { AssessmentListPage } from '@/features/assessment-list/assessment-list-page';
import { NotFound } from '@/components/ui/not-found';
import { ensureLoaded, useAssessmentStore } from '@/store/assessment-store';
import { installLifecycleFlush } from '@/store/lifecycle-flush';
import { installTabSync } from '@/store/tab-sync';
import { Layout } from './layout';

// The wizard (forms, validation) loads only when an assessment is opened.
const WizardPage = lazy(() =>
  import('@/features/wizard/wizard-page').then((m) => ({ default: m.WizardPage })),
);

export function App() {
  const { t } = useTranslation();
  const loaded = useAssessmentStore((s) => s.loaded);

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
      {!loaded ? (
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
