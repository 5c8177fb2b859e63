import type { ReactNode } from 'react';
import { hasKey, tKey } from '@/i18n/i18n';
import { useTranslation } from '@/i18n/use-translation';
import type { GlossaryTerm } from '@/domain/questions';
import { GlossaryTerms } from '../glossary-terms';

export interface ShellProps {
  /** Locale key base: `items.q1.proposal` or `items.q1.results.columns.result`. */
  textKey: string;
  domId: string;
  error: string | undefined;
  required?: boolean;
  /** Marked "(optional)": most fields around it are required. */
  optional?: boolean;
  terms?: readonly GlossaryTerm[];
  /** Several controls (radios, checkboxes) sit in a fieldset with a legend. */
  group?: boolean;
  children: ReactNode;
  /** Extra words after the label (e.g. the row label "H2"). */
  labelSuffix?: string;
}

export function describedBy(
  domId: string,
  textKey: string,
  error: string | undefined,
): string | undefined {
  const ids = [
    hasKey(`${textKey}.hint`) ? `${domId}-hint` : '',
    error ? `${domId}-error` : '',
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** Label, hint, example, key terms and error message around one control, the USWDS way. */
export function FieldShell({
  textKey,
  domId,
  error,
  required,
  optional,
  terms,
  group,
  children,
  labelSuffix,
}: ShellProps) {
  const { t } = useTranslation();
  const label = (
    <>
      {tKey(`${textKey}.label`)}
      {labelSuffix ? ` ${labelSuffix}` : ''}
      {required && <span className="app-required"> {t('wizard.requiredMark')}</span>}
      {optional && !required && <span className="app-optional"> {t('flow.optionalMark')}</span>}
    </>
  );
  const extras = (
    <>
      {hasKey(`${textKey}.hint`) && (
        <div className="usa-hint" id={`${domId}-hint`}>
          {tKey(`${textKey}.hint`)}
        </div>
      )}
      {hasKey(`${textKey}.example`) && (
        <details className="app-example">
          <summary>{t('wizard.seeExample')}</summary>
          <p>{tKey(`${textKey}.example`)}</p>
        </details>
      )}
      <GlossaryTerms terms={terms} />
      {error && (
        <span className="usa-error-message" id={`${domId}-error`}>
          {error}
        </span>
      )}
    </>
  );
  const cls = `usa-form-group${error ? ' usa-form-group--error' : ''}`;
  if (group) {
    return (
      <div className={cls}>
        <fieldset
          className="usa-fieldset"
          id={domId}
          tabIndex={-1}
          aria-describedby={describedBy(domId, textKey, error)}
        >
          <legend className="usa-legend">{label}</legend>
          {extras}
          {children}
        </fieldset>
      </div>
    );
  }
  return (
    <div className={cls}>
      <label className={`usa-label${error ? ' usa-label--error' : ''}`} htmlFor={domId}>
        {label}
      </label>
      {extras}
      {children}
    </div>
  );
}
