import { clearJournal, writeJournal } from '@/storage/journal';
import { useAssessmentStore } from './assessment-store';

/** Keeps unsaved edits safe when the tab is hidden or closed. Call once at start-up. */
export function installLifecycleFlush(): () => void {
  const onHide = () => {
    const store = useAssessmentStore.getState();
    // Synchronous journal first: the IndexedDB write below may not finish before the tab dies.
    writeJournal(store.unsaved());
    void store.flush().then(
      () => {
        if (useAssessmentStore.getState().unsaved().length === 0) clearJournal();
      },
      () => undefined,
    );
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onHide();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', onHide);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', onHide);
  };
}
