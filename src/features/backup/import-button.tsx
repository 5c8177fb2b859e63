import { useTranslation } from '@/i18n/use-translation';
import { FileButton } from '@/components/ui/file-button';
import { ImportReview } from './import-review';
import { useImportFlow, useImportFlowContext, type ImportFlow } from './use-import-flow';

function ImportFileButton({ flow }: { flow: ImportFlow }) {
  const { t } = useTranslation();
  return (
    <FileButton
      label={t('backup.import.button')}
      accept=".json,application/json,.pdf,application/pdf"
      onFile={(file) => void flow.start(file)}
    />
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
