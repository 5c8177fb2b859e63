import { useState, type CSSProperties, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from '@/i18n/use-translation';
import { checkFormat, isPastWhereFuture } from '@/domain/checks';
import { toIsoDate } from '@/domain/consistency';
import { MAX_ANSWER_LENGTH, MAX_SHORT_LENGTH } from '@/domain/constants';
import type { Field, Item } from '@/domain/questions';
import { tKey } from '@/i18n/i18n';
import { fieldDomId, useIssue } from '../issues-context';
import { CheckboxGroup, RadioGroup, SelectControl } from './choice-controls';
import { describedBy, FieldShell } from './field-shell';
import { GroupsControl, LinksControl } from './reference-controls';

export interface FieldProps {
  field: Field;
  /** react-hook-form path, e.g. `proposal` or `results.0.result`. */
  name: string;
  textKey: string;
  assessmentId: string;
  labelSuffix?: string;
  /** Marked "(optional)" (see mostRequired). */
  optional?: boolean;
}

/** Hides a field until its condition holds (e.g. the budget amount only for budgets). */
export function ShowIf({
  when,
  base,
  children,
}: {
  when: NonNullable<Item['showIf']>;
  /** Path prefix of the sibling field: '' for a step's own fields, `measures.3.` inside a row. */
  base: string;
  children: ReactNode;
}) {
  const watched: unknown = useWatch({ name: `${base}${when.field}` });
  return watched === when.equals ? <>{children}</> : null;
}

const INPUT_TYPES: Partial<
  Record<Field['kind'], { type: string; inputMode?: 'decimal' | 'numeric' | 'email' }>
> = {
  text: { type: 'text' },
  email: { type: 'email', inputMode: 'email' },
  number: { type: 'text', inputMode: 'decimal' },
  year: { type: 'text', inputMode: 'numeric' },
  integer: { type: 'text', inputMode: 'numeric' },
};

/** One field of any kind, with its label, hint, example, key terms and message. */
export function FieldControl({
  field,
  name,
  textKey,
  assessmentId,
  labelSuffix,
  optional,
}: FieldProps) {
  const { t } = useTranslation();
  const { register, getValues } = useFormContext();
  const checked = useIssue(name);
  // A format message on leaving the field (e.g. a number that doesn't parse), before any Next.
  const [blurMessage, setBlurMessage] = useState<string>();
  const error = checked ?? blurMessage;
  const domId = fieldDomId(name);
  const shell = {
    textKey,
    domId,
    error,
    required: field.required,
    optional,
    terms: field.terms,
    labelSuffix,
  };
  const aria = {
    'aria-describedby': describedBy(domId, textKey, error),
    'aria-invalid': error ? true : undefined,
  };

  const onBlurCheck = (badInput = false) => {
    if (badInput) {
      setBlurMessage(t('errors.date'));
      return;
    }
    const issue = checkFormat(field, getValues(name), name);
    setBlurMessage(issue ? tKey(`errors.${issue.code}`) : undefined);
  };

  switch (field.kind) {
    case 'longtext':
      return (
        <FieldShell {...shell}>
          <LongAnswer name={name} domId={domId} error={error} aria={aria} />
        </FieldShell>
      );
    case 'date': {
      const reg = register(name);
      const warningId = `${domId}-warning`;
      return (
        <FieldShell {...shell}>
          <input
            id={domId}
            type="date"
            className={`usa-input app-input-date${error ? ' usa-input--error' : ''}`}
            {...aria}
            aria-describedby={
              field.future
                ? [aria['aria-describedby'], warningId].filter(Boolean).join(' ')
                : aria['aria-describedby']
            }
            {...reg}
            onBlur={(e) => {
              void reg.onBlur(e);
              onBlurCheck(e.currentTarget.validity.badInput);
            }}
          />
          {field.future && <PastDateWarning field={field} name={name} id={warningId} />}
        </FieldShell>
      );
    }
    case 'boolean':
      return (
        <div className="usa-checkbox app-boolean">
          <input id={domId} type="checkbox" className="usa-checkbox__input" {...register(name)} />
          <label className="usa-checkbox__label" htmlFor={domId}>
            {tKey(`${textKey}.label`)}
          </label>
        </div>
      );
    case 'choice':
      return (
        <FieldShell {...shell} group>
          <RadioGroup name={name} field={field} domId={domId} />
        </FieldShell>
      );
    case 'select':
      return (
        <FieldShell {...shell}>
          <SelectControl name={name} field={field} domId={domId} aria={aria} />
        </FieldShell>
      );
    case 'multichoice':
      return (
        <FieldShell {...shell} group>
          <CheckboxGroup name={name} field={field} domId={domId} />
        </FieldShell>
      );
    case 'groups':
      return (
        <FieldShell {...shell} group={!field.single}>
          <GroupsControl
            name={name}
            field={field}
            domId={domId}
            assessmentId={assessmentId}
            aria={aria}
          />
        </FieldShell>
      );
    case 'links':
      return (
        <FieldShell {...shell} group>
          <LinksControl name={name} field={field} domId={domId} assessmentId={assessmentId} />
        </FieldShell>
      );
    default: {
      const input = INPUT_TYPES[field.kind] ?? { type: 'text' };
      const reg = register(name);
      return (
        <FieldShell {...shell}>
          <input
            id={domId}
            className={`usa-input${error ? ' usa-input--error' : ''}`}
            type={input.type}
            inputMode={input.inputMode}
            maxLength={MAX_SHORT_LENGTH}
            autoComplete={field.kind === 'email' ? 'email' : 'off'}
            {...aria}
            {...reg}
            onBlur={(e) => {
              void reg.onBlur(e);
              onBlurCheck();
            }}
          />
        </FieldShell>
      );
    }
  }
}

/** Lines a long answer grows to before it scrolls (the CSS reads it as --app-answer-lines). */
export const ANSWER_LINES = 20;
/** Characters that surely fill ANSWER_LINES lines of the narrowest answer box (about 40 a line). */
const LONG_ANSWER_CHARS = ANSWER_LINES * 40;

/** Longer than the box shows without scrolling, as the step opens: counted, not measured, so nothing lays out. */
function isLong(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (value.length > LONG_ANSWER_CHARS) return true;
  let breaks = 0;
  for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) {
    breaks += 1;
    if (breaks >= ANSWER_LINES) return true;
  }
  return false;
}

