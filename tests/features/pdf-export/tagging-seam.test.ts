// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type * as Render from '@react-pdf/render';
import { renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import { taggingStatus } from '@/features/pdf-export/tagging-seam';
import { typicalAssessment } from '../../fixtures/assessments';
import { nodeFontPaths, readPdf, squash } from './pdf-helpers';
import { readStructure } from './pdf-structure';

/**
 * An upgrade of react-pdf that no longer draws a Text's lines with `lines.forEach` (simulated here
 * by handing `@react-pdf/render` plain copies of every lines array) must not give a PDF that claims
 * to be tagged while all its text is an artifact: the export falls back to react-pdf's untagged
 * PDF, with every word, and says why.
 */
const upgrade = vi.hoisted(() => ({ on: false }));
vi.mock('@react-pdf/render', async (importOriginal) => {
  const real = await importOriginal<typeof Render>();
  const plain = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const lines: unknown = Reflect.get(node, 'lines');
    if (Array.isArray(lines)) Reflect.set(node, 'lines', Array.from(lines));
    const children: unknown = Reflect.get(node, 'children');
    if (Array.isArray(children)) children.forEach(plain);
  };
  return {
    ...real,
    default: (ctx: Parameters<typeof real.default>[0], doc: Parameters<typeof real.default>[1]) => {
      if (upgrade.on) plain(doc);
      return real.default(ctx, doc);
    },
  };
});

describe('the tagging seam after an upgrade that moves how text is drawn', () => {
  it('falls back to an untagged PDF with all its text, and says why', async () => {
    upgrade.on = true;
    try {
      const a = typicalAssessment();
      const { bytes } = await renderAssessmentPdf(a, { fonts: nodeFontPaths() });
      const status = taggingStatus();
      expect(status?.fallback).toMatch(/drew 0 of \d+ Texts/);
      const structure = await readStructure(bytes);
      expect(structure.markInfo?.Marked ?? false).toBe(false);
      const text = squash((await readPdf(bytes)).pages.join('\n'));
      expect(text).toContain(squash(a.meta.title));
      expect(text).toContain(squash(a.q5.conclusion));
    } finally {
      upgrade.on = false;
    }
  }, 60_000);

  it('tags again once text is drawn as the seam expects', async () => {
    await renderAssessmentPdf(typicalAssessment(), { fonts: nodeFontPaths() });
    expect(taggingStatus()?.fallback).toBe('');
  }, 60_000);
});
