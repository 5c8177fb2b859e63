import { useEffect, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { ImportReview } from './import-review';
import { ImportFlowContext, useImportFlow } from './use-import-flow';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

/**
 * Wraps the list: a backup file dropped on it is imported (with the same preview as "Import").
 * While mounted, a file dropped anywhere else on the page is ignored instead of replacing the app.
 */
export function ImportDropZone({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const flow = useImportFlow();
  const [over, setOver] = useState(false);

  useEffect(() => {
    const block = (e: globalThis.DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', block);
    window.addEventListener('drop', block);
    return () => {
      window.removeEventListener('dragover', block);
      window.removeEventListener('drop', block);
    };
  }, []);

  return (
    <ImportFlowContext.Provider value={flow}>
      <div
        className={`app-drop-zone${over ? ' app-drop-zone--over' : ''}`}
        data-testid="import-drop-zone"
        onDragOver={(e) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget instanceof Node ? e.relatedTarget : null))
            setOver(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const file = e.dataTransfer.files[0];
          if (file) void flow.start(file);
        }}
      >
        <ImportReview flow={flow} />
        {children}
        <p className={over ? 'app-drop-zone__hint' : 'usa-sr-only'}>{t('backup.import.drop')}</p>
      </div>
    </ImportFlowContext.Provider>
  );
}
