import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newAssessment } from '@/domain/factory';
import { loadAll, saveAssessment } from '@/storage/assessment-repository';
import { EquityDb, setDbForTests } from '@/storage/db';

let db: EquityDb;
beforeEach(() => {
  db = new EquityDb(`test-${crypto.randomUUID()}`);
  setDbForTests(db);
});
afterEach(async () => {
  await db.delete();
  setDbForTests(undefined);
});

const make = (n: number) =>
  newAssessment({ id: crypto.randomUUID(), now: new Date(Date.UTC(2026, 0, 1, 0, n)) });

describe('assessment repository', () => {
  it('round-trips an assessment with Spanish and Vietnamese text', async () => {
    const a = make(1);
    a.meta.title = 'Vivienda asequible — Nhà ở giá rẻ (ịt) Đặng';
    a.q1.proposal = 'x'.repeat(50_000);
    await saveAssessment(a);
    const { assessments, problems } = await loadAll();
    expect(problems).toEqual([]);
    expect(assessments).toEqual([a]);
  });

  it('reports a corrupt record and still loads the others', async () => {
    const good = make(2);
    await saveAssessment(good);
    await db.assessments.put({ id: 'broken', schemaVersion: 1, readableId: 42 });
    const { assessments, problems } = await loadAll();
    expect(assessments.map((a) => a.id)).toEqual([good.id]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.id).toBe('broken');
  });
});
