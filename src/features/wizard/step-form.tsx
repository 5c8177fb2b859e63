import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, type FieldValues } from 'react-hook-form';
import { useTranslation } from '@/i18n/use-translation';
import { useLocation } from 'wouter';
import { SECTION_SCHEMAS } from '@/domain/assessment';
import { checkStep, type Issue } from '@/domain/checks';
import { depthOf, stepAt } from '@/domain/depth';
import { QUESTION_STEPS, questionNumber, STEP_IDS, type Step } from '@/domain/questions';
import { PageHeading } from '@/components/ui/page-heading';
import { tKey } from '@/i18n/i18n';
import { useAssessmentStore } from '@/store/assessment-store';
import { DepthChoice } from './depth-choice';
import { ErrorSummary } from './error-summary';
import { IssuesContext } from './issues-context';
import { issueMessage, issueSummaryText } from './issue-text';
import { mostRequired } from './fields/optional-mark';
import { ItemBlock } from './item-block';
import './big-steps.css';

/**
 * One step of the guided flow: one react-hook-form per step, defaults from the store, every change
 * sent to the store (which writes it within half a second). Checks run on Next; they never block saving.
 */
export function StepForm({
  id,
  step,
  readOnly = false,
}: {
  id: string;
  step: Step;
  readOnly?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const section = step.section;
  // Read once: the form owns the values while the step is open, so typing never re-renders the step.
  const [defaults] = useState<FieldValues>(() =>
    structuredClone(useAssessmentStore.getState().byId[id]?.[section] ?? {}),
  );
  const form = useForm<FieldValues>({ defaultValues: defaults });
  // What this form last sent to the store (at first: what it was opened with). Anything else in
  // the store's section came from outside (team sync, a settled conflict).
  const sent = useRef<unknown>(useAssessmentStore.getState().byId[id]?.[section]);
  const takingOutside = useRef(false);
  const [issues, setIssues] = useState<Issue[]>();
  const summaryRef = useRef<HTMLDivElement>(null);
  // The step as asked at the assessment's depth. Switching depth re-renders the step, never the
  // form's values: answers to items a depth does not ask stay in the form and in the store.
  const depth = useAssessmentStore((s) => {
    const a = s.byId[id];
    return a ? depthOf(a) : 'full';
  });
  const asked = stepAt(step, depth);
  const markOptional = mostRequired(asked.items);

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          if (readOnly || takingOutside.current) return;
          const parsed = SECTION_SCHEMAS[section].safeParse(values);
          if (parsed.success) {
            sent.current = parsed.data;
            useAssessmentStore.getState().updateSection(id, section, parsed.data);
          } else {
            // Never pretend: say this change was not saved (the form still holds it).
            const first = parsed.error.issues[0];
            useAssessmentStore.setState({
              save: {
                kind: 'error',
                message: `${first?.path.join('.') ?? section}: ${first?.message ?? 'invalid'}`,
              },
            });
          }
        },
      }),
    [form, id, section, readOnly],
  );

  // Words that came from outside go into the form, field by field (the field being typed in keeps
  // its caret unless it is the one that changed), so a later keystroke never writes the old words
  // back over them. Read-only forms are made again instead (wizard-page's key).
  useEffect(() => {
    if (readOnly) return;
    return useAssessmentStore.subscribe((state) => {
      const now = state.byId[id]?.[section];
      if (!now || now === sent.current) return;
      sent.current = now;
      const current = form.getValues();
      takingOutside.current = true;
      try {
        for (const [key, value] of Object.entries(now)) {
          if (JSON.stringify(current[key]) !== JSON.stringify(value)) {
            form.setValue(key, structuredClone(value));
          }
        }
      } finally {
        takingOutside.current = false;
      }
    });
  }, [form, id, section, readOnly]);

  useEffect(() => {
    if (issues?.length) summaryRef.current?.focus();
  }, [issues]);

  const index = STEP_IDS.indexOf(step.id);
  const prev = index > 0 ? STEP_IDS[index - 1] : undefined;
  const next = STEP_IDS[index + 1] ?? 'review';
  const go = (to: string) => navigate(`/assessments/${id}/${to}`);

  const onNext = () => {
    const found = checkStep(step, form.getValues(), useAssessmentStore.getState().byId[id]);
    if (found.length > 0) setIssues(found);
    else go(next);
  };

  // Messages are words: made again when the language changes.
  const language = i18n.language;
  const messages = useMemo(
    () => new Map((issues ?? []).map((i) => [i.path, issueMessage(i)])),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- issueMessage reads the language from i18n
    [issues, language],
  );
  const heading = tKey(`steps.${step.id}.heading`);

  return (
    <FormProvider {...form}>
      <form
        className="usa-form usa-form--large app-step"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onNext();
        }}
        onBlur={() =>
          void useAssessmentStore
            .getState()
            .flush()
            .catch(() => undefined)
        }
      >
        {step.isQuestion && (
          <p className="app-step__kicker">
            {t('wizard.questionOf', { n: questionNumber(step), total: QUESTION_STEPS.length })}
          </p>
        )}
        <PageHeading>{heading}</PageHeading>
        <p className="app-step__intro">{tKey(`steps.${step.id}.intro`)}</p>
        {step.id === 'details' && <DepthChoice id={id} readOnly={readOnly} />}
        {issues && issues.length > 0 && (
          <ErrorSummary
            ref={summaryRef}
            entries={issues.map((i) => ({ path: i.path, text: issueSummaryText(step, i) }))}
            onSkip={() => go(next)}
          />
        )}
        <IssuesContext.Provider value={messages}>
          <fieldset className="app-step__fields" disabled={readOnly}>
            {asked.items.map((item) => (
              <ItemBlock
                key={item.id}
                item={item}
                section={section}
                assessmentId={id}
                allowNotKnown={step.isQuestion}
                markOptional={markOptional}
              />
            ))}
          </fieldset>
        </IssuesContext.Provider>
        <div className="app-step__buttons">
          {prev && (
            <button
              type="button"
              className="usa-button usa-button--outline"
              onClick={() => go(prev)}
            >
              {t('wizard.back')}
            </button>
          )}
          <button type="submit" className="usa-button">
            {t('wizard.next')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
