import { fieldDomId } from './issues-context';

/**
 * Links that open a step at one exact field or table row: `/assessments/<id>/q4?field=harms.2.groups`.
 * `field` is the wizard's react-hook-form path (the same path the checks and the error summary use);
 * `from=review` says the link came from "Check your answers", so the step offers the way back.
 */
const FIELD = 'field';
const FROM = 'from';
const FROM_REVIEW = 'review';

export interface StepTarget {
  /** The react-hook-form path of the field, row or table to land on. */
  field?: string;
  /** Came from "Check your answers": show "Back to check your answers". */
  fromReview?: boolean;
}

/** The URL of a step, optionally at one field. */
export function stepHref(assessmentId: string, step: string, target: StepTarget = {}): string {
  const params = new URLSearchParams();
  if (target.field) params.set(FIELD, target.field);
  if (target.fromReview) params.set(FROM, FROM_REVIEW);
  const query = params.toString();
  return `/assessments/${assessmentId}/${step}${query ? `?${query}` : ''}`;
}

/** Reads a step URL's search part (with or without the leading `?`). */
export function readStepTarget(search: string): StepTarget {
  const params = new URLSearchParams(search);
  const field = params.get(FIELD)?.trim();
  return {
    field: field ? field : undefined,
    fromReview: params.get(FROM) === FROM_REVIEW,
  };
}

/**
 * The element for a form path, or for the nearest enclosing part on the page: a cell whose column is
 * not asked for this row lands on its row (`harms.2`), a row that is gone on its table (`harms`).
 */
export function findField(path: string): HTMLElement | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n -= 1) {
    const el = document.getElementById(fieldDomId(parts.slice(0, n).join('.')));
    if (el) return el;
  }
  return null;
}

const FOCUSABLE = 'input, select, textarea, button, a[href], [tabindex]';

/** Part of the viewport a field with its label may take and still be centred. */
const CENTRE_MAX_SHARE = 0.6;

/** Frames to wait for a folded table row to draw its fields once opened. */
const OPEN_FRAMES = 10;

/**
 * Opens the folded parts around a field, scrolls it into view with its label, and focuses it.
 * A field in a folded table row is not on the page until its row opens: the row's summary stands
 * for it, so the row is opened and the field looked for again over the next frames.
 * Returns false when nothing on the page matches the path.
 */
export function landOnField(path: string, framesLeft = OPEN_FRAMES): boolean {
  const el = findField(path);
  if (!el) return false;
  let opened = false;
  for (let p: HTMLElement | null = el; p; p = p.parentElement) {
    if (p instanceof HTMLDetailsElement && !p.open) {
      p.open = true;
      opened = true;
    }
  }
  const exact = el.id === fieldDomId(path);
  if (!exact && framesLeft > 0 && (opened || el.matches('summary'))) {
    requestAnimationFrame(() => landOnField(path, framesLeft - 1));
    return true;
  }
  // The field's group holds its label, hint and error: show them with it.
  const group = el.closest<HTMLElement>('.usa-form-group') ?? el;
  const fits = group.getBoundingClientRect().height <= window.innerHeight * CENTRE_MAX_SHARE;
  const block = fits ? 'center' : 'start';
  group.scrollIntoView({ block });
  if (!el.matches(FOCUSABLE)) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
  // Blocks far from the screen are drawn at an estimated height (content-visibility): once those
  // near the field are drawn, their real heights can move it. Look again after they are.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const box = group.getBoundingClientRect();
      const shown =
        box.top >= 0 &&
        Math.min(box.bottom, el.getBoundingClientRect().bottom) <= window.innerHeight;
      if (!shown && group.isConnected) group.scrollIntoView({ block });
    }),
  );
  return true;
}
