// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprint, shortFingerprint } from '@/domain/fingerprint';
import {
  groupNames,
  harmMitigations,
  linkLabels,
  mostAffectedNames,
  rowLabels,
} from '@/domain/labels';
import { stressAssessment, typicalAssessment } from '../../fixtures/assessments';

describe('row labels', () => {
  const a = typicalAssessment();

  it('labels every table row by its prefix and position', () => {
    const labels = rowLabels(a);
    expect(labels.get('h1')).toBe('H1');
    expect(labels.get('m2')).toBe('M2');
    expect(labels.get('k3')).toBe('K3');
    expect(labels.get('g-vietnamese')).toBe('G3');
  });

  it('resolves links to the rows they point at, leaving out rows that are gone', () => {
    expect(linkLabels(a, ['s2', 's1'], ['sources'])).toEqual(['S2', 'S1']);
    expect(linkLabels(a, ['o2', 'h1', 'gone'], ['outcomes', 'harms'])).toEqual(['O2', 'H1']);
  });

  it('names groups and lists the most affected', () => {
    expect(groupNames(a, ['g-white', 'g-black', 'missing'])).toEqual([
      'White residents',
      'Black residents',
    ]);
    expect(mostAffectedNames(a)).toHaveLength(3);
  });

  it('chains harms to the mitigations that address them', () => {
    expect(harmMitigations(a)).toEqual([
      { harm: 'H1', mitigations: ['M1', 'M3'] },
      { harm: 'H2', mitigations: ['M2', 'M3'] },
      { harm: 'H3', mitigations: [] },
    ]);
  });
});

describe('fingerprint', () => {
  it('sorts keys and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });

  it('is the SHA-256 of the canonical JSON, the same whatever the key order', async () => {
    expect(await fingerprint({ a: 1 })).toBe(
      '015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862',
    );
    expect(await fingerprint({ x: 1, y: 2 })).toBe(await fingerprint({ y: 2, x: 1 }));
  });

  it('changes when any answer changes, and has a 12-digit short form', async () => {
    const a = typicalAssessment();
    const b = { ...a, q1: { ...a.q1, proposal: `${a.q1.proposal}.` } };
    const fa = await fingerprint(a);
    expect(fa).toMatch(/^[0-9a-f]{64}$/);
    expect(await fingerprint(b)).not.toBe(fa);
    expect(shortFingerprint(fa)).toBe(fa.slice(0, 12));
  });

  it('fixtures parse and the stress one is big', () => {
    const s = stressAssessment();
    expect(s.q4.harms).toHaveLength(100);
    expect(s.q1.proposal).toHaveLength(20_000);
  });
});
