import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'wouter';
import type { VersionSnapshot } from '@/domain/versions';
import { shortFingerprint, fingerprint } from '@/domain/fingerprint';
import { NotFound } from '@/components/ui/not-found';
import { PageHeading } from '@/components/ui/page-heading';
import { ExportPdfButton } from '@/features/pdf-export/export-pdf-button';
import { formatDateTime } from '@/lib/format';
import { readVersion } from '@/store/versions';
import { AnswersView } from './answers-view';
import { stepHref } from './field-link';

type State =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'ready'; snapshot: VersionSnapshot; fingerprint: string };

/** One kept exported version, read-only: its answers as exported, and "Export PDF" for it again. */
export function VersionPage({ id, version }: { id: string; version: string }) {
  const { t, i18n } = useTranslation();
  const n = Number(version);
  const valid = Number.isInteger(n) && n >= 1;
  const [state, setState] = useState<State>({ kind: valid ? 'loading' : 'missing' });
  useEffect(() => {
    let live = true;
    if (!valid) return;
    void readVersion(id, n)
      .then(async (snapshot) => {
        if (!live) return;
        if (!snapshot) return setState({ kind: 'missing' });
        const full = await fingerprint(snapshot.assessment);
        if (live) setState({ kind: 'ready', snapshot, fingerprint: shortFingerprint(full) });
      })
      .catch(() => live && setState({ kind: 'missing' }));
    return () => {
      live = false;
    };
  }, [id, n, valid]);

  if (state.kind === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.kind === 'missing') return <NotFound />;
  const { snapshot } = state;
  const a = snapshot.assessment;
  const title = a.meta.title.trim() || t('list.untitled');
  return (
    <div className="app-version">
      <div className="app-wizard__top">
        <Link href={stepHref(id, 'review')} className="app-back-link">
          {t('versions.backToReview')}
        </Link>
      </div>
      <PageHeading>{t('versions.pageHeading', { version: snapshot.version, title })}</PageHeading>
      <div className="usa-alert usa-alert--info usa-alert--slim">
        <div className="usa-alert__body">
          <p className="usa-alert__text">
            {t('versions.readOnly', {
              version: snapshot.version,
              date: formatDateTime(snapshot.exportedAt, i18n.language),
              id: a.readableId,
              fingerprint: state.fingerprint,
            })}
          </p>
        </div>
      </div>
      <ExportPdfButton assessmentId={id} snapshot={a} />
      <AnswersView assessment={a} changeLinks={false} />
    </div>
  );
}
