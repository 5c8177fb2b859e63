import { useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { decisionProblems, type Decision, type Review } from '@/domain/review';
import { decisionChoices, decisionName, problemSentence } from '@/view-model/review';

/**
 * The decision, with the gate rules of review.md: a choice the scores do not allow says which
 * gates and why, under the option and again when chosen (and is not taken). A decision the scores
 * no longer allow is flagged.
 */
export function DecisionPanel({
  review,
  update,
}: {
  review: Review;
  update: (change: (r: Review) => Review) => void;
}) {
  const { t } = useTranslation();
  const [refused, setRefused] = useState<string | undefined>();
  const choices = decisionChoices(review);
  const stale =
    review.decision === '' ? [] : decisionProblems(review, review.decision).map(problemSentence);

  const choose = (decision: Decision) => {
    const problems = decisionProblems(review, decision);
    if (problems.length > 0) {
      setRefused(
        t('reviewing.decisionRefused', {
          decision: decisionName(decision),
          reason: problems.map(problemSentence).join(' '),
        }),
      );
      return;
    }
    setRefused(undefined);
    update((r) => ({ ...r, decision }));
  };

  return (
    <section className="app-reviewing__part" aria-labelledby="decision-heading">
      <h3 id="decision-heading">{t('reviewing.decisionTitle')}</h3>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend">{t('reviewing.decisionLabel')}</legend>
        {choices.map((c) => {
          const id = `decision-${c.decision}`;
          const whyId = `${id}-why`;
          return (
            <div key={c.decision} className="usa-radio">
              <input
                className="usa-radio__input"
                type="radio"
                id={id}
                name="decision"
                value={c.decision}
                checked={review.decision === c.decision}
                aria-describedby={c.problems.length > 0 ? whyId : undefined}
                onChange={() => choose(c.decision)}
              />
              <label className="usa-radio__label" htmlFor={id}>
                {c.label}
              </label>
              {c.problems.length > 0 ? (
                <p id={whyId} className="usa-hint app-decision__why">
                  {c.problems.join(' ')}
                </p>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <div role="alert" className="app-reviewing__alert">
        {refused ? (
          <div className="usa-alert usa-alert--error usa-alert--slim">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{refused}</p>
            </div>
          </div>
        ) : null}
      </div>
      {stale.length > 0 && review.decision !== '' ? (
        <div className="usa-alert usa-alert--warning usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {t('reviewing.decisionStale', {
                decision: decisionName(review.decision),
                reason: stale.join(' '),
              })}
            </p>
          </div>
        </div>
      ) : null}
    </section>
  );
}
