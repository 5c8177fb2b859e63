import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'wouter';
import { toIsoDate } from '@/domain/consistency';
import { useAssessmentStore, type CheckNoteError } from '@/store/assessment-store';
import { buildChecks, type CheckLine, type NotApplicableLine } from '@/view-model/checks';
import { stepHref } from './field-link';

const ERROR_KEYS = {
  reasonRequired: 'consistency.errors.reasonRequired',
  reasonTooLong: 'consistency.errors.reasonTooLong',
  notEditable: 'checksView.notEditable',
} as const satisfies Record<CheckNoteError, string>;

/**
 * "Before you submit": every open readiness and consistency check as one sentence with a link to the
 * field or row to fix; "Not applicable" with a reason; the checks marked so, with "Reopen". Checks
 * are warnings: nothing here blocks saving, submitting or exporting.
 */
export function ChecksPanel({ id, readOnly }: { id: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const assessment = useAssessmentStore((s) => s.byId[id]);
  const today = toIsoDate(new Date());
  const checks = useMemo(
    () => (assessment ? buildChecks(assessment, today) : { open: [], notApplicable: [] }),
    [assessment, today],
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  // The row that was acted on leaves its list: focus moves to the panel's heading, never to the body.
  const done = (message: string) => {
    setStatus(message);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  return (
    <section
      className={`app-checks${checks.open.length > 0 ? ' app-checks--open' : ''}`}
      aria-labelledby="checks-title"
    >
      <h2 id="checks-title" className="app-checks__title" ref={headingRef} tabIndex={-1}>
        {t('checksView.panelTitle')}
      </h2>
      {checks.open.length === 0 ? (
        <p className="app-checks__clear">{t('checksView.allClear')}</p>
      ) : (
        <>
          <p>{t('checksView.openIntro', { count: checks.open.length })}</p>
          <ol className="app-checks__list">
            {checks.open.map((line) => (
              <OpenCheck
                key={line.key}
                id={id}
                line={line}
                readOnly={readOnly}
                onMarked={() => done(t('checksView.marked'))}
              />
            ))}
          </ol>
        </>
      )}
      {checks.notApplicable.length > 0 && (
        <>
          <h3 className="app-checks__subtitle">
            {t('checksView.notApplicableTitle', { count: checks.notApplicable.length })}
          </h3>
          <ul className="app-checks__list app-checks__list--done">
            {checks.notApplicable.map((line) => (
              <NotApplicableCheck
                key={line.key}
                line={line}
                readOnly={readOnly}
                onReopen={() => {
                  useAssessmentStore.getState().reopenCheck(id, line.key);
                  done(t('checksView.reopened'));
                }}
              />
            ))}
          </ul>
        </>
      )}
      <p role="status" className="usa-sr-only">
        {status}
      </p>
    </section>
  );
}

function OpenCheck({
  id,
  line,
  readOnly,
  onMarked,
}: {
  id: string;
  line: CheckLine;
  readOnly: boolean;
  onMarked: () => void;
}) {
  const { t } = useTranslation();
  const uid = useId();
  const sentenceId = `${uid}-sentence`;
  const reasonId = `${uid}-reason`;
  const errorId = `${uid}-error`;
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<CheckNoteError>();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  return (
    <li className="app-checks__item">
      <p className="app-checks__sentence" id={sentenceId}>
        {line.sentence}
      </p>
      <p className="app-checks__actions">
        <Link href={stepHref(id, line.step, { field: line.path, fromReview: true })}>
          {t('checksView.goTo', { place: line.place })}
        </Link>
        {!asking && (
          <button
            ref={buttonRef}
            type="button"
            className="usa-button usa-button--unstyled"
            aria-describedby={sentenceId}
            disabled={readOnly}
            onClick={() => {
              setAsking(true);
              requestAnimationFrame(() => reasonRef.current?.focus());
            }}
          >
            {t('checksView.notApplicable')}
          </button>
        )}
      </p>
      {asking && (
        <form
          className="app-checks__reason"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const result = useAssessmentStore
              .getState()
              .markCheckNotApplicable(id, line.key, reason);
            if (result.ok) onMarked();
            else {
              setError(result.error);
              reasonRef.current?.focus();
            }
          }}
        >
          <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
            <label className={`usa-label${error ? ' usa-label--error' : ''}`} htmlFor={reasonId}>
              {t('checksView.reasonLabel')}
            </label>
            {error && (
              <span className="usa-error-message" id={errorId}>
                {t(ERROR_KEYS[error])}
              </span>
            )}
            <textarea
              ref={reasonRef}
              id={reasonId}
              className="usa-textarea app-textarea--short"
              value={reason}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${errorId} ${sentenceId}` : sentenceId}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <div className="app-checks__buttons">
            <button type="submit" className="usa-button">
              {t('checksView.saveReason')}
            </button>
            <button
              type="button"
              className="usa-button usa-button--unstyled"
              onClick={() => {
                setAsking(false);
                setError(undefined);
                requestAnimationFrame(() => buttonRef.current?.focus());
              }}
            >
              {t('checksView.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

function NotApplicableCheck({
  line,
  readOnly,
  onReopen,
}: {
  line: NotApplicableLine;
  readOnly: boolean;
  onReopen: () => void;
}) {
  const { t } = useTranslation();
  const uid = useId();
  return (
    <li className="app-checks__item">
      <p className="app-checks__sentence" id={`${uid}-sentence`}>
        {line.sentence}
      </p>
      <p className="app-checks__reason-text">{t('checksView.reason', { reason: line.reason })}</p>
      <button
        type="button"
        className="usa-button usa-button--unstyled"
        aria-describedby={`${uid}-sentence`}
        disabled={readOnly}
        onClick={onReopen}
      >
        {t('checksView.reopen')}
      </button>
    </li>
  );
}
