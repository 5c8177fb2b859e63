import { describe, expect, it } from 'vitest';
import {
  checkServerUrl,
  contentHash,
  mergeRecords,
  parseSyncDocId,
  syncDocId,
  withField,
} from '@/domain/sync';

const ID = '0b9c2a52-3f7e-4d53-9a1c-4e2f8c7d6a10';

describe('sync document ids', () => {
  it('round-trips each kind and refuses anything else', () => {
    for (const key of [
      { kind: 'assessment', id: ID },
      { kind: 'version', id: ID, version: 3 },
      { kind: 'review', id: ID },
    ] as const) {
      expect(parseSyncDocId(syncDocId(key))).toEqual(key);
    }
    expect(parseSyncDocId(`other:${ID}`)).toBeUndefined();
    expect(parseSyncDocId(`version:${ID}:0`)).toBeUndefined();
    expect(parseSyncDocId(`assessment:${ID}:1`)).toBeUndefined();
    expect(parseSyncDocId('_design/x')).toBeUndefined();
  });
});

describe('the server address', () => {
  it('takes HTTPS anywhere and HTTP only on this computer', () => {
    expect(checkServerUrl(' https://couch.example.gov/housing/ ')).toEqual({
      ok: true,
      url: 'https://couch.example.gov/housing',
    });
    expect(checkServerUrl('http://127.0.0.1:5984/housing').ok).toBe(true);
    expect(checkServerUrl('http://localhost:5984/housing').ok).toBe(true);
    expect(checkServerUrl('http://couch.example.gov/housing')).toEqual({
      ok: false,
      reason: 'insecure',
    });
    expect(checkServerUrl('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkServerUrl('couch')).toEqual({ ok: false, reason: 'invalid' });
    expect(checkServerUrl('ftp://x.gov/db')).toEqual({ ok: false, reason: 'invalid' });
    expect(checkServerUrl('https://a:b@x.gov/db')).toEqual({
      ok: false,
      reason: 'credentialsInUrl',
    });
    expect(checkServerUrl('https://x.gov/')).toEqual({ ok: false, reason: 'noDatabase' });
  });
});

describe('merging two revisions field by field', () => {
  const base = {
    title: 'Bus passes',
    updatedAt: '2026-01-01T00:00:00.000Z',
    q1: { what: 'a', why: 'b' },
    rows: [{ x: 1 }],
  };

  it('keeps the edits of different fields from both sides', () => {
    const mine = { ...base, title: 'Bus passes for youth', updatedAt: '2026-01-02T00:00:00.000Z' };
    const theirs = {
      ...base,
      q1: { what: 'a', why: 'because' },
      updatedAt: '2026-01-03T00:00:00.000Z',
    };
    const { merged, conflicts } = mergeRecords(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual({
      ...base,
      title: 'Bus passes for youth',
      q1: { what: 'a', why: 'because' },
      updatedAt: '2026-01-03T00:00:00.000Z',
    });
  });

  it('lists a field both sides changed, with both texts, and keeps mine until picked', () => {
    const mine = { ...base, q1: { what: 'mine', why: 'b' } };
    const theirs = { ...base, q1: { what: 'theirs', why: 'b' }, title: 'T' };
    const { merged, conflicts } = mergeRecords(base, mine, theirs);
    expect(conflicts).toEqual([{ path: ['q1', 'what'], mine: 'mine', theirs: 'theirs' }]);
    expect(merged.q1).toEqual({ what: 'mine', why: 'b' });
    expect(merged.title).toBe('T');
    expect(withField(merged, ['q1', 'what'], 'theirs').q1).toEqual({ what: 'theirs', why: 'b' });
  });

  it('treats a table as one field', () => {
    const mine = { ...base, rows: [{ x: 2 }] };
    const theirs = { ...base, rows: [{ x: 1 }, { x: 3 }] };
    expect(mergeRecords(base, mine, theirs).conflicts.map((c) => c.path)).toEqual([['rows']]);
  });

  it('without a common ancestor, every differing field is a conflict', () => {
    const mine = { ...base, title: 'A' };
    const theirs = { ...base, q1: { what: 'a', why: 'c' } };
    expect(mergeRecords(undefined, mine, theirs).conflicts.map((c) => c.path)).toEqual([
      ['title'],
      ['q1', 'why'],
    ]);
  });
});

describe('content fingerprints', () => {
  it('ignore key order and see any change', () => {
    expect(contentHash({ a: 1, b: [1, 2] })).toBe(contentHash({ b: [1, 2], a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });
});
