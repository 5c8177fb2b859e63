import { useMemo } from 'react';
import type { Assessment } from '@/domain/assessment';
import { summarize, type AssessmentSummary } from '@/domain/summary';
import { useAssessmentStore } from './assessment-store';
import type { AssessmentState } from './store-types';

/**
 * Every assessment on the list: the stored summaries, each replaced by the summary of its record
 * in memory where one is loaded (opened, edited, created, recovered), which is as new or newer.
 */
export function listSummaries(
  summaries: Readonly<Record<string, AssessmentSummary>>,
  byId: Readonly<Record<string, Assessment>>,
): AssessmentSummary[] {
  const all = { ...summaries };
  for (const a of Object.values(byId)) all[a.id] = summarize(a);
  return Object.values(all);
}

/** The summary of one assessment on the list (memory first), or undefined. */
export function summaryOf(s: AssessmentState, id: string): AssessmentSummary | undefined {
  const a = s.byId[id];
  return a ? summarize(a) : s.summaries[id];
}

/** The list's summaries, recomputed only when the stored summaries or the loaded records change. */
export function useListSummaries(): AssessmentSummary[] {
  const summaries = useAssessmentStore((s) => s.summaries);
  const byId = useAssessmentStore((s) => s.byId);
  return useMemo(() => listSummaries(summaries, byId), [summaries, byId]);
}

/** Every readable id in use on the list (for numbering a new one). */
export function readableIdsInUse(s: AssessmentState): string[] {
  return listSummaries(s.summaries, s.byId).map((x) => x.readableId);
}
