import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { Review } from '@/domain/review';
import {
  openReview,
  ReviewAutosave,
  type ReviewSaveStatus,
  type Submission,
} from '@/store/review-store';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'ready'; submission: Submission; review: Review };

/** The review being edited, for parts that follow only a slice of it (each comment thread). */
export interface ReviewCell {
  get: () => Review | undefined;
  subscribe: (listener: () => void) => () => void;
}

export const ReviewCellContext = createContext<ReviewCell | undefined>(undefined);

const NO_COMMENTS: Review['comments'] = [];

/** The review's comments; re-renders only the caller when they change. */
export function useReviewComments(): Review['comments'] {
  const cell = useContext(ReviewCellContext);
  return useSyncExternalStore(
    cell?.subscribe ?? (() => () => undefined),
    () => cell?.get()?.comments ?? NO_COMMENTS,
  );
}

/**
 * One submission and its review: loads them (making the review on first open), keeps the review
 * in memory, and writes each change a moment later, at once when the page is hidden or left.
 */
export function useReview(assessmentId: string, version: number) {
  const valid = Number.isInteger(version) && version >= 1;
  const [loaded, setLoaded] = useState<Loaded>({ kind: valid ? 'loading' : 'missing' });
  const [status, setStatus] = useState<ReviewSaveStatus>('saved');
  const current = useRef<Review | undefined>(undefined);
  const saver = useRef<ReviewAutosave | undefined>(undefined);
  const listeners = useRef(new Set<() => void>());
  const [cell] = useState<ReviewCell>(() => ({
    get: () => current.current,
    subscribe: (listener) => {
      listeners.current.add(listener);
      return () => listeners.current.delete(listener);
    },
  }));
  saver.current ??= new ReviewAutosave(setStatus);

  useEffect(() => {
    let live = true;
    if (!valid) return;
    void openReview(assessmentId, version)
      .then((opened) => {
        if (!live) return;
        if (!opened) return setLoaded({ kind: 'missing' });
        current.current = opened.review;
        setLoaded({ kind: 'ready', ...opened });
      })
      .catch(() => live && setLoaded({ kind: 'missing' }));
    return () => {
      live = false;
    };
  }, [assessmentId, version, valid]);

  useEffect(() => {
    const s = saver.current;
    const flush = () => void s?.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, []);

  const update = useCallback((change: (r: Review) => Review) => {
    const before = current.current;
    if (!before) return;
    const next = { ...change(before), updatedAt: new Date().toISOString() };
    current.current = next;
    listeners.current.forEach((l) => l());
    setLoaded((l) => (l.kind === 'ready' ? { ...l, review: next } : l));
    saver.current?.schedule(next);
  }, []);

  const flush = useCallback(() => saver.current?.flush() ?? Promise.resolve(), []);

  return { loaded, status, update, flush, cell };
}
