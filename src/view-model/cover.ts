import type { Assessment } from '@/domain/assessment';
import { depthOf } from '@/domain/depth';
import { mostAffectedNames } from '@/domain/labels';
import { completeness } from '@/domain/progress';
import { i18n } from '@/i18n/i18n';
import { optionText } from './field-text';
import { nfc } from '@/domain/text';
import { checksSummary, type ChecksModel } from './checks';
import { formatDate } from './words';

export interface Fact {
  label: string;
  value: string;
}

export interface CoverModel {
  kicker: string;
  title: string;
  readableId: string;
  /** "22 of 29 required questions answered; 3 'Not known yet' with plans". */
  completeness: string;
  /** Said on the cover when required questions are still open; '' when complete. */
  draftNote: string;
  facts: Fact[];
  conclusionLabel: string;
  /** '' when not written yet. */
  conclusion: string;
  summaryTitle: string;
  summary: Fact[];
}

const joinNonEmpty = (parts: readonly string[], sep: string): string =>
  parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join(sep);

function decisionMaker(a: Assessment): string {
  const { decisionMaker: who, decisionMakerOther } = a.meta;
  if (who === 'other' && decisionMakerOther.trim() !== '') return nfc(decisionMakerOther);
  return who === '' ? '' : optionText('decisionMaker', who);
}

function facts(a: Assessment): Fact[] {
  const m = a.meta;
  const notSet = i18n.t('pdf.summary.notSet');
  const fact = (label: string, value: string): Fact => ({
    label,
    value: value.trim() === '' ? notSet : nfc(value),
  });
  const list: Fact[] = [
    fact(i18n.t('pdf.cover.type'), m.type === '' ? '' : optionText('type', m.type)),
    fact(i18n.t('pdf.cover.change'), m.change === '' ? '' : optionText('change', m.change)),
    fact(i18n.t('pdf.cover.department'), joinNonEmpty([m.department, m.division], ' — ')),
    fact(i18n.t('pdf.cover.lead'), joinNonEmpty([m.leadName, m.leadTitle, m.leadEmail], ', ')),
    fact(i18n.t('pdf.cover.decisionMaker'), decisionMaker(a)),
    fact(i18n.t('pdf.cover.decisionDate'), formatDate(m.decisionDate)),
    fact(i18n.t('pdf.cover.stage'), m.stage === '' ? '' : optionText('stage', m.stage)),
    fact(i18n.t('pdf.cover.status'), optionText('status', a.status)),
    // Which depth was used: a reviewer reads a Quick assessment knowing what it did not ask.
    fact(i18n.t('flow.depth.pdfLabel'), i18n.t(`flow.depth.pdfValue.${depthOf(a)}`)),
  ];
  if (m.type === 'budget') {
    list.push(
      fact(
        i18n.t('pdf.cover.budget'),
        i18n.t('pdf.cover.budgetValue', {
          amount: m.budgetAmount || notSet,
          year: m.fiscalYear || notSet,
        }),
      ),
    );
  }
  return list;
}

function summary(a: Assessment, checks: ChecksModel): Fact[] {
  const notSet = i18n.t('pdf.summary.notSet');
  const level = (v: string) => (v === '' ? notSet : optionText('engagementLevel', v));
  const mostAffected = mostAffectedNames(a);
  const mitigated = new Set(a.q4.mitigations.flatMap((m) => m.harms));
  const found = a.q4.harms.length;
  const mitigatedCount = a.q4.harms.filter((h) => mitigated.has(h.id)).length;
  return [
    {
      label: i18n.t('pdf.summary.mostAffected'),
      value: mostAffected.length > 0 ? mostAffected.join('; ') : i18n.t('pdf.summary.none'),
    },
    {
      label: i18n.t('pdf.summary.engagement'),
      value: i18n.t('pdf.summary.engagementValue', {
        reached: level(a.q3.levelReached),
        needed: level(a.q3.levelNeeded),
      }),
    },
    {
      label: i18n.t('pdf.summary.harms'),
      value: i18n.t('pdf.summary.harmsValue', {
        found,
        mitigated: mitigatedCount,
        remaining: found - mitigatedCount,
      }),
    },
    {
      label: i18n.t('pdf.summary.measures'),
      value: i18n.t('pdf.summary.measuresValue', { count: a.q5.measures.length }),
    },
    { label: i18n.t('checksView.coverLabel'), value: checksSummary(checks) },
  ];
}

function completenessText(a: Assessment): { completeness: string; draftNote: string } {
  const c = completeness(a);
  const counts = { answered: c.answered, total: c.total, count: c.notKnown };
  return {
    completeness:
      c.notKnown > 0
        ? i18n.t('pdf.cover.completenessNotKnown', counts)
        : i18n.t('pdf.cover.completeness', counts),
    draftNote: c.open.length > 0 ? i18n.t('pdf.cover.draft', { count: c.open.length }) : '',
  };
}

/** The cover; `checks` are the assessment's readiness and consistency checks (its summary counts them). */
export function buildCover(a: Assessment, title: string, checks: ChecksModel): CoverModel {
  return {
    kicker: i18n.t('pdf.document.kicker'),
    title,
    readableId: a.readableId,
    ...completenessText(a),
    facts: facts(a),
    conclusionLabel: i18n.t('pdf.cover.conclusion'),
    conclusion: nfc(a.q5.conclusion.trim()),
    summaryTitle: i18n.t('pdf.summary.title'),
    summary: summary(a, checks),
  };
}
