import { describe, expect, it } from 'vitest';
import { MAX_SHORT_LENGTH } from '@/domain/constants';
import { duplicateAssessment } from '@/domain/factory';
import { typicalAssessment } from '../fixtures/assessments';

describe('duplicating an assessment', () => {
  const opts = {
    id: '6a1f9a4e-2c3b-4d5e-8f70-112233445566',
    now: new Date('2026-06-01T10:00:00Z'),
    titleSuffix: '(copy)',
  };

  it('adds the suffix to the title and starts a new draft', () => {
    const copy = duplicateAssessment(typicalAssessment(), opts);
    expect(copy.meta.title).toBe(`${typicalAssessment().meta.title} (copy)`);
    expect(copy).toMatchObject({ status: 'draft', version: 0, lastExportedAt: null });
  });

  it('keeps a title of the longest allowed length within the limit, suffix included', () => {
    const source = typicalAssessment();
    source.meta.title = 'T'.repeat(MAX_SHORT_LENGTH);
    const copy = duplicateAssessment(source, opts);
    expect(copy.meta.title).toHaveLength(MAX_SHORT_LENGTH);
    expect(copy.meta.title.endsWith(' (copy)')).toBe(true);
  });
});
