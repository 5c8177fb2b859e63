import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Questions from '@/domain/questions';
import type { Step } from '@/domain/questions';
import type { EquityDb } from '@/storage/db';

/**
 * What a contributor does to add a sub-prompt: one entry in the questions description, plus its
 * words. Nothing else is edited, and the answer is stored, reloaded, reviewed and printed.
 */
vi.mock('@/domain/questions', async (importOriginal) => {
  const original = await importOriginal<typeof Questions>();
  const STEPS: readonly Step[] = original.STEPS.map((step) =>
    step.id === 'q3'
      ? { ...step, items: [...step.items, { id: 'languageAccess', kind: 'longtext' }] }
      : step,
  );
  const QUESTION_STEPS = STEPS.filter((s) => s.isQuestion);
  return {
    ...original,
    // The literal type describes the real steps; at run time the schema is built from these.
    STEP_DEFS: STEPS as unknown as typeof original.STEP_DEFS,
    STEPS,
    QUESTION_STEPS,
    getStep: (id: string) => STEPS.find((s) => s.id === id),
    questionNumber: (step: Step) => {
      const i = QUESTION_STEPS.indexOf(step);
      return i < 0 ? undefined : i + 1;
    },
  };
});

const LABEL = 'How did people get the information in their own language?';
const ANSWER = 'Thông báo bằng tiếng Việt (ịt) y en español, en la biblioteca.';

// The test setup has loaded the app's modules with the real description already: load them again,
// so every one of them (schema, store, wizard, PDF model) sees the added entry.
vi.resetModules();
const { i18n } = await import('@/i18n/i18n');
const { ensureLoaded, useAssessmentStore } = await import('@/store/assessment-store');
const { buildPdfModel } = await import('@/features/pdf-export/pdf-model');
const { forgetMemory, renderApp, useFreshDb } = await import('../../support/render-app');

let db: EquityDb;
beforeEach(() => {
  db = useFreshDb();
  forgetMemory();
  i18n.addResourceBundle(
    'en',
    'translation',
    {
      items: { q3: { languageAccess: { label: LABEL, example: 'Flyers in three languages.' } } },
    },
    true,
    false,
  );
});
afterEach(async () => {
  await useAssessmentStore.getState().flush();
  db.close();
});

describe('a new sub-prompt added as one entry', () => {
  it(
    'appears, saves, reloads, shows on check-your-answers and in the PDF',
    { timeout: 30_000 },
    async () => {
      await ensureLoaded();
      const a = await useAssessmentStore.getState().create();

      const { user, unmount } = renderApp(`/assessments/${a.id}/q3`);
      const name = new RegExp(`^${LABEL.slice(0, 20)}`);
      // The step is read-only until this tab holds the assessment's edit lock.
      await waitFor(() => expect(screen.getByRole('textbox', { name })).toBeEnabled());
      const box = screen.getByRole('textbox', { name });
      await user.click(box);
      await user.paste(ANSWER);
      await user.tab();
      await useAssessmentStore.getState().flush();
      unmount();

      forgetMemory();
      renderApp(`/assessments/${a.id}/review`);
      expect(await screen.findByText(ANSWER)).toBeInTheDocument();
      expect(screen.getAllByText(LABEL).length).toBeGreaterThan(0);

      const stored = useAssessmentStore.getState().byId[a.id];
      if (!stored) throw new Error('not reloaded');
      const pdf = buildPdfModel({
        assessment: stored,
        shortFingerprint: 'x',
        generatedAt: new Date(),
      });
      const q3 = pdf.sections.find((s) => s.id === 'q3');
      expect(q3?.blocks.find((b) => b.key === 'languageAccess')).toMatchObject({
        label: LABEL,
        answer: { state: 'answered', text: ANSWER },
      });
    },
  );
});
