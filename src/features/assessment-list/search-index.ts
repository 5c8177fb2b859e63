import type { AssessmentSummary } from '@/domain/summary';
import { searchable } from '@/lib/format';

/** How many cards the list shows at first, and how many more each "Show more" adds. */
export const LIST_PAGE_SIZE = 20;

/** One assessment on the list with its search text prepared once (not on every key). */
export interface IndexedSummary {
  summary: AssessmentSummary;
  text: string;
}

/**
 * The list's search index: every summary, newest change first, with the words search looks in
 * (title, department, division, readable id and the status in the interface language) made
 * case- and accent-insensitive in advance.
 */
export function buildSearchIndex(
  summaries: readonly AssessmentSummary[],
  statusLabel: (status: AssessmentSummary['status']) => string,
): IndexedSummary[] {
  return [...summaries]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((summary) => ({
      summary,
      text: searchable(
        [
          summary.title,
          summary.department,
          summary.division,
          summary.readableId,
          ...summary.formerReadableIds,
          statusLabel(summary.status),
        ].join('\n'),
      ),
    }));
}

/**
 * The summaries whose text holds every word of the query, in the index's order. A blank query
 * gives them all.
 */
export function searchIndex(
  index: readonly IndexedSummary[],
  query: string,
): readonly AssessmentSummary[] {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return index.map((e) => e.summary);
  const out: AssessmentSummary[] = [];
  for (const e of index) if (words.every((w) => e.text.includes(w))) out.push(e.summary);
  return out;
}
