import { describe, expect, it } from 'vitest';
import { AssessmentSchema, type Assessment } from '@/domain/assessment';
import {
  CHECK_IDS,
  CHECK_REASONS,
  CHECKS,
  checkReport,
  markNotApplicable,
  messageKey,
  offersOtherLanguage,
  placeLabelKey,
  reopenCheck,
  runChecks,
  sameWords,
  toIsoDate,
  type CheckId,
  type CheckResult,
} from '@/domain/consistency';
import { DUPLICATE_MIN_LENGTH, SOURCE_MAX_AGE_YEARS } from '@/domain/constants';
import { hasKey, tKey } from '@/i18n/i18n';
// The checks' words are not among the home page's: they come with the wizard and the PDF.
import '@/i18n/all-words';
import { stressChecksAssessment, typicalAssessment } from '../fixtures/assessments';

const TODAY = '2026-03-10';

/** The typical assessment, changed by `edit`, parsed again so it stays a valid stored shape. */
function variant(edit: (a: Assessment) => void): Assessment {
  const a = structuredClone(typicalAssessment());
  edit(a);
  return AssessmentSchema.parse(a);
}

const run = (check: CheckId, a: Assessment, today = TODAY) => CHECKS[check](a, today);

/** The parts of a result a test usually pins down. */
const brief = (r: CheckResult) => ({
  key: r.key,
  reason: r.reason,
  at: `${r.at.step}:${r.at.path}`,
  about: r.about ? `${r.about.step}:${r.about.path}` : undefined,
  rows: r.rows,
  params: r.params,
});

const VIETNAMESE = 'Vietnamese-speaking households (Người nói tiếng Việt)';

