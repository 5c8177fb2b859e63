import type { Assessment } from '@/domain/assessment';
import { completeness } from '@/domain/progress';
import { getStep, questionNumber } from '@/domain/questions';
import { i18n } from '@/i18n/i18n';
import { lookupOr } from './words';

export interface OpenQuestion {
  stepId: string;
  /** "Question 2 · Data", or the step's title before the questions. */
  where: string;
  label: string;
}

/** The required questions still open, in words, in the order of the steps. */
export function openQuestions(a: Assessment): OpenQuestion[] {
  return completeness(a).open.flatMap(({ step: stepId, item }) => {
    const step = getStep(stepId);
    if (!step) return [];
    const title = lookupOr(`steps.${step.id}.title`, step.id);
    const number = questionNumber(step);
    return [
      {
        stepId,
        where:
          number === undefined ? title : `${i18n.t('pdf.section.question', { number })} · ${title}`,
        label: lookupOr(`items.${step.section}.${item}.label`, item),
      },
    ];
  });
}