/**
 * A long answer: the box grows with its text up to ANSWER_LINES lines, then scrolls, so a
 * 50,000-character answer does not make the page kilometres long; "Show the whole answer" lifts the
 * limit. Whether to offer it is decided when the step opens (by counting) and when the field is left
 * (by measuring), never per key.
 */
function LongAnswer({
  name,
  domId,
  error,
  aria,
}: {
  name: string;
  domId: string;
  error: string | undefined;
  aria: { 'aria-describedby'?: string; 'aria-invalid'?: boolean };
}) {
  const { t } = useTranslation();
  const { register, getValues } = useFormContext();
  const [long, setLong] = useState(() => isLong(getValues(name)));
  const [all, setAll] = useState(false);
  const reg = register(name);
  return (
    <>
      <textarea
        id={domId}
        className={`usa-textarea app-textarea${all ? ' app-textarea--all' : ''}${error ? ' usa-input--error' : ''}`}
        style={{ '--app-answer-lines': ANSWER_LINES } as CSSProperties}
        maxLength={MAX_ANSWER_LENGTH}
        {...aria}
        {...reg}
        onBlur={(e) => {
          void reg.onBlur(e);
          // Just left, so it is laid out: measure. (Not while showing all: the toggle must stay.)
          const box = e.currentTarget;
          if (!all) setLong(box.scrollHeight > box.clientHeight + 1);
        }}
      />
      {(long || all) && (
        <button
          type="button"
          className="usa-button usa-button--unstyled app-textarea__toggle"
          aria-controls={domId}
          onClick={() => setAll((x) => !x)}
        >
          {all ? t('wizard.answerShowLess') : t('wizard.answerShowAll')}
        </button>
      )}
    </>
  );
}

/**
 * A date that should still be to come but has passed: a warning under the field, never blocking.
 * Its element is always there (empty when all is well), so the input's description never dangles.
 */
function PastDateWarning({ field, name, id }: { field: Field; name: string; id: string }) {
  const { t } = useTranslation();
  const base = name.slice(0, name.lastIndexOf('.') + 1);
  const unless = field.future?.unless?.field;
  const [value, sibling] = useWatch({ name: [name, unless ? `${base}${unless}` : name] }) as [
    unknown,
    unknown,
  ];
  const past = isPastWhereFuture(field, value, toIsoDate(new Date()), () => sibling);
  return (
    <span id={id} className={past ? 'app-warning-message' : undefined} aria-live="polite">
      {past ? t('flow.pastDate') : ''}
    </span>
  );
}
