import { useRef, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { GlossaryTerm } from '@/domain/questions';

/** "Key terms" under a prompt: each opens a short definition in a modal dialog. */
export function GlossaryTerms({ terms }: { terms: readonly GlossaryTerm[] | undefined }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState<GlossaryTerm>();
  if (!terms?.length) return null;
  const show = (term: GlossaryTerm) => {
    setOpen(term);
    dialog.current?.showModal();
  };
  return (
    <div className="app-terms">
      <span className="app-terms__label">{t('wizard.keyTerms')}</span>{' '}
      {terms.map((term) => (
        <button
          key={term}
          type="button"
          className="usa-button usa-button--unstyled app-terms__term"
          onClick={() => show(term)}
        >
          {t(`glossary.${term}.term`)}
        </button>
      ))}
      <dialog
        ref={dialog}
        className="app-dialog"
        aria-labelledby={open ? `gl-${open}` : undefined}
        onClose={() => setOpen(undefined)}
      >
        {open && (
          <>
            <h2 id={`gl-${open}`} className="app-dialog__title">
              {t(`glossary.${open}.term`)}
            </h2>
            <p>{t(`glossary.${open}.definition`)}</p>
          </>
        )}
        {/* Not a <form method="dialog">: the dialog sits inside the step's form. */}
        <button type="button" className="usa-button" onClick={() => dialog.current?.close()}>
          {t('common.close')}
        </button>
      </dialog>
    </div>
  );
}
