import { useTranslation } from '@/i18n/use-translation';
import { LEVELS, type Review } from '@/domain/review';
import type { CriterionLine } from '@/view-model/review';

/**
 * The rubric: for each criterion (A–I) its words, whether it is a gate, what "Meets" looks like, the
 * open checks that bear on it, a level (1–4) as a radio group, and a note.
 */
export function RubricPanel({
  review,
  criteria,
  update,
}: {
  review: Review;
  criteria: CriterionLine[];
  update: (change: (r: Review) => Review) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="app-reviewing__part" aria-labelledby="rubric-heading">
      <h3 id="rubric-heading">{t('reviewing.rubricTitle')}</h3>
      <p className="usa-hint">{t('reviewing.rubricIntro')}</p>
      {criteria.map((c) => {
        const title = `${c.id} ${c.name}`;
        const meetsId = `crit-${c.id}-meets`;
        const checksId = `crit-${c.id}-checks`;
        return (
          <fieldset
            key={c.id}
            className="usa-fieldset app-criterion"
            aria-describedby={`${meetsId} ${checksId}`}
          >
            <legend className="usa-legend app-criterion__legend">
              {title}
              {c.gate ? (
                <>
                  {' '}
                  <span className="usa-tag app-criterion__gate">{t('reviewing.gate')}</span>
                </>
              ) : null}
            </legend>
            <p id={meetsId} className="usa-hint">
              <strong>{t('reviewing.meetsLabel')}</strong> {c.meets}
            </p>
            <div id={checksId} className="app-criterion__checks">
              <p className="app-criterion__checks-title">{t('reviewing.checksTitle')}</p>
              {c.checks.length === 0 ? (
                <p className="usa-hint">{t('reviewing.noChecks')}</p>
              ) : (
                <ul className="usa-list">
                  {c.checks.map((line) => (
                    <li key={line.key}>{line.sentence}</li>
                  ))}
                </ul>
              )}
            </div>
            <div
              role="radiogroup"
              aria-label={t('reviewing.levelLegend', { criterion: title })}
              className="app-criterion__levels"
            >
              {LEVELS.map((level) => {
                const id = `crit-${c.id}-level-${level}`;
                return (
                  <div key={level} className="usa-radio">
                    <input
                      className="usa-radio__input"
                      type="radio"
                      id={id}
                      name={`crit-${c.id}`}
                      value={level}
                      checked={c.level === level}
                      onChange={() =>
                        update((r) => ({ ...r, scores: { ...r.scores, [c.id]: level } }))
                      }
                    />
                    <label className="usa-radio__label" htmlFor={id}>
                      {t(`reviewing.levels.${level}`)}
                    </label>
                  </div>
                );
              })}
            </div>
            <div className="usa-form-group">
              <label className="usa-label" htmlFor={`crit-${c.id}-note`}>
                {t('reviewing.noteLabel', { criterion: title })}
              </label>
              <textarea
                id={`crit-${c.id}-note`}
                className="usa-textarea"
                rows={2}
                value={review.notes[c.id] ?? ''}
                onChange={(e) => {
                  const text = e.target.value;
                  update((r) => ({ ...r, notes: { ...r.notes, [c.id]: text } }));
                }}
              />
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}
