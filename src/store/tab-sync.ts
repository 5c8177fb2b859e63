import { readLastBackupAt } from '@/storage/backup';
import { useAssessmentStore } from './assessment-store';
import { onTabMessage } from './tab-channel';

/** Keeps this tab's lists and open screens in step with changes made in other tabs. */
export function installTabSync(): () => void {
  return onTabMessage((message) => {
    const store = useAssessmentStore.getState();
    if (!store.loaded) return;
    if (message.type === 'changed') void store.reloadRecords(message.ids).catch(() => undefined);
    else if (message.type === 'trash') void store.loadTrash().catch(() => undefined);
    else if (message.type === 'backup')
      void readLastBackupAt().then(
        (at) => useAssessmentStore.setState({ lastBackupAt: at }),
        () => undefined,
      );
  });
}
