import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A native <dialog> with USWDS modal styling. Opened modal (focus trapped, Escape closes) where the
 * browser supports it; Escape or the browser's own close calls `onClose`.
 */
export function ModalDialog({
  titleId,
  title,
  children,
  footer,
  onClose,
  focusTitle = false,
}: {
  titleId: string;
  title: string;
  children: ReactNode;
  footer: ReactNode;
  onClose: () => void;
  /**
   * Start at the title instead of the first button: for a dialog whose content is long, so the
   * reader sees (and hears) it from the top (WAI-ARIA APG, dialog pattern).
   */
  focusTitle?: boolean;
}) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Read once, when the dialog opens.
  const focusTitleOnOpen = useRef(focusTitle);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || el.open) return;
    if (typeof el.showModal === 'function') el.showModal();
    else el.setAttribute('open', '');
    if (focusTitleOnOpen.current) {
      titleRef.current?.focus();
      el.scrollTop = 0;
    }
    return () => {
      if (typeof el.close === 'function' && el.open) el.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="usa-modal usa-modal--lg app-modal"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="usa-modal__content">
        <div className="usa-modal__main">
          <h2 className="usa-modal__heading" id={titleId} ref={titleRef} tabIndex={-1}>
            {title}
          </h2>
          <div className="usa-prose">{children}</div>
          <div className="usa-modal__footer">
            <ul className="usa-button-group">{footer}</ul>
          </div>
        </div>
      </div>
    </dialog>
  );
}