describe('readiness and consistency checks', () => {
  it('find nothing in the typical assessment', () => {
    expect(runChecks(typicalAssessment(), TODAY)).toEqual([]);
  });

  describe('1. a most-affected group has no benefit/burden row', () => {
    it('flags the group, and links to the table', () => {
      const a = variant((a) => {
        a.q2.benefitBurden = a.q2.benefitBurden.filter((r) => r.id !== 'b3');
      });
      expect(run('mostAffectedNoBenefitBurden', a).map(brief)).toEqual([
        {
          key: 'mostAffectedNoBenefitBurden:g-vietnamese',
          reason: 'noRow',
          at: 'q2:benefitBurden',
          about: 'groups:groups.2.name',
          rows: ['G3'],
          params: { group: VIETNAMESE },
        },
      ]);
    });

    it('leaves groups not marked most affected alone, and names an unnamed group by its label', () => {
      // Renters have no row in the typical assessment, but are not marked most affected.
      expect(run('mostAffectedNoBenefitBurden', typicalAssessment())).toEqual([]);
      const a = variant((a) => {
        a.groups.groups.push({ id: 'g-new', name: ' ', kind: 'race', mostAffected: true });
      });
      expect(run('mostAffectedNoBenefitBurden', a).map((r) => r.params)).toEqual([{ group: 'G6' }]);
    });
  });

  describe('2. a burden has no harm naming the same group', () => {
    it('flags the row with the burden', () => {
      const a = variant((a) => {
        a.q4.harms = a.q4.harms.map((h) => ({
          ...h,
          groups: h.groups.filter((g) => g !== 'g-black'),
        }));
      });
      expect(run('burdenNoHarm', a).map(brief)).toEqual([
        {
          key: 'burdenNoHarm:b1',
          reason: 'noHarm',
          at: 'q4:harms',
          about: 'q2:benefitBurden.0.burdens',
          rows: ['B1'],
          params: { row: 'B1', group: 'Black residents' },
        },
      ]);
    });

    it('counts an overall effect of "burden" as a burden, and a neutral row with no burden as none', () => {
      // B4 (white residents, neutral, no burden) names no harm in the typical assessment.
      expect(run('burdenNoHarm', typicalAssessment())).toEqual([]);
      const a = variant((a) => {
        const b4 = a.q2.benefitBurden[3];
        if (b4) b4.net = 'burden';
      });
      expect(run('burdenNoHarm', a).map((r) => r.key)).toEqual(['burdenNoHarm:b4']);
    });
  });

  describe('3. harms and mitigations', () => {
    it('flags a medium or high harm with no mitigation', () => {
      const a = variant((a) => {
        a.q4.mitigations = a.q4.mitigations
          .filter((m) => m.id !== 'm1')
          .map((m) => ({ ...m, harms: m.harms.filter((h) => h !== 'h1') }));
      });
      expect(run('harmMitigation', a).map(brief)).toEqual([
        {
          key: 'harmMitigation:h1',
          reason: 'noMitigation',
          at: 'q4:mitigations',
          about: 'q4:harms.0.description',
          rows: ['H1'],
          params: { row: 'H1' },
        },
      ]);
    });

    it('flags a mitigation with no owner, no date, or neither, at the field to fill in', () => {
      const a = variant((a) => {
        const [m1, m2, m3] = a.q4.mitigations;
        if (!m1 || !m2 || !m3) throw new Error('fixture changed');
        m1.owner = '  ';
        m2.due = '';
        m3.owner = '';
        m3.due = '';
      });
      expect(run('harmMitigation', a).map((r) => [r.reason, r.at.path, r.params.row])).toEqual([
        ['noOwner', 'mitigations.0.owner', 'M1'],
        ['noDate', 'mitigations.1.due', 'M2'],
        ['noOwnerNoDate', 'mitigations.2.owner', 'M3'],
      ]);
    });

    it('leaves a low harm without mitigation and a mitigation row nobody filled in alone', () => {
      // H3 (low, low) has no mitigation in the typical assessment.
      expect(run('harmMitigation', typicalAssessment())).toEqual([]);
      const a = variant((a) => {
        a.q4.mitigations.push({
          id: 'm-blank',
          harms: [],
          strategy: '',
          owner: '',
          due: '',
          resourced: '',
        });
      });
      expect(run('harmMitigation', a)).toEqual([]);
    });
  });

  describe('4. an outcome no measure tracks', () => {
    it('flags the outcome and links to the measures', () => {
      const a = variant((a) => {
        a.q5.measures = a.q5.measures.map((m) => ({
          ...m,
          tracks: m.tracks.filter((t) => t !== 'o2'),
        }));
      });
      expect(run('outcomeNotMeasured', a).map(brief)).toEqual([
        {
          key: 'outcomeNotMeasured:o2',
          reason: 'noMeasure',
          at: 'q5:measures',
          about: 'q1:outcomes.1.gap',
          rows: ['O2'],
          params: { row: 'O2' },
        },
      ]);
    });

    it('is quiet when every outcome is tracked', () => {
      expect(run('outcomeNotMeasured', typicalAssessment())).toEqual([]);
    });
  });

  describe('5. a measure not broken down by race, with no reason', () => {
    it('flags the reason field of the measure', () => {
      const a = variant((a) => {
        const k3 = a.q5.measures[2];
        if (k3) k3.byRaceWhy = ' ';
      });
      expect(run('measureNotByRace', a).map(brief)).toEqual([
        {
          key: 'measureNotByRace:k3',
          reason: 'noReason',
          at: 'q5:measures.2.byRaceWhy',
          about: undefined,
          rows: ['K3'],
          params: { row: 'K3' },
        },
      ]);
    });

    it('is quiet when a reason is given or the question is not answered yet', () => {
      // K3 says "no" with a reason in the typical assessment.
      expect(run('measureNotByRace', typicalAssessment())).toEqual([]);
      const a = variant((a) => {
        const k1 = a.q5.measures[0];
        if (k1) k1.byRace = '';
      });
      expect(run('measureNotByRace', a)).toEqual([]);
    });
  });

  describe('6. a most-affected group never engaged, with no plan', () => {
    const unengaged = (edit: (a: Assessment) => void = () => undefined) =>
      variant((a) => {
        a.q3.engagement = a.q3.engagement.map((e) => ({
          ...e,
          groups: e.groups.filter((g) => g !== 'g-vietnamese'),
        }));
        edit(a);
      });

    it('flags the group and links to the engagement table', () => {
      expect(run('mostAffectedNotEngaged', unengaged()).map(brief)).toEqual([
        {
          key: 'mostAffectedNotEngaged:g-vietnamese',
          reason: 'notEngaged',
          at: 'q3:engagement',
          about: 'groups:groups.2.name',
          rows: ['G3'],
          params: { group: VIETNAMESE },
        },
      ]);
    });

    it('accepts a plan: "who is missing" names the group, or the table is not known yet with a plan', () => {
      expect(run('mostAffectedNotEngaged', typicalAssessment())).toEqual([]);
      const named = unengaged((a) => {
        a.q3.missing = `We will meet ${VIETNAMESE.toUpperCase()} at the temple in May.`;
      });
      expect(run('mostAffectedNotEngaged', named)).toEqual([]);
      const planned = unengaged((a) => {
        a.q3.notKnown.engagement = { on: true, plan: 'Sessions in May.', date: '2026-05-31' };
      });
      expect(run('mostAffectedNotEngaged', planned)).toEqual([]);
      const noPlan = unengaged((a) => {
        a.q3.notKnown.engagement = { on: true, plan: '', date: '' };
      });
      expect(run('mostAffectedNotEngaged', noPlan)).toHaveLength(1);
    });
  });

  describe('7. English only while a group with limited English is affected', () => {
    const englishOnly = (edit: (a: Assessment) => void = () => undefined) =>
      variant((a) => {
        a.q3.engagement = a.q3.engagement.map((e) => ({
          ...e,
          languages: e.id === 'e2' ? '' : 'English only',
          supports: e.supports.filter((s) => s !== 'interpretation'),
        }));
        edit(a);
      });

    it('flags the engagement table at the first row’s languages', () => {
      expect(run('englishOnly', englishOnly()).map(brief)).toEqual([
        {
          key: 'englishOnly',
          reason: 'englishOnly',
          at: 'q3:engagement.0.languages',
          about: 'groups:groups.2.name',
          rows: ['G3'],
          params: { groups: VIETNAMESE },
        },
      ]);
    });

    it('is quiet when another language or interpretation is offered, or no group has limited English', () => {
      expect(run('englishOnly', typicalAssessment())).toEqual([]);
      const interpreted = englishOnly((a) => {
        a.q3.engagement[2]?.supports.push('interpretation');
      });
      expect(run('englishOnly', interpreted)).toEqual([]);
      const vietnamese = englishOnly((a) => {
        const e3 = a.q3.engagement[2];
        if (e3) e3.languages = 'tiếng Anh và tiếng Việt';
      });
      expect(run('englishOnly', vietnamese)).toEqual([]);
      const noLanguageGroup = englishOnly((a) => {
        a.groups.groups = a.groups.groups.map((g) => ({ ...g, kind: 'race' }));
      });
      expect(run('englishOnly', noLanguageGroup)).toEqual([]);
    });

    it('reads "languages offered" in the words staff write', () => {
      expect(offersOtherLanguage('English only')).toBe(false);
      expect(offersOtherLanguage('Inglés')).toBe(false);
      expect(offersOtherLanguage('tiếng Anh')).toBe(false);
      expect(offersOtherLanguage('')).toBe(false);
      expect(offersOtherLanguage('English y español')).toBe(true);
      expect(offersOtherLanguage('English, ASL')).toBe(true);
    });
  });

  describe('8. what we heard, with nothing on what changed', () => {
    it('flags a row with no effect, or no why, at that field', () => {
      const a = variant((a) => {
        const [, w2, w3] = a.q3.heard;
        if (!w2 || !w3) throw new Error('fixture changed');
        w2.effect = '';
        w3.why = ' \n';
      });
      expect(run('heardNoChange', a).map(brief)).toEqual([
        {
          key: 'heardNoChange:w2',
          reason: 'noEffect',
          at: 'q3:heard.1.effect',
          about: undefined,
          rows: ['W2'],
          params: { row: 'W2' },
        },
        {
          key: 'heardNoChange:w3',
          reason: 'noWhy',
          at: 'q3:heard.2.why',
          about: undefined,
          rows: ['W3'],
          params: { row: 'W3' },
        },
      ]);
    });

    it('leaves complete rows and rows nobody filled in alone', () => {
      const a = variant((a) => {
        a.q3.heard.push({ id: 'w-blank', theme: '', groups: [], wants: '', effect: '', why: '' });
      });
      expect(run('heardNoChange', a)).toEqual([]);
    });
  });

  describe('9. data sources', () => {
    it('flags when no source is broken down by race', () => {
      const a = variant((a) => {
        a.q2.sources = a.q2.sources.map((s) => ({ ...s, byRace: 'no' }));
      });
      expect(run('dataSources', a).map(brief)).toEqual([
        {
          key: 'dataSources:noneByRace',
          reason: 'noneByRace',
          at: 'q2:sources.0.byRace',
          about: undefined,
          rows: [],
          params: {},
        },
      ]);
    });

    it(`flags a source more than ${SOURCE_MAX_AGE_YEARS} years old, and not one exactly that old`, () => {
      const year = Number(TODAY.slice(0, 4));
      const a = variant((a) => {
        const [s1, s2] = a.q2.sources;
        if (!s1 || !s2) throw new Error('fixture changed');
        s1.year = String(year - SOURCE_MAX_AGE_YEARS - 1);
        s2.year = String(year - SOURCE_MAX_AGE_YEARS);
      });
      expect(run('dataSources', a).map(brief)).toEqual([
        {
          key: 'dataSources:s1',
          reason: 'old',
          at: 'q2:sources.0.year',
          about: undefined,
          rows: ['S1'],
          params: {
            row: 'S1',
            year: String(year - SOURCE_MAX_AGE_YEARS - 1),
            age: SOURCE_MAX_AGE_YEARS + 1,
            maxAge: SOURCE_MAX_AGE_YEARS,
          },
        },
      ]);
    });

    it('counts "partly" as broken down, and ignores a year that is not one', () => {
      // The typical assessment has one "yes", one "partly" and one "no".
      expect(run('dataSources', typicalAssessment())).toEqual([]);
      const a = variant((a) => {
        const [s1, , s3] = a.q2.sources;
        if (!s1 || !s3) throw new Error('fixture changed');
        s1.byRace = 'no';
        s3.year = 'around 1990';
      });
      expect(run('dataSources', a)).toEqual([]);
    });
  });

  describe('10. "Not known yet" with no plan, no date, or a date that has passed', () => {
    const notKnown = (plan: string, date: string) =>
      variant((a) => {
        a.q2.dataGaps = '';
        a.q2.notKnown.dataGaps = { on: true, plan, date };
      });

    it('says what is missing, at the part to fill in', () => {
      const cases = [
        notKnown('Ask the court.', ''),
        notKnown('', '2026-05-01'),
        notKnown('', ''),
        notKnown('Ask the court.', '2026-03-09'),
      ];
      expect(cases.map((a) => run('notKnownIncomplete', a).map(brief))).toEqual([
        [
          {
            key: 'notKnownIncomplete:q2.dataGaps',
            reason: 'noDate',
            at: 'q2:notKnown.dataGaps.date',
            about: 'q2:dataGaps',
            rows: [],
            params: {},
          },
        ],
        [expect.objectContaining({ reason: 'noPlan', at: 'q2:notKnown.dataGaps.plan' })],
        [expect.objectContaining({ reason: 'noPlanNoDate', at: 'q2:notKnown.dataGaps.plan' })],
        [expect.objectContaining({ reason: 'datePassed', params: { date: '2026-03-09' } })],
      ]);
    });

    it('is quiet with a plan and a date from today on, and for answers that cannot be "not known"', () => {
      expect(run('notKnownIncomplete', notKnown('Ask the court.', TODAY))).toEqual([]);
      // Relevant history (q1) is optional: its "not known" in the typical assessment has no date.
      expect(typicalAssessment().q1.notKnown.history?.date).toBe('');
      expect(run('notKnownIncomplete', typicalAssessment())).toEqual([]);
      const off = variant((a) => {
        a.q2.notKnown.dataGaps = { on: false, plan: '', date: '' };
      });
      expect(run('notKnownIncomplete', off)).toEqual([]);
    });
  });

  describe('11. decision date', () => {
    it('flags a decision date that has passed', () => {
      const a = variant((a) => {
        a.meta.decisionDate = '2026-03-09';
      });
      expect(run('decisionDate', a).map(brief)).toEqual([
        {
          key: 'decisionDate:passed',
          reason: 'passed',
          at: 'details:decisionDate',
          about: undefined,
          rows: [],
          params: { date: '2026-03-09' },
        },
      ]);
    });

    it('flags a decision before the last engagement', () => {
      const a = variant((a) => {
        a.meta.decisionDate = '2026-01-15';
      });
      expect(run('decisionDate', a, '2026-01-01').map(brief)).toEqual([
        {
          key: 'decisionDate:beforeEngagement',
          reason: 'beforeEngagement',
          at: 'details:decisionDate',
          about: 'q3:engagement.2.date',
          rows: ['E3'],
          params: { date: '2026-01-15', engagementDate: '2026-01-20', row: 'E3' },
        },
      ]);
    });

    it('is quiet on the day, after the decision stage, and with no real date', () => {
      const on = (edit: (a: Assessment) => void) => run('decisionDate', variant(edit));
      expect(run('decisionDate', typicalAssessment())).toEqual([]);
      expect(on((a) => (a.meta.decisionDate = TODAY))).toEqual([]);
      expect(
        on((a) => {
          a.meta.decisionDate = '2026-03-09';
          a.meta.stage = 'implementation';
        }),
      ).toEqual([]);
      expect(on((a) => (a.meta.decisionDate = '2026-02-30'))).toEqual([]);
    });
  });

  describe('12. the same long answer in two places', () => {
    const text = (n: number) => 'Vivienda asequible para todos (ịt). '.repeat(20).slice(0, n);

    it('flags the copy and points at the original', () => {
      const a = variant((a) => {
        a.q4.alternatives = a.q1.proposal;
      });
      expect(a.q1.proposal.length).toBeGreaterThan(DUPLICATE_MIN_LENGTH);
      expect(run('duplicateText', a).map(brief)).toEqual([
        {
          key: 'duplicateText:q4.alternatives',
          reason: 'duplicate',
          at: 'q4:alternatives',
          about: 'q1:proposal',
          rows: [],
          params: {},
        },
      ]);
    });

    it('compares word for word: spacing does not matter, a changed word does; table cells have labels', () => {
      const a = variant((a) => {
        const w2 = a.q3.heard[1];
        if (!w2) throw new Error('fixture changed');
        a.q2.rootCauses = text(300);
        w2.why = `  ${text(300).replace(/ /g, ' \n ')}\n`;
        a.q4.alternatives = text(300).replace('todos', 'todas');
      });
      expect(run('duplicateText', a).map(brief)).toEqual([
        {
          key: 'duplicateText:q3.heard.w2.why',
          reason: 'duplicate',
          at: 'q3:heard.1.why',
          about: 'q2:rootCauses',
          rows: ['W2'],
          params: {},
        },
      ]);
    });

    it(`counts only answers over ${DUPLICATE_MIN_LENGTH} characters`, () => {
      const twice = (n: number) =>
        run(
          'duplicateText',
          variant((a) => {
            a.q2.rootCauses = text(n);
            a.q4.alternatives = text(n);
          }),
        );
      expect(twice(DUPLICATE_MIN_LENGTH)).toEqual([]);
      expect(twice(DUPLICATE_MIN_LENGTH + 1)).toHaveLength(1);
      expect(run('duplicateText', typicalAssessment())).toEqual([]);
    });

    it('sameWords ignores runs of white space and the ends, nothing else', () => {
      expect(sameWords(' a  b\tc\n', 'a b c')).toBe(true);
      expect(sameWords('a b c', 'a b c ')).toBe(true);
      expect(sameWords('a b c', 'a bc')).toBe(false);
      expect(sameWords('a b c', 'a b c d')).toBe(false);
      expect(sameWords('a\u00a0b', 'a b')).toBe(true);
      expect(sameWords('A b', 'a b')).toBe(false);
    });
  });

  it('the stress fixture for checks opens every one of the twelve checks', () => {
    const open = new Set(runChecks(stressChecksAssessment(), TODAY).map((r) => r.check));
    expect([...open].sort()).toEqual([...CHECK_IDS].sort());
  });

  it('take "today" as a date and refuse anything else', () => {
    expect(() => runChecks(typicalAssessment(), '10/03/2026')).toThrow(RangeError);
    expect(toIsoDate(new Date(2026, 2, 9, 23, 59))).toBe('2026-03-09');
  });
});

