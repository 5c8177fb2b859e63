import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { Assessment } from '@/domain/assessment';
import type { CommentAnchor, Review, ReviewComment } from '@/domain/review';
import { latestReviewOf, setCommentDone } from '@/store/submissions';
import { anchorKey, commentsByAnchor } from '@/view-model/review';

/**
 * The review the author got back (the newest, of any version), shared by the steps and "Check your
 * answers": each comment shows next to the field or row it is on until the author marks it done.
 */
interface ReceivedComments {
  review: Review | undefined;
  byAnchor: ReadonlyMap<string, readonly ReviewComment[]>;
  /** Resolves false when this device could not keep the mark. */
  setDone: (commentId: string, done: boolean) => Promise<boolean>;
}

const NONE: ReceivedComments = {
  review: undefined,
  byAnchor: new Map(),
  setDone: () => Promise.resolve(false),
};
const ReceivedCommentsContext = createContext<ReceivedComments>(NONE);

export function useReceivedComments(): ReceivedComments {
  return useContext(ReceivedCommentsContext);
}

export function ReceivedCommentsProvider({
  assessment,
  children,
}: {
  assessment: Pick<Assessment, 'id' | 'status'> | undefined;
  children: ReactNode;
}) {
  const [review, setReview] = useState<Review | undefined>();
  const id = assessment?.id;
  const status = assessment?.status;
  useEffect(() => {
    if (!id) return;
    let live = true;
    latestReviewOf(id).then(
      (r) => live && setReview(r),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // A review arrives with an import, which changes the status: read again then.
  }, [id, status]);
  const reviewId = review?.id;
  const setDone = useCallback(
    async (commentId: string, done: boolean) => {
      if (!reviewId) return false;
      try {
        const next = await setCommentDone(reviewId, commentId, done);
        if (next) setReview(next);
        return next !== undefined;
      } catch {
        return false;
      }
    },
    [reviewId],
  );
  const value = useMemo<ReceivedComments>(() => {
    if (!review) return NONE;
    return { review, byAnchor: commentsByAnchor(review.comments), setDone };
  }, [review, setDone]);
  return (
    <ReceivedCommentsContext.Provider value={value}>{children}</ReceivedCommentsContext.Provider>
  );
}

/** One comment, with the button that marks it done (or not done again). */
export function ReceivedComment({ comment }: { comment: ReviewComment }) {
  const { t } = useTranslation();
  const { setDone } = useReceivedComments();
  const [failed, setFailed] = useState(false);
  const textId = useId();
  return (
    <div
      className={`app-received-comment${comment.done ? ' app-received-comment--done' : ''}`}
      data-comment={comment.id}
    >
      <p className="app-received-comment__from">
        {t('reviewing.received.commentFrom')}
        {comment.done && (
          <span className="usa-tag app-received-comment__tag">
            {t('reviewing.received.doneTag')}
          </span>
        )}
      </p>
      <p className="app-received-comment__text" id={textId}>
        {comment.text}
      </p>
      <button
        type="button"
        className="usa-button usa-button--outline usa-button--small"
        aria-describedby={textId}
        onClick={() => {
          setFailed(false);
          void setDone(comment.id, !comment.done).then((ok) => setFailed(!ok));
        }}
      >
        {comment.done ? t('reviewing.received.markNotDone') : t('reviewing.received.markDone')}
      </button>
      {failed && (
        <p className="usa-error-message" role="alert">
          {t('reviewing.received.markFailed')}
        </p>
      )}
    </div>
  );
}

/**
 * The equity team's comments on one place, in a step: the open ones in full, those marked done
 * folded away (still there to read, and to mark not done again).
 */
export function AnchorComments({ anchor }: { anchor: CommentAnchor }) {
  const { t } = useTranslation();
  const { byAnchor } = useReceivedComments();
  const comments = byAnchor.get(anchorKey(anchor));
  if (!comments || comments.length === 0) return null;
  const open = comments.filter((c) => !c.done);
  const done = comments.filter((c) => c.done);
  return (
    <div className="app-received-comments">
      {open.map((c) => (
        <ReceivedComment key={c.id} comment={c} />
      ))}
      {done.length > 0 && (
        <details className="app-received-comments__done">
          <summary>{t('reviewing.received.doneSummary', { count: done.length })}</summary>
          {done.map((c) => (
            <ReceivedComment key={c.id} comment={c} />
          ))}
        </details>
      )}
    </div>
  );
}

/** On a folded table row's one-line summary: how many open comments wait inside. */
export function CommentMark({ anchor }: { anchor: CommentAnchor }) {
  const { t } = useTranslation();
  const open = useReceivedComments()
    .byAnchor.get(anchorKey(anchor))
    ?.filter((c) => !c.done).length;
  if (!open) return null;
  return (
    <span className="usa-tag app-row__comments">
      {t('reviewing.received.mark', { count: open })}
    </span>
  );
}
