import type { Field, Item } from '@/domain/questions';

/**
 * Do most of these items or columns (at least half) need an answer? Then the others are marked
 * "(optional)"; where most are optional, only "(required)" is marked. Checkboxes never are.
 */
export function mostRequired(parts: readonly (Item | Field)[]): boolean {
  const marked = parts.filter((p) => p.kind !== 'boolean');
  return marked.length > 1 && marked.filter((p) => p.required).length * 2 >= marked.length;
}