describe('Not applicable, with a reason', () => {
  const broken = () =>
    variant((a) => {
      const k3 = a.q5.measures[2];
      if (k3) k3.byRaceWhy = '';
      a.q4.alternatives = a.q1.proposal;
    });

  it('moves a check from open to not applicable, listed with its reason', () => {
    const a = broken();
    expect(checkReport(a, TODAY).open.map((r) => r.key)).toEqual([
      'measureNotByRace:k3',
      'duplicateText:q4.alternatives',
    ]);
    const marked = markNotApplicable(a, 'duplicateText:q4.alternatives', 'Council asked for it.');
    if (!marked.ok) throw new Error(marked.error);
    const report = checkReport(marked.assessment, TODAY);
    expect(report.open.map((r) => r.key)).toEqual(['measureNotByRace:k3']);
    expect(report.notApplicable.map((n) => [n.result.key, n.reason])).toEqual([
      ['duplicateText:q4.alternatives', 'Council asked for it.'],
    ]);
    // The note is part of the stored record.
    const stored = AssessmentSchema.parse(JSON.parse(JSON.stringify(marked.assessment)));
    expect(checkReport(stored, TODAY)).toEqual(report);
  });

  it('keeps the note on the row when rows move', () => {
    const marked = markNotApplicable(broken(), 'measureNotByRace:k3', 'Race is not collected.');
    if (!marked.ok) throw new Error(marked.error);
    const moved = { ...marked.assessment };
    moved.q5 = { ...moved.q5, measures: moved.q5.measures.slice(1) };
    const report = checkReport(moved, TODAY);
    expect(report.open.map((r) => r.key)).not.toContain('measureNotByRace:k3');
    expect(report.notApplicable.map((n) => n.result.rows)).toEqual([['K2']]);
  });

  it('refuses a blank reason and changes nothing', () => {
    const a = broken();
    expect(markNotApplicable(a, 'measureNotByRace:k3', ' \n ')).toEqual({
      ok: false,
      error: 'reasonRequired',
    });
    expect(a.checkNotes).toEqual({});
  });

  it('reopens a check, and ignores notes for checks that are no longer open', () => {
    const marked = markNotApplicable(broken(), 'measureNotByRace:k3', 'Later.');
    if (!marked.ok) throw new Error(marked.error);
    const reopened = reopenCheck(marked.assessment, 'measureNotByRace:k3');
    expect(reopened.checkNotes).toEqual({});
    expect(checkReport(reopened, TODAY).open.map((r) => r.key)).toContain('measureNotByRace:k3');
    const stale = markNotApplicable(typicalAssessment(), 'burdenNoHarm:b1', 'Old note.');
    if (!stale.ok) throw new Error(stale.error);
    expect(checkReport(stale.assessment, TODAY)).toEqual({ open: [], notApplicable: [] });
  });
});

