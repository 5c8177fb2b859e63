import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { READINESS_KEYS } from '@/domain/constants';
import type { Field, Item, Step } from '@/domain/questions';
import { QUESTION_STEPS, getStep } from '@/domain/questions';
import { tKey } from '@/i18n/i18n';
import { loadAll } from '@/storage/assessment-repository';
import { useAssessmentStore } from '@/store/assessment-store';
import { forgetMemory, freshAppForEachTest, renderApp } from '../../support/render-app';

freshAppForEachTest();

const label = (key: string) => tKey(`${key}.label`);
const answerFor = (path: string) => `Answer ${path} — ý kiến (ịt) Đặng ñ`;

async function fillField(
  user: UserEvent,
  scope: HTMLElement,
  field: Field,
  key: string,
  path: string,
) {
  const name = new RegExp(`^${label(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  switch (field.kind) {
    case 'text':
    case 'longtext': {
      const box = within(scope).getByRole('textbox', { name });
      await user.click(box);
      await user.paste(answerFor(path));
      return;
    }
    case 'choice':
      await user.click(
        within(within(scope).getByRole('group', { name })).getAllByRole('radio')[0]!,
      );
      return;
    case 'select':
      await user.selectOptions(
        within(scope).getByRole('combobox', { name }),
        field.options[1] ?? field.options[0]!,
      );
      return;
    case 'multichoice':
    case 'links':
      await user.click(
        within(within(scope).getByRole('group', { name })).getAllByRole('checkbox')[0]!,
      );
      return;
    case 'groups':
      if (field.single) {
        const select = within(scope).getByRole('combobox', { name });
        const options = within(select).getAllByRole('option');
        await user.selectOptions(select, options[1]!);
      } else {
        await user.click(
          within(within(scope).getByRole('group', { name })).getAllByRole('checkbox')[0]!,
        );
      }
      return;
    case 'date': {
      const input = within(scope).getByLabelText(name);
      await user.type(input, '2027-03-31');
      return;
    }
    default:
      return;
  }
}

async function fillItem(user: UserEvent, step: Step, item: Item) {
  const key = `items.${step.section}.${item.id}`;
  const form = screen.getByRole('heading', { level: 1 }).closest('form')!;
  if (item.kind === 'table') {
    if (!item.required) return;
    const rows = Math.max(item.min, 1);
    for (let r = 0; r < rows; r++) {
      await user.click(within(form).getByRole('button', { name: tKey(`${key}.addRow`) }));
      const row = within(form).getByRole('group', {
        name: `${tKey(`${key}.rowName`)} ${item.prefix}${r + 1}`,
      });
      for (const col of item.columns) {
        if (col.required)
          await fillField(user, row, col, `${key}.columns.${col.id}`, `${item.id}.${r}.${col.id}`);
      }
    }
    return;
  }
  if (item.kind === 'readiness') {
    const group = within(form).getByRole('group', {
      name: new RegExp(`^${label(key).replace(/\?/g, '\\?')}`),
    });
    for (const k of READINESS_KEYS) {
      const q = within(group).getByRole('group', { name: tKey(`${key}.keys.${k}`) });
      await user.click(within(q).getAllByRole('radio')[0]!);
    }
    return;
  }
  if (item.required) await fillField(user, form, item, key, item.id);
}

/** The form becomes editable once this tab holds the assessment's edit lock. */
async function editableTitle() {
  await waitFor(() => expect(screen.getByRole('textbox', { name: /^Title/ })).toBeEnabled());
  return screen.getByRole('textbox', { name: /^Title/ });
}

describe('the guided flow', () => {
  it('creates an assessment, answers all five questions with table rows, and keeps everything after a re-mount', async () => {
    const { user, unmount } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'New assessment' }));
    await user.type(await editableTitle(), 'Bus pass <b>plan</b>');

    // Groups: two groups, one of them most affected.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 1, name: tKey('steps.groups.heading') });
    for (const [i, name] of ['Black residents', 'Renters'].entries()) {
      await user.click(screen.getByRole('button', { name: tKey('items.groups.groups.addRow') }));
      const row = screen.getByRole('group', {
        name: `${tKey('items.groups.groups.rowName')} G${i + 1}`,
      });
      await user.type(within(row).getByRole('textbox', { name: /Name|name/ }), name);
      await user.selectOptions(within(row).getByRole('combobox'), 'race');
      if (i === 0) await user.click(within(row).getByRole('checkbox'));
    }
    await user.click(screen.getByRole('button', { name: 'Next' }));

    for (const step of QUESTION_STEPS) {
      await screen.findByRole('heading', { level: 1, name: tKey(`steps.${step.id}.heading`) });
      for (const item of step.items) await fillItem(user, step, item);
      if (step.id === 'q4') {
        // A mitigation for harm H1 (the table is optional, but an unmitigated harm would need 4.4).
        const form = screen.getByRole('heading', { level: 1 }).closest('form')!;
        await user.click(
          within(form).getByRole('button', { name: tKey('items.q4.mitigations.addRow') }),
        );
        const row = within(form).getByRole('group', {
          name: `${tKey('items.q4.mitigations.rowName')} M1`,
        });
        await user.click(within(row).getAllByRole('checkbox')[0]!);
        await user.click(
          within(row).getByRole('textbox', {
            name: new RegExp(tKey('items.q4.mitigations.columns.strategy.label')),
          }),
        );
        await user.paste('Mitigation strategy');
      }
      await user.click(screen.getByRole('button', { name: 'Next' }));
      // No error summary: the step was answered completely.
      expect(
        screen.queryByText(/things? to check/),
        [step.id, ...screen.queryAllByRole('listitem').map((l) => l.textContent)].join('\n'),
      ).toBeNull();
    }

    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    expect(screen.getByText('Every required question is answered.')).toBeInTheDocument();

    // Back and forth keeps input.
    await user.click(screen.getByRole('link', { name: /Proposal/ }));
    const proposal = await screen.findByRole('textbox', {
      name: new RegExp(`^${label('items.q1.proposal').replace('?', '\\?')}`),
    });
    expect(proposal).toHaveValue(answerFor('proposal'));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: tKey('steps.groups.heading') });

    await useAssessmentStore.getState().flush();
    unmount();
    forgetMemory();

    // A fresh start reads everything back from IndexedDB.
    const again = renderApp('/');
    expect(await screen.findByText('5 of 5 questions answered')).toBeInTheDocument();
    await again.user.click(screen.getByRole('link', { name: 'Bus pass <b>plan</b>' }));
    await again.user.click(await screen.findByRole('link', { name: /Accountability/ }));
    expect(
      await screen.findByRole('textbox', {
        name: new RegExp(`^${label('items.q5.conclusion').replace('?', '\\?')}`),
      }),
    ).toHaveValue(answerFor('conclusion'));
    const { assessments } = await loadAll();
    expect(assessments).toHaveLength(1);
    expect(assessments[0]?.q3.engagement[0]?.method).toBe(answerFor('engagement.0.method'));
    expect(assessments[0]?.q1.proposal).toBe(answerFor('proposal').normalize('NFC'));
  }, 60_000);

  it('shows messages at the fields and in a summary on Next, without blocking the save', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'New assessment' }));
    await editableTitle();
    const q1 = getStep('q1')!;
    await user.click(screen.getByRole('link', { name: /Proposal/ }));
    await screen.findByRole('heading', { level: 1, name: tKey('steps.q1.heading') });
    await user.click(
      screen.getByRole('textbox', {
        name: new RegExp(`^${label('items.q1.problem').replace('?', '\\?')}`),
      }),
    );
    await user.paste('Fares are high');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const summary = await screen.findByText(/things to check/);
    expect(summary).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: tKey('steps.q1.heading') }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(tKey('errors.required')).length).toBeGreaterThan(0);
    await useAssessmentStore.getState().flush();
    const { assessments } = await loadAll();
    expect(assessments[0]?.q1.problem).toBe('Fares are high');
    expect(q1.items.length).toBeGreaterThan(0);
  });

  it('reports a number that does not parse when leaving the field', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'New assessment' }));
    await editableTitle();
    await user.click(screen.getByRole('radio', { name: tKey('options.type.budget') }));
    const amount = await screen.findByRole('textbox', {
      name: new RegExp(label('items.meta.budgetAmount')),
    });
    await user.type(amount, '12 dollars');
    await user.tab();
    expect(await screen.findByText(tKey('errors.number'))).toBeInTheDocument();
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    await waitFor(async () => {
      await useAssessmentStore.getState().flush();
      const { assessments } = await loadAll();
      expect(assessments[0]?.meta.budgetAmount).toBe('12 dollars');
    });
  });
});
