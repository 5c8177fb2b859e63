import { useEffect, useState } from 'react';
import type { Decision } from '@/domain/review';
import type { AssessmentSummary } from '@/domain/summary';

export interface CardDecision {
  version: number;
  decision: Decision;
}

/**
 * The equity team's decision for each card shown, once the author has imported a review. Read
 * after the list paints, from a chunk of its own (the reviews, their schema and the review words
 * are not part of the home page); read again when a shown card's status or version changes.
 */
export function useDecisions(
  shown: readonly AssessmentSummary[],
): ReadonlyMap<string, CardDecision> {
  const key = shown.map((s) => `${s.id}:${s.status}:${s.version}`).join(' ');
  const [decisions, setDecisions] = useState<ReadonlyMap<string, CardDecision>>(new Map());
  useEffect(() => {
    if (key === '') return;
    let live = true;
    const ids = key.split(' ').map((k) => k.slice(0, k.indexOf(':')));
    void import('@/store/submissions')
      .then(async ({ decisionsOf }) => {
        const found = await decisionsOf(ids);
        if (found.size > 0) await import('@/i18n/all-words');
        // Unchanged (most keys typed into search): no new render of the list.
        if (live) setDecisions((prev) => (sameDecisions(prev, found) ? prev : found));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key]);
  return decisions;
}

function sameDecisions(
  a: ReadonlyMap<string, CardDecision>,
  b: ReadonlyMap<string, CardDecision>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [id, d] of a) {
    const other = b.get(id);
    if (!other || other.version !== d.version || other.decision !== d.decision) return false;
  }
  return true;
}
