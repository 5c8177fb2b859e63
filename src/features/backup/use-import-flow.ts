import { createContext, useCallback, useContext, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { TFunction } from 'i18next';
import type { AssessmentPackage, ConflictChoice } from '@/domain/package';
import { ImportConflictError } from '@/store/device-storage';
import { useAssessmentStore } from '@/store/assessment-store';
import { packageErrorText } from './import-errors';

export type ImportStage =
  | { stage: 'idle' }
  | { stage: 'reading'; fileName: string }
  | { stage: 'rejected'; fileName: string; message: string }
  | { stage: 'preview'; fileName: string; pkg: AssessmentPackage }
  | { stage: 'done'; message: string };

export interface ImportFlow {
  state: ImportStage;
  choice: ConflictChoice;
  setChoice: (c: ConflictChoice) => void;
  /** Reads and checks a file, then shows the preview or says what is wrong. Writes nothing. */
  start: (file: File) => Promise<void>;
  cancel: () => void;
  /** Shows the outcome of a confirmed import (or why nothing was written). */
  finish: (message: string) => void;
}

export function useImportFlow(): ImportFlow {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<ImportStage>({ stage: 'idle' });
  const [choice, setChoice] = useState<ConflictChoice>('replaceIfNewer');

  const start = useCallback(
    async (file: File) => {
      const fileName = file.name;
      setState({ stage: 'reading', fileName });
      const reject = (message: string) => setState({ stage: 'rejected', fileName, message });
      try {
        // A reviewed PDF coming back from the equity team: its review attaches to the assessment.
        const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
        if (new TextDecoder().decode(head) === '%PDF-') {
          const { receiveReviewedPdf } = await import('./receive-reviewed-pdf');
          const outcome = await receiveReviewedPdf(file, t);
          if (outcome.ok) setState({ stage: 'done', message: outcome.message });
          else
            reject(t('backup.import.reviewed.failed', { file: fileName, reason: outcome.message }));
          return;
        }
        // The backup schemas load with the first file, not with the home page.
        const { MAX_PACKAGE_BYTES, parsePackage } = await import('@/domain/package');
        // Too large: say so without reading it.
        if (file.size > MAX_PACKAGE_BYTES) {
          reject(
            packageErrorText(
              t,
              { kind: 'tooLarge', bytes: file.size, maxBytes: MAX_PACKAGE_BYTES },
              i18n.language,
            ),
          );
          return;
        }
        const result = await parsePackage(await file.text());
        if (!result.ok) {
          reject(packageErrorText(t, result.error, i18n.language));
          return;
        }
        // The plan compares with everything on this device, the trash included.
        await useAssessmentStore
          .getState()
          .loadTrash()
          .catch(() => undefined);
        setChoice('replaceIfNewer');
        setState({ stage: 'preview', fileName, pkg: result.package });
      } catch (e) {
        reject(
          t('backup.errors.unreadable', { error: e instanceof Error ? e.message : String(e) }),
        );
      }
    },
    [t, i18n.language],
  );

  return {
    state,
    choice,
    setChoice,
    start,
    cancel: () => setState({ stage: 'idle' }),
    finish: (message) => setState({ stage: 'done', message }),
  };
}

export function importFailureText(t: TFunction, e: unknown): string {
  if (e instanceof ImportConflictError) return t('backup.import.changedMeanwhile');
  return t('backup.import.failed', { error: e instanceof Error ? e.message : String(e) });
}

/** Lets an ImportButton inside an ImportDropZone share the zone's flow (one dialog, one message). */
export const ImportFlowContext = createContext<ImportFlow | undefined>(undefined);
export const useImportFlowContext = () => useContext(ImportFlowContext);
