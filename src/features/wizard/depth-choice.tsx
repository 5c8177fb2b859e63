import { useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { DEPTHS } from '@/domain/constants';
import { depthOf, keptForFull, recommendDepth, type Depth } from '@/domain/depth';
import { TRIAGE } from '@/domain/questions';
import { tKey } from '@/i18n/i18n';
import { useAssessmentStore } from '@/store/assessment-store';

const triageKey = (id: string) => `flow.depth.triage.${id}`;

/**
 * Quick or Full, at the top of the details step: five triage questions recommend a depth, and the
 * user chooses either. Stored in the assessment's `depth` (not the details form), so switching
 * later from any step changes no answer.
 */
export function DepthChoice({ id, readOnly }: { id: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const depth = useAssessmentStore((s) => s.byId[id]?.depth);
  // The triage folds away once a depth is chosen; it opens again on request.
  const [triageOpen] = useState(() => depth?.chosen === '');
  if (!depth) return null;
  const recommendation = recommendDepth(depth.triage);
  const set = (next: typeof depth) => useAssessmentStore.getState().setDepth(id, next);
  const answerText = (qid: string, value: string) => tKey(`${triageKey(qid)}.options.${value}`);

  return (
    <section className="app-depth" aria-labelledby="depth-heading">
      <h2 id="depth-heading" className="app-depth__heading">
        {t('flow.depth.heading')}
      </h2>
      <p className="app-depth__intro">{t('flow.depth.intro')}</p>
      <fieldset className="usa-fieldset" disabled={readOnly}>
        <details className="app-depth__triage" open={triageOpen}>
          <summary>{t('flow.depth.triageLegend')}</summary>
          {TRIAGE.map((q) => (
            <fieldset key={q.id} className="usa-fieldset app-depth__question">
              <legend className="usa-legend">{tKey(`${triageKey(q.id)}.label`)}</legend>
              <div className="app-options app-options--inline">
                {q.options.map((value) => {
                  const domId = `triage-${q.id}-${value}`;
                  return (
                    <div key={value} className="usa-radio">
                      <input
                        id={domId}
                        type="radio"
                        className="usa-radio__input"
                        name={`triage-${q.id}`}
                        value={value}
                        checked={depth.triage[q.id as keyof typeof depth.triage] === value}
                        onChange={() =>
                          set({ ...depth, triage: { ...depth.triage, [q.id]: value } })
                        }
                      />
                      <label className="usa-radio__label" htmlFor={domId}>
                        {answerText(q.id, value)}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
        </details>
        <div className="app-depth__advice" role="status">
          {!recommendation && <p>{t('flow.depth.recommend.none')}</p>}
          {recommendation?.depth === 'quick' && <p>{t('flow.depth.recommend.quick')}</p>}
          {recommendation?.depth === 'full' && (
            <>
              <p>{t('flow.depth.recommend.full')}</p>
              <ul className="usa-list">
                {recommendation.reasons.map((r) => (
                  <li key={r}>
                    {r === 'sizeAndTime'
                      ? t('flow.depth.recommend.sizeAndTime')
                      : t('flow.depth.recommend.reason', {
                          question: tKey(`${triageKey(r)}.short`),
                          answer: answerText(r, depth.triage[r]),
                        })}
                  </li>
                ))}
              </ul>
              {recommendation.urgent && <p>{t('flow.depth.recommend.urgent')}</p>}
            </>
          )}
        </div>
        <fieldset className="usa-fieldset app-depth__choice">
          <legend className="usa-legend app-depth__legend">{t('flow.depth.choiceLegend')}</legend>
          {DEPTHS.map((d) => (
            <div key={d} className="usa-radio">
              <input
                id={`depth-${d}`}
                type="radio"
                className="usa-radio__input usa-radio__input--tile"
                name="depth"
                value={d}
                checked={depth.chosen === d}
                onChange={() => set({ ...depth, chosen: d })}
              />
              <label className="usa-radio__label" htmlFor={`depth-${d}`}>
                {t(`flow.depth.name.${d}`)}
                {recommendation?.depth === d && ` ${t('flow.depth.recommended')}`}
                <span className="usa-checkbox__label-description">
                  {t(`flow.depth.describe.${d}`)}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        <p className="usa-hint">{t('flow.depth.kept')}</p>
      </fieldset>
    </section>
  );
}

/**
 * On every other step: which depth this is, how many answers Quick keeps for Full, and a switch.
 * Focus stays on the switch; the line above it announces the new depth.
 */
export function DepthBar({ id, readOnly }: { id: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const depth = useAssessmentStore((s) => s.byId[id]?.depth);
  const current: Depth = depth ? depthOf({ depth }) : 'full';
  const kept = useAssessmentStore((s) => {
    const a = s.byId[id];
    return a && depthOf(a) === 'quick' ? keptForFull(a) : 0;
  });
  if (!depth) return null;
  const other: Depth = current === 'quick' ? 'full' : 'quick';
  return (
    <div className="app-depth-bar">
      <p className="app-depth-bar__text" role="status">
        {t(`flow.depth.bar.${current}`)}
        {kept > 0 && ` ${t('flow.depth.bar.kept', { count: kept })}`}
      </p>
      {!readOnly && (
        <button
          type="button"
          className="usa-button usa-button--unstyled app-depth-bar__switch"
          onClick={() => useAssessmentStore.getState().setDepth(id, { ...depth, chosen: other })}
        >
          {other === 'full' ? t('flow.depth.bar.switchToFull') : t('flow.depth.bar.switchToQuick')}
        </button>
      )}
    </div>
  );
}
