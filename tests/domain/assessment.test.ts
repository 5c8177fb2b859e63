import { describe, expect, it } from 'vitest';
import { AssessmentSchema } from '@/domain/assessment';
import { newAssessment } from '@/domain/factory';
import { MAX_ANSWER_LENGTH } from '@/domain/constants';

const base = () =>
  newAssessment({
    id: crypto.randomUUID(),
    now: new Date('2026-11-22T10:00:00Z'),
  });

describe('AssessmentSchema', () => {
  it('accepts a brand-new, empty draft and fills every section with defaults', () => {
    const a = base();
    expect(a.status).toBe('draft');
    expect(a.q1.results).toEqual([]);
    expect(a.q4.readiness.funded).toEqual({ answer: '', note: '' });
    expect(AssessmentSchema.safeParse(a).success).toBe(true);
  });

  it('stores every string in NFC', () => {
    const decomposed = 'Nguye\u0302\u0303n'; // ễ as e + two combining marks
    const a = AssessmentSchema.parse({ ...base(), meta: { ...base().meta, leadName: decomposed } });
    expect(a.meta.leadName).toBe('Nguyễn');
    expect(a.meta.leadName).toBe(decomposed.normalize('NFC'));
  });

  it('keeps markup-like text exactly as typed', () => {
    const text = '<script>alert(1)</script> & <b>bold</b>';
    const a = AssessmentSchema.parse({ ...base(), q1: { ...base().q1, proposal: text } });
    expect(a.q1.proposal).toBe(text);
  });

  it('accepts a 50,000-character answer and rejects one beyond the limit', () => {
    const ok = AssessmentSchema.safeParse({
      ...base(),
      q1: { ...base().q1, proposal: 'x'.repeat(50_000) },
    });
    expect(ok.success).toBe(true);
    const tooLong = AssessmentSchema.safeParse({
      ...base(),
      q1: { ...base().q1, proposal: 'x'.repeat(MAX_ANSWER_LENGTH + 1) },
    });
    expect(tooLong.success).toBe(false);
  });

  it('rejects records that are not assessments', () => {
    expect(AssessmentSchema.safeParse({}).success).toBe(false);
    expect(AssessmentSchema.safeParse({ ...base(), id: 'not-a-uuid' }).success).toBe(false);
    expect(AssessmentSchema.safeParse({ ...base(), readableId: 'X-1' }).success).toBe(false);
    expect(AssessmentSchema.safeParse({ ...base(), status: 'approved' }).success).toBe(false);
    expect(
      AssessmentSchema.safeParse({ ...base(), meta: { ...base().meta, type: 'poem' } }).success,
    ).toBe(false);
  });

  it('keeps a date that does not parse, so a draft always saves', () => {
    const a = AssessmentSchema.safeParse({
      ...base(),
      meta: { ...base().meta, decisionDate: '2027-02-30' },
    });
    expect(a.success).toBe(true);
  });
});
