import { Fragment } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { CRITERIA, type Condition, type Review } from '@/domain/review';
import { criterionName } from '@/view-model/review';
import { focusSoon } from './comments';

/** A condition's one-line fields: who owns it and by when. */
const SHORT_FIELDS = [
  { field: 'owner', type: 'text', label: 'reviewing.conditionOwner' },
  { field: 'due', type: 'date', label: 'reviewing.conditionDue' },
] as const;

/** Conditions: what must happen, who owns it, by when, and the criterion it answers. */
export function ConditionsPanel({
  review,
  update,
}: {
  review: Review;
  update: (change: (r: Review) => Review) => void;
}) {
  const { t } = useTranslation();
  const set = (id: string, patch: Partial<Condition>) =>
    update((r) => ({
      ...r,
      conditions: r.conditions.map((c) => (c.id === id ? { ...c, ...patch } : c)),
    }));
  const add = () => {
    const c: Condition = {
      id: crypto.randomUUID(),
      criterion: '',
      what: '',
      owner: '',
      due: '',
      done: false,
    };
    update((r) => ({ ...r, conditions: [...r.conditions, c] }));
    focusSoon(`cond-${c.id}-what`);
  };
  const remove = (index: number, id: string) => {
    update((r) => ({ ...r, conditions: r.conditions.filter((c) => c.id !== id) }));
    const rest = review.conditions.filter((c) => c.id !== id);
    const next = rest[Math.min(index, rest.length - 1)];
    focusSoon(next ? `cond-${next.id}-what` : 'add-condition');
  };
  return (
    <section className="app-reviewing__part" aria-labelledby="conditions-heading">
      <h3 id="conditions-heading">{t('reviewing.conditionsTitle')}</h3>
      <p className="usa-hint">{t('reviewing.conditionsIntro')}</p>
      {review.conditions.length === 0 ? <p>{t('reviewing.noConditions')}</p> : null}
      {review.conditions.map((c, i) => {
        const n = i + 1;
        const id = (part: string) => `cond-${c.id}-${part}`;
        return (
          <fieldset key={c.id} className="usa-fieldset app-condition">
            <legend className="usa-legend">{t('reviewing.conditionLegend', { n })}</legend>
            <label className="usa-label" htmlFor={id('what')}>
              {t('reviewing.conditionWhat')}
            </label>
            <textarea
              id={id('what')}
              className="usa-textarea"
              rows={2}
              value={c.what}
              onChange={(e) => set(c.id, { what: e.target.value })}
            />
            {SHORT_FIELDS.map(({ field, type, label }) => (
              <Fragment key={field}>
                <label className="usa-label" htmlFor={id(field)}>
                  {t(label)}
                </label>
                <input
                  id={id(field)}
                  className="usa-input"
                  type={type}
                  value={c[field]}
                  onChange={(e) => set(c.id, { [field]: e.target.value })}
                />
              </Fragment>
            ))}
            <label className="usa-label" htmlFor={id('criterion')}>
              {t('reviewing.conditionCriterion')}
            </label>
            <select
              id={id('criterion')}
              className="usa-select"
              value={c.criterion}
              onChange={(e) => {
                const v = e.target.value;
                const found = CRITERIA.find((k) => k.id === v);
                set(c.id, { criterion: found ? found.id : '' });
              }}
            >
              <option value="">{t('reviewing.conditionNoCriterion')}</option>
              {CRITERIA.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.id} {criterionName(k.id)}
                </option>
              ))}
            </select>
            <div className="usa-checkbox">
              <input
                id={id('done')}
                className="usa-checkbox__input"
                type="checkbox"
                checked={c.done}
                onChange={(e) => set(c.id, { done: e.target.checked })}
              />
              <label className="usa-checkbox__label" htmlFor={id('done')}>
                {t('reviewing.conditionDone')}
              </label>
            </div>
            <button
              type="button"
              className="usa-button usa-button--unstyled app-condition__remove"
              onClick={() => remove(i, c.id)}
            >
              {t('reviewing.removeCondition', { n })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        id="add-condition"
        className="usa-button usa-button--outline"
        onClick={add}
      >
        {t('reviewing.addCondition')}
      </button>
    </section>
  );
}
