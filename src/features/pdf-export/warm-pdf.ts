/**
 * Pointing at, focusing or pressing a PDF button gets the PDF worker ready (react-pdf and the
 * fonts, about a second on a slow laptop) while the user is still moving, or reading a dialog.
 * The web page needs neither. The worker's code loads only then, never with the page.
 */
export function warmPdf(): void {
  void import('./pdf-client').then((m) => m.warmPdfWorker()).catch(() => undefined);
}

/** Runs `task` when the page is idle (at the latest after two seconds); returns a cancel. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}
