import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { shortFingerprint } from '@/domain/fingerprint';
import { buildPdfModel, type PdfModel } from '@/features/pdf-export/pdf-model';
import { renderAssessmentWebPage } from '@/features/pdf-export/render-web-page';
import { currentLanguage } from '@/i18n/i18n';
import { MARKUP_SAMPLE, typicalAssessment } from '../../fixtures/assessments';
import { modelStrings } from './model-strings';
import { squash } from './pdf-helpers';

const GENERATED_AT = new Date('2026-03-10T17:45:00Z');

async function page(a: Assessment, language?: 'en' | 'es' | 'vi') {
  const { bytes, fingerprint } = await renderAssessmentWebPage(a, {
    generatedAt: GENERATED_AT,
    ...(language ? { language } : {}),
  });
  const html = new TextDecoder().decode(bytes);
  return { html, doc: new DOMParser().parseFromString(html, 'text/html'), fingerprint };
}

const text = (el: Element | null | undefined) => squash(el?.textContent ?? '');

describe('the web page export', () => {
  let a: Assessment;
  let html: string;
  let doc: Document;
  let model: PdfModel;

  beforeAll(async () => {
    a = typicalAssessment();
    a.q1.proposal = `${MARKUP_SAMPLE}\n\n${a.q1.proposal}`;
    const made = await page(a);
    html = made.html;
    doc = made.doc;
    model = buildPdfModel({
      assessment: a,
      shortFingerprint: shortFingerprint(made.fingerprint),
      generatedAt: GENERATED_AT,
    });
  });

  it('is one standalone document in its language, titled like the PDF', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.title).toBe(model.info.title);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('meta[name="viewport"]')).not.toBeNull();
  });

  it('has no scripts and makes no requests: nothing to load, and a policy that forbids loading', () => {
    expect(doc.querySelectorAll('script, iframe, object, embed, img, link, base')).toHaveLength(0);
    expect(doc.querySelectorAll('[src], [srcset], [style*="url("]')).toHaveLength(0);
    expect(html).not.toMatch(/url\(|@import|https?:\/\//i);
    for (const link of doc.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href') ?? '';
      expect(href.startsWith('#')).toBe(true);
      expect(doc.getElementById(href.slice(1)), href).not.toBeNull();
    }
    const csp = doc
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
  });

  it('keeps typed markup as text', () => {
    expect(doc.body.textContent).toContain(MARKUP_SAMPLE);
    expect(doc.querySelectorAll('b')).toHaveLength(0);
  });

  it('carries every answer, plan and table cell the PDF carries', () => {
    const body = squash(doc.body.textContent ?? '');
    const missing = modelStrings(model).filter((s) => !body.includes(squash(s)));
    expect(missing).toEqual([]);
    for (const e of model.glossary.entries) expect(body).toContain(squash(e.definition));
  });

  it('has headings in order: one h1, a h2 per section, a h3 per sub-prompt', () => {
    const h1 = doc.querySelectorAll('h1');
    expect(h1).toHaveLength(1);
    expect(text(h1[0])).toBe(squash(model.cover.title));
    const h2 = [...doc.querySelectorAll('h2')].map(text);
    const sections = model.sections.map((s) => squash(`${s.kicker}${s.heading}`));
    expect(h2.filter((t) => sections.includes(t))).toEqual(sections);
    const h3 = [...doc.querySelectorAll('section h3')].map(text);
    const labels = model.sections.flatMap((s) => s.blocks.map((b) => squash(b.number + b.label)));
    expect(h3.filter((t) => labels.includes(t))).toEqual(labels);
    // No level skipped on the way down.
    const levels = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
      Number(h.tagName.slice(1)),
    );
    levels.forEach((l, i) => {
      if (i > 0) expect(l).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
    });
  });

  it('gives every table header cells with a scope: columns in the head, a header for each row', () => {
    const tables = [...doc.querySelectorAll('table')];
    const blocks = model.sections.flatMap((s) =>
      s.blocks.filter((b) => b.kind !== 'answer' && b.rows.length > 0 && !b.status),
    );
    // The blocks' tables, plus the cover's two fact tables.
    expect(tables).toHaveLength(blocks.length + 2);
    for (const th of doc.querySelectorAll('th')) {
      expect(['col', 'row']).toContain(th.getAttribute('scope'));
    }
    for (const table of tables) {
      expect(
        table.getAttribute('aria-labelledby') ?? table.getAttribute('aria-label'),
      ).toBeTruthy();
      for (const row of table.querySelectorAll('tbody tr')) {
        expect(row.firstElementChild?.tagName).toBe('TH');
        expect(row.firstElementChild?.getAttribute('scope')).toBe('row');
      }
      const head = table.querySelectorAll('thead th');
      if (table.classList.contains('facts')) expect(head).toHaveLength(0);
      else head.forEach((th) => expect(th.getAttribute('scope')).toBe('col'));
    }
  });

  it('ends with the same footer facts as the PDF', () => {
    const footer = text(doc.querySelector('footer'));
    const f = model.footer;
    for (const fact of [f.draft, f.readableId, f.version, f.generated, f.fingerprint]) {
      expect(footer).toContain(squash(fact));
    }
  });

  it('is made in another language when asked, and the interface language stays', async () => {
    const before = currentLanguage();
    const es = await page(a, 'es');
    expect(es.doc.documentElement.lang).toBe('es');
    expect(es.doc.querySelector('nav h2')?.textContent).toBe('Contenido');
    expect(es.doc.body.textContent).toContain(MARKUP_SAMPLE);
    expect(currentLanguage()).toBe(before);
  });
});
