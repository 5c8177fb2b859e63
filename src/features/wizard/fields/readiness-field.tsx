import { useFormContext } from 'react-hook-form';
import { useTranslation } from '@/i18n/use-translation';
import { READINESS_ANSWERS, READINESS_KEYS, MAX_ANSWER_LENGTH } from '@/domain/constants';
import type { ReadinessItem } from '@/domain/questions';
import { tKey } from '@/i18n/i18n';
import { fieldDomId, useIssue } from '../issues-context';
import { FieldShell } from './field-shell';

/** Q4 readiness: five yes / no / unsure answers, each with a note. */
export function ReadinessField({ item }: { item: ReadinessItem }) {
  const { register } = useFormContext();
  useTranslation(); // its words follow a language change
  const textKey = `items.q4.${item.id}`;
  const error = useIssue(item.id);
  return (
    <FieldShell
      textKey={textKey}
      domId={fieldDomId(item.id)}
      error={error}
      required={item.required}
      group
    >
      <div className="app-readiness">
        {READINESS_KEYS.map((key) => {
          const base = `${item.id}.${key}`;
          const domId = fieldDomId(`${base}.answer`);
          return (
            <fieldset
              key={key}
              className="usa-fieldset app-readiness__row"
              id={domId}
              tabIndex={-1}
            >
              <legend className="usa-legend app-readiness__q">
                {tKey(`${textKey}.keys.${key}`)}
              </legend>
              <div className="app-options app-options--inline">
                {READINESS_ANSWERS.map((answer) => (
                  <div key={answer} className="usa-radio">
                    <input
                      id={`${domId}-${answer}`}
                      type="radio"
                      value={answer}
                      className="usa-radio__input"
                      {...register(`${base}.answer`)}
                    />
                    <label className="usa-radio__label" htmlFor={`${domId}-${answer}`}>
                      {tKey(`options.readinessAnswer.${answer}`)}
                    </label>
                  </div>
                ))}
              </div>
              <label className="usa-label" htmlFor={fieldDomId(`${base}.note`)}>
                {tKey(`${textKey}.noteLabel`)}
              </label>
              <textarea
                id={fieldDomId(`${base}.note`)}
                className="usa-textarea app-textarea--short"
                maxLength={MAX_ANSWER_LENGTH}
                {...register(`${base}.note`)}
              />
            </fieldset>
          );
        })}
      </div>
    </FieldShell>
  );
}
