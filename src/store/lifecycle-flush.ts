import { storeContext, useAssessmentStore } from './assessment-store';

/** Keeps unsaved edits safe when the tab is hidden or closed. Call once at start-up. */
export function installLifecycleFlush(): () => void {
  const onHide = () => {
    const autosave = storeContext().autosave;
    // Synchronous copy first: the IndexedDB writes below may not finish before the tab dies. The
    // first successful write removes it again.
    autosave.keepCopyNow();
    void autosave.journalSettled();
    void useAssessmentStore
      .getState()
      .flush()
      .catch(() => undefined);
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
