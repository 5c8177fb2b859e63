import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The bar: WCAG 2.2 AA (axe's tags for every level up to it). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * WCAG 2.2 AA violations on the page as it is now, one line each (empty when clean). Options: only
 * the part of the page under `include`; only `serious` and `critical` ones; axe's best practices
 * too.
 */
export async function axe(
  page: Page,
  options: { include?: string; seriousOnly?: boolean; bestPractice?: boolean } = {},
): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(
    options.bestPractice ? [...WCAG_TAGS, 'best-practice'] : WCAG_TAGS,
  );
  if (options.include) builder = builder.include(options.include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => !options.seriousOnly || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
