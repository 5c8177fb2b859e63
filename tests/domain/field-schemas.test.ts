import { describe, expect, it } from 'vitest';
import { emptyRow, sectionSchema } from '@/domain/field-schemas';
import { getStep, STEPS, type Item } from '@/domain/questions';

describe('section schemas built from the questions description', () => {
  it('stores a new sub-prompt with no edit beyond its entry', () => {
    const q3 = getStep('q3');
    if (!q3) throw new Error('no q3');
    const items: Item[] = [...q3.items, { id: 'newPrompt', kind: 'longtext' }];
    const schema = sectionSchema({ section: 'q3', items });
    const parsed: Record<string, unknown> = schema.parse({ newPrompt: 'Cafe\u0301 nói' });
    expect(parsed.newPrompt).toBe('Café nói');
    expect(schema.parse({}) as Record<string, unknown>).toHaveProperty('newPrompt', '');
  });

  it('gives every step a value for every item, and nothing else', () => {
    for (const step of STEPS) {
      const parsed = sectionSchema(step).parse({ stray: 'dropped' });
      expect(Object.keys(parsed).sort()).toEqual(
        [...step.items.map((i) => i.id), 'notKnown'].sort(),
      );
    }
  });

  it('makes an empty row with every column at its default', () => {
    const q3 = getStep('q3');
    const engagement = q3?.items.find((i) => i.id === 'engagement');
    if (engagement?.kind !== 'table') throw new Error('no table');
    expect(emptyRow(engagement, 'r1')).toEqual({
      id: 'r1',
      method: '',
      date: '',
      groups: [],
      people: '',
      languages: '',
      supports: [],
      level: '',
    });
  });

  it('rejects a value of the wrong kind instead of storing it', () => {
    const q4 = getStep('q4');
    if (!q4) throw new Error('no q4');
    const result = sectionSchema(q4).safeParse({ harms: [{ id: 'h1', likelihood: 'extreme' }] });
    expect(result.success).toBe(false);
  });
});
