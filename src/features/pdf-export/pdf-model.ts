import type { Assessment } from '@/domain/assessment';
import { GLOSSARY_TERMS, STEPS, type GlossaryTerm } from '@/domain/questions';
import { nfc } from '@/domain/text';
import { i18n } from '@/i18n/i18n';
import { formatDateTime } from '@/lib/format';
import { toIsoDate } from '@/domain/consistency';
import { buildChecks, buildChecksAppendix, type ChecksAppendix } from '@/view-model/checks';
import { buildCover, type CoverModel } from '@/view-model/cover';
import { reviewSection, type ReviewSectionModel } from '@/view-model/review';
import type { Review } from '@/domain/review';
import { buildSections, type SectionModel } from '@/view-model/sections';
import { lookup } from '@/view-model/words';

/**
 * Everything the PDF shows, as plain strings: the shared view of the answers (the same one the
 * review page shows) plus what only the PDF has (metadata, footer, cover, glossary).
 */
export interface PdfModel {
  language: string;
  info: { title: string; author: string; subject: string; creator: string; keywords: string };
  footer: {
    /** "DRAFT" on every page while required questions are open; '' when complete. */
    draft: string;
    readableId: string;
    version: string;
    generated: string;
    fingerprint: string;
  };
  cover: CoverModel;
  sections: SectionModel[];
  /** The appendix "Open checks": open ones, and those marked not applicable with their reasons. */
  checks: ChecksAppendix;
  /** The equity team's review (a reviewed PDF), after the checks. */
  review?: ReviewSectionModel;
  glossary: { title: string; intro: string; entries: { term: string; definition: string }[] };
}

function glossaryTerms(): GlossaryTerm[] {
  const used = new Set<GlossaryTerm>();
  for (const step of STEPS) {
    for (const item of step.items) {
      item.terms?.forEach((t) => used.add(t));
      if (item.kind === 'table') item.columns.forEach((c) => c.terms?.forEach((t) => used.add(t)));
    }
  }
  return GLOSSARY_TERMS.filter((t) => used.has(t));
}

export interface PdfModelInput {
  assessment: Assessment;
  shortFingerprint: string;
  generatedAt: Date;
  review?: Review;
}

export function buildPdfModel({
  assessment: a,
  shortFingerprint,
  generatedAt,
  review,
}: PdfModelInput): PdfModel {
  const title = nfc(a.meta.title.trim()) || i18n.t('pdf.document.untitled');
  // Checks as of the day the PDF is made (a passed date is judged against it).
  const checks = buildChecks(a, toIsoDate(generatedAt));
  const cover = buildCover(a, title, checks);
  return {
    language: i18n.language,
    info: {
      title: `${a.readableId} ${title}`,
      author: nfc([a.meta.leadName, a.meta.department].filter((s) => s.trim() !== '').join(', ')),
      subject: i18n.t('pdf.document.subject'),
      creator: i18n.t('pdf.document.creator'),
      keywords: [a.readableId, `v${a.version}`, shortFingerprint].join(' '),
    },
    footer: {
      draft: cover.draftNote === '' ? '' : i18n.t('pdf.footer.draft'),
      readableId: a.readableId,
      version: i18n.t('pdf.footer.version', { version: a.version }),
      generated: i18n.t('pdf.footer.generated', {
        dateTime: formatDateTime(generatedAt, i18n.language),
      }),
      fingerprint: i18n.t('pdf.footer.fingerprint', { fingerprint: shortFingerprint }),
    },
    cover,
    sections: buildSections(a),
    checks: buildChecksAppendix(checks),
    ...(review ? { review: reviewSection(review, a, toIsoDate(generatedAt)) } : {}),
    glossary: {
      title: i18n.t('pdf.glossary.title'),
      intro: i18n.t('pdf.glossary.intro'),
      entries: glossaryTerms().map((term) => ({
        term: lookup(`glossary.${term}.term`) ?? term,
        definition: lookup(`glossary.${term}.definition`) ?? '',
      })),
    },
  };
}
