import { useEffect, useMemo, useState } from 'react';
import type { Assessment } from '@/domain/assessment';
import { useTranslation } from '@/i18n/use-translation';
import type { TFunction } from 'i18next';
import {
  CONFLICT_CHOICES,
  planImport,
  type PlanItem,
  type RecordsOnDevice,
} from '@/domain/package';
import { formatDateTime } from '@/lib/format';
import { allAssessments } from '@/store/all-assessments';
import { useAssessmentStore } from '@/store/assessment-store';
import { readRecordsOnDevice } from '@/store/backup-records';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { importFailureText, type ImportFlow } from './use-import-flow';

function resultText(t: TFunction, item: PlanItem, when: (iso: string) => string): string {
  switch (item.action) {
    case 'new':
      return t('backup.import.result.new');
    case 'copy':
      return t('backup.import.result.copy', { id: item.assessment.readableId });
    case 'replace':
      return t('backup.import.result.replace', { time: when(item.replaces.updatedAt) });
    case 'skip':
      return t(`backup.import.result.${item.reason}`);
  }
}

/**
 * The preview dialog of an import: what will be added, replaced, skipped, and the choice for
 * conflicts. Nothing is written before "Import" is pressed. Loaded once a file has been read (it
 * plans with the backup schemas, which the home page does not load before).
 */
export function ImportPreview({ flow }: { flow: ImportFlow }) {
  const { t, i18n } = useTranslation();
  const { state } = flow;
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const byId = useAssessmentStore((s) => s.byId);
  const summaries = useAssessmentStore((s) => s.summaries);
  const trash = useAssessmentStore((s) => s.trash);
  const [writing, setWriting] = useState(false);

  const pkg = state.stage === 'preview' ? state.pkg : undefined;
  // Everything on this device, read in full only while a preview is open (and again when the
  // device's assessments change meanwhile).
  const [onDevice, setOnDevice] = useState<{
    of: unknown;
    list: Assessment[];
    records: RecordsOnDevice;
  }>();
  useEffect(() => {
    if (!pkg) return;
    let live = true;
    void Promise.all([allAssessments(), readRecordsOnDevice()]).then(([list, records]) => {
      if (live) setOnDevice({ of: pkg, list, records });
    });
    return () => {
      live = false;
    };
  }, [pkg, byId, summaries]);
  const current = onDevice?.of === pkg ? onDevice : undefined;

  const plan = useMemo(() => {
    if (!pkg || !current) return undefined;
    const listed = new Set(current.list.map((a) => a.id));
    const existing = [
      ...current.list,
      ...trash.map((x) => x.assessment).filter((a) => !listed.has(a.id)),
    ];
    return planImport(
      existing,
      pkg.assessments.map((e) => e.assessment),
      flow.choice,
      {
        now: new Date(),
        newId: () => crypto.randomUUID(),
        copySuffix: t('backup.import.copySuffix'),
        records: pkg,
        onDevice: current.records,
      },
    );
  }, [pkg, current, trash, flow.choice, t]);

  const confirm = async () => {
    if (!plan) return;
    setWriting(true);
    try {
      await useAssessmentStore.getState().applyImport(plan);
      const done = t('backup.import.done', {
        added: plan.counts.new,
        replaced: plan.counts.replaced,
        skipped: plan.counts.skipped,
      });
      flow.finish(
        recordWrites > 0 ? `${done} ${t('backup.import.doneRecords', recordCounts)}` : done,
      );
    } catch (e) {
      flow.finish(importFailureText(t, e));
    } finally {
      setWriting(false);
    }
  };

  const recordCounts = {
    versions: plan?.records.versions.length ?? 0,
    submissions: plan?.records.submissions.length ?? 0,
    reviews: plan?.records.reviews.length ?? 0,
  };
  const recordWrites = recordCounts.versions + recordCounts.submissions + recordCounts.reviews;
  const writes = plan ? plan.counts.new + plan.counts.replaced + recordWrites : 0;
  const recordsInFile = pkg ? pkg.versions.length + pkg.submissions.length + pkg.reviews.length : 0;

  return (
    <>
      {state.stage === 'preview' && plan && pkg && (
        <ModalDialog
          titleId="import-dialog-title"
          title={t('backup.import.dialogTitle', { file: state.fileName })}
          onClose={flow.cancel}
          footer={
            <>
              <li className="usa-button-group__item">
                <button
                  type="button"
                  className="usa-button"
                  disabled={writing || writes === 0}
                  onClick={() => void confirm()}
                >
                  {writing
                    ? t('backup.import.writing')
                    : writes === 0
                      ? t('backup.import.confirmNothing')
                      : t('backup.import.confirm')}
                </button>
              </li>
              <li className="usa-button-group__item">
                <button
                  type="button"
                  className="usa-button usa-button--unstyled padding-105 text-center"
                  onClick={flow.cancel}
                >
                  {t('backup.import.cancel')}
                </button>
              </li>
            </>
          }
        >
          <p>
            {t('backup.import.summary', {
              count: pkg.assessments.length,
              time: when(pkg.exportedAt),
            })}
            {recordsInFile > 0 &&
              ` ${t('backup.import.summaryRecords', {
                versions: pkg.versions.length,
                submissions: pkg.submissions.length,
                reviews: pkg.reviews.length,
              })}`}
          </p>
          {plan.conflicts > 0 && (
            <fieldset className="usa-fieldset">
              <legend className="usa-legend">
                {t('backup.import.conflictLegend', { count: plan.conflicts })}
              </legend>
              {CONFLICT_CHOICES.map((c) => (
                <div className="usa-radio" key={c}>
                  <input
                    className="usa-radio__input"
                    type="radio"
                    id={`import-choice-${c}`}
                    name="import-choice"
                    value={c}
                    checked={flow.choice === c}
                    onChange={() => flow.setChoice(c)}
                  />
                  <label className="usa-radio__label" htmlFor={`import-choice-${c}`}>
                    {t(`backup.import.choice.${c}`)}
                  </label>
                </div>
              ))}
            </fieldset>
          )}
          <h3>{t('backup.import.whatHappens')}</h3>
          <ul>
            <li>{t('backup.import.willAdd', { count: plan.counts.new })}</li>
            <li>{t('backup.import.willReplace', { count: plan.counts.replaced })}</li>
            <li>{t('backup.import.willSkip', { count: plan.counts.skipped })}</li>
            {recordsInFile > 0 && <li>{t('backup.import.willAddRecords', recordCounts)}</li>}
          </ul>
          <table className="usa-table usa-table--borderless usa-table--compact width-full">
            <caption>{t('backup.import.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backup.import.colAssessment')}</th>
                <th scope="col">{t('backup.import.colChanged')}</th>
                <th scope="col">{t('backup.import.colResult')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.items.map((item, i) => {
                const incoming = pkg.assessments[i]?.assessment ?? item.assessment;
                return (
                  <tr key={`${incoming.id}-${i}`}>
                    <th scope="row">
                      {incoming.readableId}{' '}
                      {incoming.meta.title.trim() || t('backup.import.untitled')}
                    </th>
                    <td>{when(incoming.updatedAt)}</td>
                    <td>{resultText(t, item, when)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ModalDialog>
      )}
    </>
  );
}
