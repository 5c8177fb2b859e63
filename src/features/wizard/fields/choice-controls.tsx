import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from '@/i18n/use-translation';
import type { ChoiceField } from '@/domain/questions';
import { tKey } from '@/i18n/i18n';

interface Props {
  name: string;
  field: ChoiceField;
  domId: string;
}

const optionLabel = (field: ChoiceField, value: string) =>
  tKey(`options.${field.optionSet}.${value}`);
const optionHint = (field: ChoiceField, value: string) =>
  tKey(`options.${field.optionSet}Hint.${value}`);

export function RadioGroup({ name, field, domId }: Props) {
  const { register } = useFormContext();
  return (
    <div className="app-options">
      {field.options.map((value) => {
        const id = `${domId}-${value}`;
        return (
          <div key={value} className="usa-radio">
            <input
              id={id}
              type="radio"
              value={value}
              className="usa-radio__input"
              {...register(name)}
            />
            <label className="usa-radio__label" htmlFor={id}>
              {optionLabel(field, value)}
            </label>
          </div>
        );
      })}
    </div>
  );
}

export function CheckboxGroup({ name, field, domId }: Props) {
  return (
    <CheckboxList
      name={name}
      domId={domId}
      options={field.options.map((value) => ({ id: value, label: optionLabel(field, value) }))}
    />
  );
}

/**
 * Checkboxes whose value is always an array of the checked ids. (react-hook-form's `register` turns
 * a lone checkbox into a single value, which would not fit the schema.)
 */
export function CheckboxList({
  name,
  domId,
  options,
}: {
  name: string;
  domId: string;
  options: readonly { id: string; label: string }[];
}) {
  const { field } = useController({ name });
  const checked: unknown[] = Array.isArray(field.value) ? field.value : [];
  return (
    <div className="app-options app-options--columns">
      {options.map((o) => {
        const id = `${domId}-${o.id}`;
        return (
          <div key={o.id} className="usa-checkbox">
            <input
              id={id}
              type="checkbox"
              className="usa-checkbox__input"
              name={name}
              value={o.id}
              checked={checked.includes(o.id)}
              onBlur={field.onBlur}
              onChange={(e) =>
                field.onChange(
                  e.target.checked ? [...checked, o.id] : checked.filter((v) => v !== o.id),
                )
              }
            />
            <label className="usa-checkbox__label" htmlFor={id}>
              {o.label}
            </label>
          </div>
        );
      })}
    </div>
  );
}

export function SelectControl({
  name,
  field,
  domId,
  aria,
}: Props & { aria: { 'aria-describedby'?: string; 'aria-invalid'?: boolean } }) {
  const { t } = useTranslation();
  const { register } = useFormContext();
  return (
    <>
      <select id={domId} className="usa-select" {...aria} {...register(name)}>
        <option value="">{t('wizard.choose')}</option>
        {field.options.map((value) => (
          <option key={value} value={value}>
            {optionLabel(field, value)}
          </option>
        ))}
      </select>
      {field.optionSet === 'engagementLevel' && (
        <details className="app-example app-levels">
          <summary>{t('wizard.levelsTitle')}</summary>
          <dl>
            {field.options.map((value) => (
              <div key={value}>
                <dt>{optionLabel(field, value)}</dt>
                <dd>{optionHint(field, value)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </>
  );
}
