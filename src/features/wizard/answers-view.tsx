import { useMemo, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'wouter';
import type { Assessment } from '@/domain/assessment';
import { stepStatus } from '@/domain/progress';
import type { StepId } from '@/domain/questions';
import { buildSections, type Answer, type Block, type TableBlock } from '@/view-model/sections';

function AnswerText({ answer }: { answer: Answer }) {
  const { t } = useTranslation();
  if (answer.state === 'answered') return <span className="app-answer">{answer.text}</span>;
  if (answer.state === 'notKnown') {
    return (
      <span className="app-answer app-answer--unknown">
        {t('review.notKnown')} {answer.plan && t('review.plan', { plan: answer.plan })}
        {answer.date && ` ${t('checksView.knownBy', { date: answer.date })}`}
      </span>
    );
  }
  return <span className="app-answer app-answer--missing">{t('review.notAnswered')}</span>;
}

/** Something shown next to each answer or table row (the reviewer's "Comment" button and comments). */
export type AnswerAction = (step: StepId, block: Block) => ReactNode;
export type RowAction = (
  step: StepId,
  block: TableBlock,
  row: TableBlock['rows'][number],
) => ReactNode;

function BlockView({
  block,
  step,
  rowAction,
}: {
  block: Block;
  step: StepId;
  rowAction?: RowAction;
}) {
  if (block.kind === 'answer') return <AnswerText answer={block.answer} />;
  if (block.status) return <AnswerText answer={block.status} />;
  if (block.kind === 'readiness') {
    return (
      <ul className="usa-list app-review-list">
        {block.rows.map((r) => (
          <li key={r.question}>
            <strong>{r.question}</strong> {r.answer || '—'}
            {r.note && <span className="app-answer"> · {r.note}</span>}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="app-review-rows">
      {block.rows.map((row) => (
        <li key={row.label}>
          <strong className="app-review-rows__label">{row.label}</strong>
          <dl className="app-review-cells">
            {block.columns.map((c, i) =>
              row.cells[i] ? (
                <div key={c.id}>
                  <dt>{c.label}</dt>
                  <dd className="app-answer">{row.cells[i]}</dd>
                </div>
              ) : null,
            )}
          </dl>
          {rowAction ? rowAction(step, block, row) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * Every answer of an assessment, step by step, as on "Check your answers". With `changeLinks` (where
 * a step's field is), each answer links to its exact field; without, it is a read-only view (a kept
 * exported version, a submission under review). The links come from the caller, so this view needs
 * nothing of the wizard's and the screens that share it load apart.
 */
export function AnswersView({
  assessment,
  changeLinks,
  answerAction,
  rowAction,
}: {
  assessment: Assessment;
  changeLinks: ((step: StepId, field: string) => string) | false;
  /** Read-only views only: shown under each answer and each table row. */
  answerAction?: AnswerAction;
  rowAction?: RowAction;
}) {
  const { t, i18n } = useTranslation();
  // The sections carry the words of the current language: built again when it changes.
  const language = i18n.language;
  const sections = useMemo(
    () => buildSections(assessment),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- buildSections reads the language from i18n
    [assessment, language],
  );
  return (
    <>
      {sections.map((section) => {
        const { step } = section;
        const status = stepStatus(step, assessment);
        return (
          <section
            key={section.id}
            className="app-review-section"
            aria-labelledby={`rv-${section.id}`}
          >
            <div className="app-review-section__head">
              <div>
                <p className="app-step__kicker">{section.kicker}</p>
                <h2 id={`rv-${section.id}`}>{section.heading}</h2>
              </div>
              <span className={`usa-tag app-step-tag app-step-tag--${status}`}>
                {t(`wizard.status.${status}`)}
              </span>
            </div>
            <dl className="app-review-answers">
              {section.blocks.map((block) => (
                <div key={block.key} className="app-review-answer">
                  <dt>
                    {block.number && <span className="app-number">{block.number}</span>}{' '}
                    {block.label}
                  </dt>
                  <dd>
                    <BlockView block={block} step={step.id} rowAction={rowAction} />
                  </dd>
                  {answerAction ? (
                    <dd className="app-review-answer__action">{answerAction(step.id, block)}</dd>
                  ) : null}
                  {changeLinks ? (
                    <dd className="app-review-answer__change">
                      <Link href={changeLinks(step.id, block.key)}>
                        {t('review.change')}
                        <span className="usa-sr-only"> {block.label}</span>
                      </Link>
                    </dd>
                  ) : null}
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </>
  );
}
