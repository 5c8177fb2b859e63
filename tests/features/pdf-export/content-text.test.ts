// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import { taggingStatus } from '@/features/pdf-export/tagging-seam';
import { bufferContentText, contentText } from '@/features/pdf-export/tagging/content-text';
import { stressAssessment, typicalAssessment } from '../../fixtures/assessments';
import { nodeFontPaths, readPdf } from './pdf-helpers';

/**
 * The tagging seam's document keeps its drawing operators as text until a stream is written
 * (tagging/content-text.ts). The PDF must be the same, byte for byte, with and without it.
 */

const GENERATED_AT = new Date('2026-03-10T17:45:00Z');

async function render(stress: boolean, enabled: boolean): Promise<Uint8Array> {
  contentText.enabled = enabled;
  try {
    const a = stress ? stressAssessment() : typicalAssessment();
    return (await renderAssessmentPdf(a, { fonts: nodeFontPaths(), generatedAt: GENERATED_AT }))
      .bytes;
  } finally {
    contentText.enabled = true;
  }
}

describe('drawing operators kept as text until a stream is written', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: GENERATED_AT });
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it('is in the path of every export, and the PDF stays tagged', async () => {
    const before = contentText.streams;
    await render(false, true);
    // One per page's content stream at least (the typical PDF has more than ten pages).
    expect(contentText.streams - before).toBeGreaterThan(10);
    expect(taggingStatus()?.fallback).toBe('');
  }, 60_000);

  it.each([
    ['typical', false],
    ['stress', true],
  ] as const)(
    'leaves the %s PDF the same, byte for byte',
    async (_name, stress) => {
      const without = await render(stress, false);
      const withText = await render(stress, true);
      expect(withText.length).toBe(without.length);
      expect(Buffer.from(withText).equals(Buffer.from(without))).toBe(true);
      expect((await readPdf(withText)).pages.length).toBeGreaterThan(stress ? 100 : 10);
    },
    120_000,
  );

  it('says why and does nothing for a document it does not recognise', () => {
    expect(bufferContentText({})).toMatch(/\w/);
    expect(bufferContentText({ _root: { buffer: [] } })).toMatch(/write and finalize/);
    contentText.enabled = false;
    try {
      expect(bufferContentText({ _root: {} })).toBe('switched off');
    } finally {
      contentText.enabled = true;
    }
  });
});
