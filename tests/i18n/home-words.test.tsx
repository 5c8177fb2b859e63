import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage, i18n } from '@/i18n/i18n';
import en from '@/i18n/locales/en.json';
import type { EquityDb } from '@/storage/db';
import { saveAssessment } from '@/storage/assessment-repository';
import { useAssessmentStore } from '@/store/assessment-store';
import { typicalAssessment } from '../fixtures/assessments';
import { forgetMemory, renderApp, useFreshDb } from '../support/render-app';

/** Every key of en.json, as `group.sub.key`. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

let db: EquityDb;
beforeEach(async () => {
  await changeLanguage('en');
  db = useFreshDb();
  forgetMemory();
});
afterEach(async () => {
  await useAssessmentStore.getState().flush();
  db.close();
});

// The home page ships only some groups of en.json (src/i18n/i18n.ts); the rest comes with the
// wizard and the PDF (src/i18n/all-words.ts). A word the list uses from another group would show
// as its key: this renders the list with an assessment and looks for any key in the text.
describe('the English words the home page ships', () => {
  it('cover everything the list shows, and leave the questions to the wizard', async () => {
    const a = typicalAssessment();
    await saveAssessment(a);
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
    const card = await screen.findByRole('listitem', { name: a.meta.title });
    expect(within(card).getByRole('button', { name: /Export PDF/ })).toBeVisible();

    const shown = [
      document.body.textContent ?? '',
      ...[...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')),
    ].join('\n');
    const leaked = keysOf(en).filter((key) => shown.includes(key));
    expect(leaked).toEqual([]);

    expect(i18n.exists('items.q1.proposal.label')).toBe(false);
    await import('@/i18n/all-words');
    expect(i18n.exists('items.q1.proposal.label')).toBe(true);
  });
});
