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

/**
 * `React.lazy` for a screen that can load again: React keeps a failed import for good, so after
 * a failure `loadAgain()` swaps in a fresh lazy component and the next render imports again.
 * (Swapping by itself on failure would loop: React renders again as soon as the import fails.)
 */
export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const attempt = (): ComponentType<P> =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (cause: unknown) => {
          throw new ScreenLoadError(cause, () => {
            current = attempt();
          });
        },
      ),
    );
  let current = attempt();
  return function LazyScreen(props: P) {
    const Screen = current;
    return <Screen {...props} />;
  };
}
