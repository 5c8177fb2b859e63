import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { Assessment } from '@/domain/assessment';
import type { Review } from '@/domain/review';
import { latestReviewOf } from '@/store/submissions';
import { reviewSection } from '@/view-model/review';

/**
 * On "Check your answers": the equity team's review the author imported (the newest, of any
 * version): decision, conditions and every comment by the field or row it is on. It stays while
 * the next version is written, so each comment can be worked through.
 */
export function ReceivedReview({ assessment }: { assessment: Assessment }) {
  const { i18n } = useTranslation();
  const [review, setReview] = useState<Review | undefined>();
  const { id, status } = assessment;
  useEffect(() => {
    let live = true;
    latestReviewOf(id).then(
      (r) => live && setReview(r),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id, status]);
  const language = i18n.language;
  const model = useMemo(
    () => (review ? reviewSection(review, assessment) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the model's words follow the language
    [review, assessment, language],
  );
  if (!model) return null;
  return (
    <section
      className="usa-alert usa-alert--info app-received-review"
      aria-labelledby="received-review"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="received-review">
          {model.title}
        </h2>
        <p>{model.intro}</p>
        <dl className="app-received-review__facts">
          {model.facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
        <h3>{model.conditionsTitle}</h3>
        {model.conditions.length === 0 ? (
          <p>{model.noConditions}</p>
        ) : (
          <ul className="usa-list">
            {model.conditions.map((c, i) => (
              <li key={i}>
                {c.what} · {model.conditionLabels.owner}: {c.owner} · {model.conditionLabels.due}:{' '}
                {c.due}
              </li>
            ))}
          </ul>
        )}
        <h3>{model.commentsTitle}</h3>
        {model.comments.length === 0 ? (
          <p>{model.noComments}</p>
        ) : (
          <dl className="app-received-review__comments">
            {model.comments.map((c) => (
              <div key={c.place}>
                <dt>{c.place}</dt>
                {c.texts.map((text, i) => (
                  <dd key={i}>{text}</dd>
                ))}
              </div>
            ))}
          </dl>
        )}
      </div>
    </section>
  );
}