describe('sentences', () => {
  it('has one for every check and reason', () => {
    const keys = CHECK_IDS.flatMap((c) =>
      CHECK_REASONS[c].map((reason) => messageKey({ check: c, reason } as CheckResult)),
    );
    expect(keys).toHaveLength(21);
    expect(keys.filter((k) => !hasKey(k))).toEqual([]);
  });

  it('names places by the words of the form', () => {
    const [why, funded] = run(
      'duplicateText',
      variant((a) => {
        const w1 = a.q3.heard[0];
        if (w1) w1.why = a.q1.proposal;
        a.q4.readiness.funded.note = a.q1.proposal;
      }),
    );
    expect(why && placeLabelKey(why.at)).toBe('items.q3.heard.columns.why.label');
    expect(why?.about && placeLabelKey(why.about)).toBe('items.q1.proposal.label');
    expect(funded && placeLabelKey(funded.at)).toBe('items.q4.readiness.keys.funded');
  });

  it('every result reads as a whole sentence with its values', () => {
    const place = (r: CheckResult, p = r.at) =>
      p.row ? `${p.row.label} ${tKey(placeLabelKey(p))}` : tKey(placeLabelKey(p));
    const results = runChecks(stressChecksAssessment(), TODAY);
    const reasons = new Set(results.map((r) => messageKey(r)));
    expect(reasons.size).toBe(21);
    for (const r of results) {
      const text = tKey(messageKey(r), {
        ...r.params,
        place: place(r),
        otherPlace: r.about ? place(r, r.about) : '',
      });
      expect(text, messageKey(r)).not.toMatch(/\{\{|\$t\(|consistency\.|items\./);
      expect(hasKey(placeLabelKey(r.at)), placeLabelKey(r.at)).toBe(true);
    }
    const burden = results.find((r) => r.check === 'burdenNoHarm');
    expect(burden && tKey(messageKey(burden), burden.params)).toMatch(
      /^B\d+ lists a burden for .+, but no harm in “What harms could this cause\?” names this group/,
    );
  });
});
