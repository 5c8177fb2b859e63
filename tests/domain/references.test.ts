import { describe, expect, it } from 'vitest';
import { tableItem, TABLES } from '@/domain/questions';
import { rowGist } from '@/domain/references';
import { longText } from '../fixtures/assessments';

const harms = tableItem(TABLES.harms).columns;
const sources = tableItem(TABLES.sources).columns;
const names: Record<string, string> = { g1: 'Renters (most affected)', g2: 'Seniors' };
const label = (id: string) => names[id];

describe('rowGist: a table row in one line', () => {
  it('names the row’s groups and starts its first words', () => {
    const gist = rowGist(
      { id: 'h1', description: 'Rents rise  near\nnew stations', groups: ['g1', 'g2'] },
      harms,
      label,
    );
    expect(gist).toEqual({
      groups: 'Renters (most affected), Seniors',
      words: 'Rents rise near new stations',
    });
  });

  it('leaves out groups that are gone and skips empty text columns', () => {
    const gist = rowGist(
      { id: 's1', name: '  ', notes: 'Census 2020', kind: 'numbers' },
      sources,
      label,
    );
    expect(gist).toEqual({ groups: '', words: 'Census 2020' });
    expect(rowGist({ id: 'h2', description: '', groups: ['gone'] }, harms, label)).toEqual({
      groups: '',
      words: '',
    });
  });

  it('cuts a 50,000-character answer to a short preview', () => {
    const words = rowGist({ id: 'h3', description: longText(50_000, 3) }, harms, label).words;
    expect(words.length).toBeLessThanOrEqual(80);
    expect(words.endsWith('…')).toBe(true);
  });
});
