import { useTranslation } from '@/i18n/use-translation';
import type { CommentAnchor, Review, ReviewComment } from '@/domain/review';
import { anchorKey } from '@/view-model/review';
import { useReviewComments } from './use-review';

/** DOM ids for the "Comment" button of an anchor and the text box of a comment. */
export const commentButtonId = (anchor: CommentAnchor) =>
  `cb-${encodeURIComponent(anchorKey(anchor))}`;
export const commentBoxId = (c: Pick<ReviewComment, 'id'>) => `cm-${c.id}`;

export function newComment(anchor: CommentAnchor): ReviewComment {
  return { id: crypto.randomUUID(), anchor, text: '', done: false };
}

/** Moves focus after the DOM has the element (a new box, or the button after a removal). */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * The reviewer's comments on one place, and the button to add one. `place` names the place for
 * labels ("2.5 Benefit and burden", "H2 (4.1 Harms)").
 */
export function CommentThread({
  anchor,
  place,
  update,
}: {
  anchor: CommentAnchor;
  place: string;
  update: (change: (r: Review) => Review) => void;
}) {
  const { t } = useTranslation();
  const comments = useReviewComments();
  const key = anchorKey(anchor);
  const here = comments.filter((c) => anchorKey(c.anchor) === key);

  const add = () => {
    const c = newComment(anchor);
    update((r) => ({ ...r, comments: [...r.comments, c] }));
    focusSoon(commentBoxId(c));
  };
  const setText = (id: string, text: string) =>
    update((r) => ({
      ...r,
      comments: r.comments.map((c) => (c.id === id ? { ...c, text } : c)),
    }));
  const remove = (id: string) => {
    update((r) => ({ ...r, comments: r.comments.filter((c) => c.id !== id) }));
    focusSoon(commentButtonId(anchor));
  };

  return (
    <div className="app-comment-thread">
      {here.map((c) => (
        <div key={c.id} className="usa-form-group app-comment">
          <label className="usa-label" htmlFor={commentBoxId(c)}>
            {t('reviewing.commentLabel', { place })}
          </label>
          <textarea
            id={commentBoxId(c)}
            className="usa-textarea app-comment__text"
            rows={3}
            value={c.text}
            onChange={(e) => setText(c.id, e.target.value)}
          />
          <button
            type="button"
            className="usa-button usa-button--unstyled app-comment__remove"
            onClick={() => remove(c.id)}
          >
            {t('reviewing.removeComment')}
            <span className="usa-sr-only"> {place}</span>
          </button>
        </div>
      ))}
      <button
        type="button"
        id={commentButtonId(anchor)}
        className="usa-button usa-button--outline usa-button--small app-comment__add"
        onClick={add}
        aria-label={t('reviewing.commentOn', { place })}
      >
        {t('reviewing.commentButton')}
      </button>
    </div>
  );
}
