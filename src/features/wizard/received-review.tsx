import { useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { Assessment } from '@/domain/assessment';
import { commentGroups, reviewSection } from '@/view-model/review';
import { ReceivedComment, useReceivedComments } from './review-comments';

/**
 * On "Check your answers": the equity team's review the author imported (the newest, of any
 * version): decision, conditions and every comment by the field or row it is on. It stays while
 * the next version is written, so each comment can be worked through.
 */
export function ReceivedReview({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation();
  const { review } = useReceivedComments();
  const language = i18n.language;
  const model = useMemo(
    () =>
      review
        ? { section: reviewSection(review, assessment), groups: commentGroups(review, assessment) }
        : undefined,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the model's words follow the language
    [review, assessment, language],
  );
  if (!model) return null;
  const { section, groups } = model;
  const all = groups.flatMap((g) => g.comments);
  const done = all.filter((c) => c.done).length;
  return (
    <section
      className="usa-alert usa-alert--info app-received-review"
      aria-labelledby="received-review"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="received-review">
          {section.title}
        </h2>
        <p>{section.intro}</p>
        <dl className="app-received-review__facts">
          {section.facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
        <h3>{section.conditionsTitle}</h3>
        {section.conditions.length === 0 ? (
          <p>{section.noConditions}</p>
        ) : (
          <ul className="usa-list">
            {section.conditions.map((c, i) => (
              <li key={i}>
                {c.what} · {section.conditionLabels.owner}: {c.owner} ·{' '}
                {section.conditionLabels.due}: {c.due}
              </li>
            ))}
          </ul>
        )}
        <h3>{section.commentsTitle}</h3>
        {groups.length === 0 ? (
          <p>{section.noComments}</p>
        ) : (
          <>
            <p>{t('reviewing.received.counts', { open: all.length - done, done })}</p>
            <dl className="app-received-review__comments">
              {groups.map((g) => (
                <div key={g.key}>
                  <dt>{g.place}</dt>
                  {g.comments.map((c) => (
                    <dd key={c.id}>
                      <ReceivedComment comment={c} />
                    </dd>
                  ))}
                </div>
              ))}
            </dl>
          </>
        )}
      </div>
    </section>
  );
}
