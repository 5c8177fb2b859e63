import { describe, expect, it } from 'vitest';
import { AssessmentSchema } from '@/domain/assessment';
import { newAssessment } from '@/domain/factory';
import { migrate, parseStored } from '@/domain/migrations';
import { planImport } from '@/domain/package';
import { READABLE_ID_PATTERN, readableIdFor } from '@/domain/readable-id';
import storedV1 from '../fixtures/stored-v1.json';

const NOW = new Date('2026-04-01T10:00:00Z');

describe('readable ids', () => {
  it('look like EQ-<year>-XXXX-XXXX, without letters that read as others', () => {
    const id = readableIdFor('2f1c7a3e-5b4d-4e8f-9a6b-1c2d3e4f5a6b', 2026);
    expect(id).toBe('EQ-2026-5WE7-MFJV');
    expect(id).toMatch(READABLE_ID_PATTERN);
    for (let i = 0; i < 200; i++)
      expect(readableIdFor(crypto.randomUUID(), 2026)).not.toMatch(/[ILOU]/);
  });

  it('never collide between devices: 20,000 assessments made on two devices, all distinct', () => {
    const deviceA = Array.from({ length: 10_000 }, () =>
      newAssessment({ id: crypto.randomUUID(), now: NOW }),
    );
    const deviceB = Array.from({ length: 10_000 }, () =>
      newAssessment({ id: crypto.randomUUID(), now: NOW }),
    );
    const all = new Set([...deviceA, ...deviceB].map((a) => a.readableId));
    expect(all.size).toBe(20_000);
  });

  it('survive an import from another device unchanged', () => {
    const here = [newAssessment({ id: crypto.randomUUID(), now: NOW })];
    const there = Array.from({ length: 50 }, () =>
      newAssessment({ id: crypto.randomUUID(), now: NOW }),
    );
    const plan = planImport(here, there, 'keepBoth', {
      now: NOW,
      newId: () => crypto.randomUUID(),
      copySuffix: '(copy)',
    });
    expect(plan.items.map((i) => i.assessment.readableId)).toEqual(there.map((a) => a.readableId));
  });

  it('migrate from the per-device numbers the same way on every device, keeping the old one', () => {
    const once = AssessmentSchema.parse(migrate(storedV1));
    const again = AssessmentSchema.parse(migrate(structuredClone(storedV1)));
    expect(once.readableId).toBe(again.readableId);
    expect(once.readableId).toBe(readableIdFor(storedV1.id, 2026));
    expect(once.formerReadableIds).toEqual([storedV1.readableId]);
    expect(once.id).toBe(storedV1.id);
  });

  it('reject a shape-2 record that still has a per-device number', () => {
    const a = newAssessment({ id: crypto.randomUUID(), now: NOW });
    expect(parseStored({ ...a, readableId: 'EQ-2026-0001' }).ok).toBe(false);
  });
});
