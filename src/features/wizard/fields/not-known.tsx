import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from '@/i18n/use-translation';
import { MAX_ANSWER_LENGTH } from '@/domain/constants';
import { hasKey, tKey } from '@/i18n/i18n';
import { fieldDomId, useIssue } from '../issues-context';

/** "Not known yet" for a required item, with a short plan to find out and the date it will be known. */
export function NotKnown({ itemId, textKey }: { itemId: string; textKey: string }) {
  const { t } = useTranslation();
  const { register } = useFormContext();
  const on: unknown = useWatch({ name: `notKnown.${itemId}.on` });
  const planPath = `notKnown.${itemId}.plan`;
  const error = useIssue(planPath);
  const checkboxId = fieldDomId(`notKnown.${itemId}.on`);
  const planId = fieldDomId(planPath);
  const datePath = `notKnown.${itemId}.date`;
  const dateId = fieldDomId(datePath);
  const dateHintId = `${dateId}-hint`;
  return (
    <div className="app-not-known">
      <div className="usa-checkbox">
        <input
          id={checkboxId}
          type="checkbox"
          className="usa-checkbox__input"
          {...register(`notKnown.${itemId}.on`)}
        />
        <label className="usa-checkbox__label" htmlFor={checkboxId}>
          {hasKey(`${textKey}.notKnown`) ? tKey(`${textKey}.notKnown`) : t('wizard.notKnown')}
        </label>
      </div>
      {on === true && (
        <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor={planId}>
            {hasKey(`${textKey}.plan`) ? tKey(`${textKey}.plan`) : t('wizard.plan')}
          </label>
          {error && (
            <span className="usa-error-message" id={`${planId}-error`}>
              {error}
            </span>
          )}
          <textarea
            id={planId}
            className="usa-textarea app-textarea--short"
            maxLength={MAX_ANSWER_LENGTH}
            aria-describedby={error ? `${planId}-error` : undefined}
            {...register(planPath)}
          />
          <label className="usa-label" htmlFor={dateId}>
            {t('wizard.notKnownDate')}
          </label>
          <span className="usa-hint" id={dateHintId}>
            {t('wizard.notKnownDateHint')}
          </span>
          <input
            id={dateId}
            type="date"
            className="usa-input app-input-date"
            aria-describedby={dateHintId}
            {...register(datePath)}
          />
        </div>
      )}
    </div>
  );
}
