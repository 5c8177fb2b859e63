import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage, i18n } from '@/i18n/i18n';
import {
  LANGUAGE_KEY,
  browserLanguage,
  preferredLanguage,
  startLanguage,
} from '@/i18n/language-preference';
import es from '@/i18n/locales/es.json';
import vi_ from '@/i18n/locales/vi.json';
import type { EquityDb } from '@/storage/db';
import { useAssessmentStore } from '@/store/assessment-store';
import { forgetMemory, renderApp, useFreshDb } from '../support/render-app';

let db: EquityDb;
beforeEach(async () => {
  localStorage.clear();
  await changeLanguage('en');
  document.documentElement.lang = 'en';
  db = useFreshDb();
  forgetMemory();
});
afterEach(async () => {
  await useAssessmentStore.getState().flush();
  db.close();
  localStorage.clear();
  await changeLanguage('en');
});

const TYPED = 'Pase de autobús <b>½</b> — vé xe buýt cho người thu nhập thấp';

async function editableTitle(name: RegExp) {
  await waitFor(() => expect(screen.getByRole('textbox', { name })).toBeEnabled());
  return screen.getByRole('textbox', { name }) as HTMLInputElement;
}

describe('the language switch in the header', () => {
  it('changes every word and the page language, keeps what was typed, and is kept after a reload', async () => {
    const { user, unmount } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Language' });
    expect(nav).toBeVisible();
    // Each language's name in that language, marked with its own lang.
    const spanish = screen.getByRole('button', { name: 'Español' });
    expect(spanish).toHaveAttribute('lang', 'es');
    expect(screen.getByRole('button', { name: 'Tiếng Việt' })).toHaveAttribute('lang', 'vi');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    const title = await editableTitle(/^Title/);
    await user.click(title);
    await user.paste(TYPED);

    await user.click(spanish);
    expect(
      await screen.findByRole('heading', { level: 1, name: es.steps.details.heading }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('es');
    expect(document.documentElement.dir).toBe('ltr');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('es');
    expect(screen.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: es.wizard.next })).toBeVisible();
    expect(screen.getByRole('navigation', { name: es.language.label })).toBeVisible();
    // The prompt is in Spanish; the answer is exactly as typed.
    expect((await editableTitle(/^Título/)).value).toBe(TYPED);
    expect(screen.queryByText('Next')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: vi_.steps.details.heading }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('vi');
    expect((await editableTitle(/^Tiêu đề/)).value).toBe(TYPED);
    await useAssessmentStore.getState().flush();
    expect(Object.values(useAssessmentStore.getState().byId)[0]?.meta.title).toBe(TYPED);

    // "Check your answers" is built from the answers once; its words follow a switch too.
    await user.click(screen.getByRole('link', { name: new RegExp(vi_.wizard.reviewTitle) }));
    await screen.findByRole('heading', { level: 1, name: vi_.review.heading });
    await user.click(screen.getByRole('button', { name: 'Español' }));
    await screen.findByRole('heading', { level: 1, name: es.review.heading });
    expect((await screen.findAllByText(es.items.q1.proposal.label)).length).toBeGreaterThan(0);
    expect(screen.queryByText(vi_.items.q1.proposal.label)).toBeNull();
    expect(screen.getAllByText(TYPED).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    await screen.findByRole('heading', { level: 1, name: vi_.review.heading });

    // A reload: memory is gone, the page starts in English, the kept choice comes back.
    unmount();
    forgetMemory();
    await changeLanguage('en');
    document.documentElement.lang = 'en';
    await startLanguage();
    expect(i18n.language).toBe('vi');
    expect(document.documentElement.lang).toBe('vi');
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: vi_.list.heading })).toBeVisible();
    expect(await screen.findByRole('link', { name: TYPED })).toBeVisible();
  }, 30_000);
});

describe('the first visit', () => {
  it('follows the browser language when the app speaks it, else English', () => {
    expect(browserLanguage(['es-MX', 'en-US'])).toBe('es');
    expect(browserLanguage(['fr-FR', 'vi-VN'])).toBe('vi');
    expect(browserLanguage(['fr-FR', 'de'])).toBeUndefined();
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['vi-VN', 'en']);
    expect(preferredLanguage()).toBe('vi');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR']);
    expect(preferredLanguage()).toBe('en');
  });

  it('prefers the choice kept on this device to the browser language', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['vi-VN']);
    localStorage.setItem(LANGUAGE_KEY, 'es');
    await startLanguage();
    expect(i18n.language).toBe('es');
    expect(document.documentElement.lang).toBe('es');
  });

  it('ignores a kept value that is not one of the languages', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB']);
    localStorage.setItem(LANGUAGE_KEY, 'klingon');
    expect(preferredLanguage()).toBe('en');
  });
});
