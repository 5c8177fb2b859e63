import { lazy, type ComponentType } from 'react';

/**
 * A screen's code could not be loaded (a lazy chunk's import failed: offline with an old copy of
 * the app, or the network dropped). The screen error boundary tells this apart from a crash, and
 * calls `loadAgain()` before it tries the screen again.
 */
export class ScreenLoadError extends Error {
  readonly loadAgain: () => void;
  constructor(cause: unknown, loadAgain: () => void) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ScreenLoadError';
    this.loadAgain = loadAgain;
  }
}

/** A page load that never settles: the page is going away. */
const never = new Promise<never>(() => undefined);

/**
 * `React.lazy` for a screen that can load again: React keeps a failed import for good, so after
 * a failure `loadAgain()` swaps in a fresh lazy component and the next render imports again.
 * (Swapping by itself on failure would loop: React renders again as soon as the import fails.)
 *
 * Some browsers keep a failed module fetch too (Chromium 150 does; 156 fetches again), so an
 * import asked for again fails at once without reaching the network. When the import the user
 * asked for with "Try again" fails, the page is loaded again instead (`reload`), which starts with
 * no failed fetch kept; everything typed is already saved on the device. Only a failure of that
 * asked-for import reloads: a screen that fails on its own shows its message, so nothing loops.
 */
export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
  reload: () => void = () => window.location.reload(),
): ComponentType<P> {
  const attempt = (askedAgain: boolean): ComponentType<P> =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (cause: unknown) => {
          if (askedAgain) {
            reload();
            return never;
          }
          throw new ScreenLoadError(cause, () => {
            current = attempt(true);
          });
        },
      ),
    );
  let current = attempt(false);
  return function LazyScreen(props: P) {
    const Screen = current;
    return <Screen {...props} />;
  };
}
