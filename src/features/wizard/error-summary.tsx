import { forwardRef } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { fieldDomId } from './issues-context';
import { revealField } from './reveal-field';

export interface SummaryEntry {
  path: string;
  text: string;
}

/** "There is a problem": every message of the step, each linking to its field. */
export const ErrorSummary = forwardRef<
  HTMLDivElement,
  { entries: SummaryEntry[]; onSkip?: () => void }
>(function ErrorSummary({ entries, onSkip }, ref) {
  const { t } = useTranslation();
  return (
    <div
      className="usa-alert usa-alert--error app-error-summary"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-title">
          {t('wizard.errorSummaryTitle', { count: entries.length })}
        </h2>
        <p className="usa-alert__text">{t('wizard.errorSummaryText')}</p>
        <ul className="usa-list app-error-summary__list">
          {entries.map((e) => (
            <li key={e.path}>
              <a
                href={`#${fieldDomId(e.path)}`}
                onClick={(ev) => {
                  const target = document.getElementById(fieldDomId(e.path));
                  if (target) {
                    ev.preventDefault();
                    revealField(target).focus();
                    target.scrollIntoView({ block: 'center' });
                  }
                }}
              >
                {e.text}
              </a>
            </li>
          ))}
        </ul>
        {onSkip && (
          <button type="button" className="usa-button usa-button--unstyled" onClick={onSkip}>
            {t('wizard.continueAnyway')}
          </button>
        )}
      </div>
    </div>
  );
});
