import { describe, expect, it } from 'vitest';
import fixtureV1 from '../fixtures/stored-v1.json';
import { migrate, parseStored } from '@/domain/migrations';

describe('migrate()', () => {
  it('reads the first stored shape (v1) and fills what it lacks', () => {
    const result = parseStored(fixtureV1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessment.meta.title).toBe('Community land trust');
    expect(result.assessment.q1.notKnown.problem).toEqual({
      on: true,
      plan: 'Ask the housing data team by December.',
      date: '',
    });
    expect(result.assessment.q5.measures).toEqual([]);
  });

  it('refuses data from a newer version of the app instead of guessing', () => {
    expect(() => migrate({ ...fixtureV1, schemaVersion: 99 })).toThrow(/newer/);
    const result = parseStored({ ...fixtureV1, schemaVersion: 99 });
    expect(result.ok).toBe(false);
  });

  it('reports what is wrong with a broken record', () => {
    const result = parseStored({ ...fixtureV1, id: 42 });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('id') });
    expect(parseStored('text').ok).toBe(false);
    expect(parseStored(null).ok).toBe(false);
  });
});
