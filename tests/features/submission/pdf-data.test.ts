// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, fingerprint } from '@/domain/fingerprint';
import { buildPdfData, PDF_DATA_FILE_NAME } from '@/domain/pdf-data';
import { newReview } from '@/domain/review';
import { attachPdfData } from '@/features/pdf-export/pdf-data-file';
import { renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import { readSubmissionFile } from '@/features/submission/read-submission';
import { typicalAssessment } from '../../fixtures/assessments';
import { nodeFontPaths } from '../pdf-export/pdf-helpers';

const a = typicalAssessment();
let plain: Uint8Array;
let carried: Uint8Array;
const review = newReview({
  id: crypto.randomUUID(),
  assessmentId: a.id,
  readableId: a.readableId,
  version: a.version,
  assessmentFingerprint: '0'.repeat(64),
  submittedAt: null,
  now: new Date('2026-04-01T00:00:00Z'),
});

const text = (bytes: Uint8Array) => {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-data-')), 'x.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
};
const asFile = (bytes: Uint8Array, name = 'x.pdf') => new File([new Uint8Array(bytes)], name);

beforeAll(async () => {
  const when = new Date('2026-04-02T10:00:00Z');
  plain = (await renderAssessmentPdf(a, { fonts: nodeFontPaths(), generatedAt: when })).bytes;
  const { json, seal } = await buildPdfData({ assessment: a, submittedAt: null, review });
  carried = await attachPdfData(plain, json, seal, when);
}, 60_000);

describe('a PDF that carries its data', () => {
  it('reads back the very record it was drawn from, and the review', async () => {
    const r = await readSubmissionFile(asFile(carried));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [item] = r.items;
    expect(canonicalJson(item?.assessment)).toBe(canonicalJson(a));
    expect(item?.fingerprint).toBe(await fingerprint(a));
    expect(item?.review).toEqual(review);
  });

  it('embeds the data byte for byte', async () => {
    const doc = await PDFDocument.load(carried);
    const att = doc.getAttachments().find((x) => x.name === PDF_DATA_FILE_NAME);
    const { json } = await buildPdfData({ assessment: a, submittedAt: null, review });
    expect(new TextDecoder().decode(att?.data)).toBe(json);
  });

  it('keeps the visible text exactly as without the data', () => {
    expect(text(carried)).toBe(text(plain));
  });

  it('refuses a PDF without data', async () => {
    expect(await readSubmissionFile(asFile(plain))).toEqual({
      ok: false,
      error: { kind: 'noData' },
    });
  });

  it('refuses data edited after export', async () => {
    const doc = await PDFDocument.load(carried);
    const { json } = await buildPdfData({ assessment: a, submittedAt: null, review });
    const edited = json.replace('Senior Housing Planner', 'Senior Housing Plannex');
    // Replace the embedded file with the edited one, keywords (and seal) untouched.
    const other = await PDFDocument.create();
    for (const page of await other.copyPages(doc, doc.getPageIndices())) other.addPage(page);
    other.setKeywords([doc.getKeywords() ?? '']);
    await other.attach(new TextEncoder().encode(edited), PDF_DATA_FILE_NAME, {
      mimeType: 'application/json',
      description: 'edited',
    });
    const r = await readSubmissionFile(asFile(await other.save()));
    expect(r).toEqual({ ok: false, error: { kind: 'tampered' } });
  });

  it('refuses a data file whose seal and fingerprint were both redone but not the footer', async () => {
    const changed = { ...a, meta: { ...a.meta, division: 'Changed' } };
    const { json, seal } = await buildPdfData({
      assessment: changed,
      submittedAt: null,
      review: null,
    });
    const doc = await PDFDocument.load(plain);
    const keep = (doc.getKeywords() ?? '').split(' ');
    const other = await PDFDocument.load(plain);
    other.setKeywords([...keep, `seal:${seal}`]);
    await other.attach(new TextEncoder().encode(json), PDF_DATA_FILE_NAME, {
      mimeType: 'application/json',
      description: 'forged',
    });
    expect(await readSubmissionFile(asFile(await other.save()))).toEqual({
      ok: false,
      error: { kind: 'tampered' },
    });
  });

  it('refuses a broken file and a file that is neither PDF nor JSON', async () => {
    expect((await readSubmissionFile(asFile(carried.slice(0, 400)))).ok).toBe(false);
    expect(await readSubmissionFile(asFile(new TextEncoder().encode('hello'), 'x.txt'))).toEqual({
      ok: false,
      error: { kind: 'notPdf' },
    });
  });
});
