import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { formatDateTime } from '@/lib/format';
import { daysLeft } from '@/domain/trash';
import { useAssessmentStore } from '@/store/assessment-store';
import { ModalDialog } from '@/components/ui/modal-dialog';

type Heading = 'h2' | 'h3' | 'h4';

/** Deleted assessments for 30 days: restore one, or empty the trash after a confirmation. */
export function TrashPanel({ headingLevel = 2 }: { headingLevel?: 2 | 3 | 4 }) {
  const { t, i18n } = useTranslation();
  const H: Heading = `h${headingLevel}`;
  const trash = useAssessmentStore((s) => s.trash);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    void useAssessmentStore
      .getState()
      .loadTrash()
      .catch(() => undefined);
  }, []);

  const fail = (e: unknown) =>
    setError(t('backup.trash.failed', { error: e instanceof Error ? e.message : String(e) }));
  const now = new Date();
  const titleOf = (title: string) => title.trim() || t('backup.import.untitled');

  return (
    <section className="app-trash" aria-labelledby="trash-heading">
      <H id="trash-heading">{t('backup.trash.heading')}</H>
      <p>{t('backup.trash.intro')}</p>
      <div role="status">{message && <p>{message}</p>}</div>
      {error && (
        <p role="alert" className="usa-error-message">
          {error}
        </p>
      )}
      {trash.length === 0 ? (
        <p>{t('backup.trash.empty')}</p>
      ) : (
        <>
          <table className="usa-table usa-table--borderless width-full">
            <caption className="usa-sr-only">{t('backup.trash.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backup.trash.colTitle')}</th>
                <th scope="col">{t('backup.trash.colDeleted')}</th>
                <th scope="col">{t('backup.trash.colLeft')}</th>
                <th scope="col">
                  <span className="usa-sr-only">{t('backup.trash.colActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {trash.map(({ assessment: a, deletedAt }) => {
                const left = daysLeft(deletedAt, now);
                const title = titleOf(a.meta.title);
                return (
                  <tr key={a.id}>
                    <th scope="row">
                      {title} <span className="text-base">({a.readableId})</span>
                    </th>
                    <td>{formatDateTime(deletedAt, i18n.language)}</td>
                    <td>
                      {left === 0
                        ? t('backup.trash.lastDay')
                        : t('backup.trash.daysLeft', { count: left })}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="usa-button usa-button--outline usa-button--small"
                        aria-label={t('backup.trash.restoreLabel', { title })}
                        onClick={() => {
                          setError(undefined);
                          useAssessmentStore
                            .getState()
                            .restore(a.id)
                            .then(() => setMessage(t('backup.trash.restored', { title })), fail);
                        }}
                      >
                        {t('backup.trash.restore')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <button
            type="button"
            className="usa-button usa-button--secondary"
            onClick={() => setConfirming(true)}
          >
            {t('backup.trash.emptyTrash')}
          </button>
        </>
      )}
      {confirming && (
        <ModalDialog
          titleId="empty-trash-title"
          title={t('backup.trash.confirmTitle')}
          onClose={() => setConfirming(false)}
          footer={
            <>
              <li className="usa-button-group__item">
                <button
                  type="button"
                  className="usa-button usa-button--secondary"
                  onClick={() => {
                    setConfirming(false);
                    setError(undefined);
                    useAssessmentStore
                      .getState()
                      .emptyTrash()
                      .then(() => setMessage(t('backup.trash.emptied')), fail);
                  }}
                >
                  {t('backup.trash.confirmYes')}
                </button>
              </li>
              <li className="usa-button-group__item">
                <button
                  type="button"
                  className="usa-button usa-button--unstyled padding-105 text-center"
                  onClick={() => setConfirming(false)}
                >
                  {t('backup.trash.cancel')}
                </button>
              </li>
            </>
          }
        >
          <p>{t('backup.trash.confirmText', { count: trash.length })}</p>
        </ModalDialog>
      )}
    </section>
  );
}
