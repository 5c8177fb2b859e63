// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shortFingerprint } from '@/domain/fingerprint';
import { buildPdfModel, type PdfModel } from '@/features/pdf-export/pdf-model';
import { renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import { taggingStatus, type TaggingStatus } from '@/features/pdf-export/tagging-seam';
import { typicalAssessment } from '../../fixtures/assessments';
import { modelStrings } from './model-strings';
import { nodeFontPaths, squash } from './pdf-helpers';
import { elements, readingOrder, readStructure, type PdfStructure } from './pdf-structure';

const GENERATED_AT = new Date('2026-03-10T17:45:00Z');
const PDFINFO = '/usr/bin/pdfinfo';

describe('the tagged PDF', () => {
  let bytes: Uint8Array;
  let pdf: PdfStructure;
  let model: PdfModel;
  let status: TaggingStatus | undefined;

  beforeAll(async () => {
    const a = typicalAssessment();
    const result = await renderAssessmentPdf(a, {
      fonts: nodeFontPaths(),
      generatedAt: GENERATED_AT,
    });
    status = taggingStatus();
    bytes = result.bytes;
    model = buildPdfModel({
      assessment: a,
      shortFingerprint: shortFingerprint(result.fingerprint),
      generatedAt: GENERATED_AT,
    });
    pdf = await readStructure(bytes);
  }, 60_000);

  it('went through the tagging seam: every drawn Text hooked, none left untagged, no fallback', () => {
    expect(status).toBeDefined();
    expect(status?.fallback).toBe('');
    expect(status?.hooked).toBeGreaterThan(100);
    expect(status?.begun).toBe(status?.hooked);
    expect(status?.ended).toBe(status?.hooked);
    expect(status?.notOnce).toBe(0);
    expect(status?.untagged).toBe(0);
  });

  it('is marked as tagged, with its language and title, and shows the title', () => {
    expect(pdf.markInfo?.Marked).toBe(true);
    expect(pdf.language).toBe('en');
    expect(pdf.title).toBe(model.info.title);
    expect(pdf.viewerPreferences?.DisplayDocTitle).toBe(true);
  });

  it.skipIf(!existsSync(PDFINFO))('says so to pdfinfo too', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tagged-')), 'a.pdf');
    writeFileSync(file, bytes);
    const info = execFileSync(PDFINFO, [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    expect(info).toContain(`Title:           ${model.info.title}`);
  });

  it('has a structure tree on every page', () => {
    expect(pdf.pages.length).toBeGreaterThan(5);
    pdf.pages.forEach((tree, i) => {
      expect(tree, `page ${i + 1}`).not.toBeNull();
      expect(
        elements(tree).some((e) => e.text.trim() !== ''),
        `page ${i + 1}`,
      ).toBe(true);
    });
  });

  it('has headings in order: the title as H1, a H2 per section, a H3 per sub-prompt', () => {
    const headings = pdf.pages.flatMap((tree) =>
      elements(tree).filter((e) => /^H[1-6]$/.test(e.role)),
    );
    const levels = headings.map((h) => Number(h.role.slice(1)));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    // No level skipped on the way down.
    levels.forEach((level, i) => {
      if (i > 0) expect(level, headings[i]?.text).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
    });
    expect(squash(headings[0]?.text ?? '')).toBe(squash(model.cover.title));
    // The kicker is drawn in capitals (a style); the text is as in the model.
    const h2 = headings.filter((h) => h.role === 'H2').map((h) => squash(h.text).toLowerCase());
    const sections = model.sections.map((s) => squash(`${s.kicker}${s.heading}`).toLowerCase());
    // Every section's heading is one H2, in the order of the sections.
    expect(h2.filter((t) => sections.includes(t))).toEqual(sections);
    const h3 = headings.filter((h) => h.role === 'H3').map((h) => squash(h.text));
    const labels = model.sections.flatMap((s) =>
      s.blocks.map((b) => squash(`${b.number}${b.label}`)),
    );
    expect(h3.filter((t) => labels.includes(t))).toEqual(labels);
  });

  it('gives every table header cells: a row of column headers, and a header for each row', () => {
    const tables = pdf.pages.flatMap((tree) => elements(tree).filter((e) => e.role === 'Table'));
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) {
      const rows = table.children.filter((c) => c.role === 'TR');
      expect(rows.length, table.text).toBeGreaterThan(0);
      for (const row of rows) {
        expect(
          row.children.some((c) => c.role === 'TH'),
          row.text,
        ).toBe(true);
        expect(row.children.every((c) => c.role === 'TH' || c.role === 'TD')).toBe(true);
      }
    }
    // Tables with columns: the first row on the page where the table starts heads the columns.
    const withColumns = tables.filter((t) => t.children[0]?.children.every((c) => c.role === 'TH'));
    const tableBlocks = model.sections.flatMap((s) =>
      s.blocks.filter((b) => b.kind !== 'answer' && b.rows.length > 0 && !b.status),
    );
    expect(withColumns.length).toBeGreaterThanOrEqual(tableBlocks.length);
  });

  it('reads every answer and table cell from the tags, in the order they are drawn', () => {
    const tagged = squash(pdf.pages.map((tree) => tree?.text ?? '').join(''));
    const missing = modelStrings(model).filter((s) => !tagged.includes(squash(s)));
    expect(missing).toEqual([]);
    pdf.pages.forEach((tree, i) => {
      const drawn = pdf.drawn[i] ?? [];
      const read = readingOrder(tree);
      expect(read, `page ${i + 1}`).toEqual(drawn.filter((id) => read.includes(id)));
      expect(new Set(read).size, `page ${i + 1}`).toBe(read.length);
    });
  });

  it('leaves only the footer and repeated header rows out of the reading, as artifacts', () => {
    expect(pdf.unmarkedText.join('')).toBe('');
    const footer = squash(model.footer.readableId + model.footer.version);
    pdf.artifactText.forEach((text, i) => {
      expect(squash(text), `page ${i + 1}`).toContain(footer);
      // Nothing else typed into the assessment hides in an artifact, except a repeated header row.
      const answers = modelStrings(model).filter((s) => s.length > 40);
      expect(
        answers.filter((s) => squash(text).includes(squash(s))),
        `page ${i + 1}`,
      ).toEqual([]);
    });
  });

  it('has an outline: the cover, each section once with its tables, open checks, glossary, review', () => {
    const top = pdf.outline.map((e) => e.title);
    const kickers = model.sections.map((s) => s.kicker);
    expect(top).toEqual([
      'Cover and summary',
      ...kickers,
      model.checks.title,
      model.glossary.title,
      'Equity team review',
    ]);
    for (const section of model.sections) {
      const entry = pdf.outline.find((e) => e.title === section.kicker);
      const tables = section.blocks.filter((b) => b.kind === 'table').map((b) => b.label);
      expect(entry?.items.map((i) => i.title)).toEqual(tables);
    }
  });
});
