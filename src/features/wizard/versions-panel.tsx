import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'wouter';
import { contentFingerprint } from '@/domain/versions';
import type { Assessment } from '@/domain/assessment';
import { formatDateTime } from '@/lib/format';
import { listVersions } from '@/store/versions';

interface Row {
  version: number;
  exportedAt: string;
  contentFingerprint: string;
}

/** Where a kept version opens, read-only. */
export const versionHref = (id: string, version: number): string =>
  `/assessments/${id}/versions/${version}`;

/**
 * On "Check your answers": every exported version, kept read-only, each with a link to open it (and
 * export it again from there), and whether the answers changed since the last one.
 */
export function VersionsPanel({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<Row[] | undefined>();
  const [failed, setFailed] = useState(false);
  const [content, setContent] = useState<string | undefined>();
  const { id, version } = assessment;
  // Read again when an export made a new version.
  useEffect(() => {
    let live = true;
    listVersions(id).then(
      (list) =>
        live &&
        setRows(
          list.map((v) => ({
            version: v.version,
            exportedAt: v.exportedAt,
            contentFingerprint: v.contentFingerprint,
          })),
        ),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [id, version]);
  // "Changed" means different answers than the last exported version, not a later save.
  useEffect(() => {
    let live = true;
    void contentFingerprint(assessment).then((c) => live && setContent(c));
    return () => {
      live = false;
    };
  }, [assessment]);

  const latest = rows?.[0];
  const changed =
    latest !== undefined && content !== undefined && latest.contentFingerprint !== content;
  return (
    <section className="app-versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('versions.heading')}</h2>
      {version === 0 ? (
        <p>{t('versions.none')}</p>
      ) : (
        <p>
          {changed
            ? t('versions.changed', { version, next: version + 1 })
            : t('versions.unchanged', { version })}
        </p>
      )}
      {failed ? <p className="usa-error-message">{t('versions.failed')}</p> : null}
      {rows && rows.length > 0 ? (
        <ul className="usa-list app-versions__list">
          {rows.map((r) => (
            <li key={r.version}>
              <Link href={versionHref(id, r.version)}>
                {t('versions.open', { version: r.version })}
              </Link>{' '}
              <span className="text-base">
                {t('versions.exportedAt', { date: formatDateTime(r.exportedAt, i18n.language) })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
