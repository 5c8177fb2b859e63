import { useRef } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { ImportReview } from './import-review';
import { useImportFlow, useImportFlowContext, type ImportFlow } from './use-import-flow';

function ImportFileButton({ flow }: { flow: ImportFlow }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="usa-button usa-button--outline"
        onClick={() => input.current?.click()}
      >
        {t('backup.import.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.pdf,application/pdf"
        hidden
        aria-label={t('backup.import.button')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Clear it so choosing the same file again still fires a change.
          e.currentTarget.value = '';
          if (file) void flow.start(file);
        }}
      />
    </>
  );
}

function StandaloneImport() {
  const flow = useImportFlow();
  return (
    <>
      <ImportFileButton flow={flow} />
      <ImportReview flow={flow} />
    </>
  );
}

/**
 * "Import": choose a backup file, see what will happen, confirm. Inside an ImportDropZone it shares
 * the zone's messages and dialog; on its own it shows them next to the button.
 */
export function ImportButton() {
  const shared = useImportFlowContext();
  return shared ? <ImportFileButton flow={shared} /> : <StandaloneImport />;
}
