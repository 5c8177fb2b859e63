import { useState } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '@/components/ui/page-heading';
import { daysLeft } from '@/domain/trash';
import { useTranslation } from '@/i18n/use-translation';
import { useAssessmentStore } from '@/store/assessment-store';
import type { TrashSlice } from '@/store/trash-slice';

type TrashItem = TrashSlice['trash'][number];

/**
 * An assessment's address once it is in the trash: deleted in another tab, or on another device
 * through team sync, while it was open here (or a link to it followed later). Says so, and offers
 * to restore it, instead of "Page not found".
 */
export function InTrash({ item }: { item: TrashItem }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const title = item.assessment.meta.title.trim() || t('list.untitled');
  const restore = () =>
    void useAssessmentStore
      .getState()
      // Into memory with the trash change, so the step is drawn at once (no "not found" between).
      .restore(item.assessment.id, { open: true })
      .catch((e: unknown) =>
        setError(t('backup.trash.failed', { error: e instanceof Error ? e.message : String(e) })),
      );
  return (
    <>
      <PageHeading>{t('wizard.inTrash.heading', { title })}</PageHeading>
      <p>{t('wizard.inTrash.text', { count: daysLeft(item.deletedAt, new Date()) })}</p>
      {error && (
        <p role="alert" className="usa-error-message">
          {error}
        </p>
      )}
      <button type="button" className="usa-button" onClick={restore}>
        {t('backup.trash.restore')}
      </button>
      <Link href="/" className="usa-button usa-button--outline">
        {t('app.backToList')}
      </Link>
    </>
  );
}
