import type { ReactNode } from 'react';
import { Document, Page, View } from '@react-pdf/renderer';
import type { Measure } from '../fit-words';
import type { PdfModel } from '../pdf-model';
import { FitProvider } from './fit';
import { ChecksSection } from './checks-section';
import { CoverPage } from './cover-page';
import { GlossarySection } from './glossary-section';
import { PageFooter } from './page-footer';
import { QuestionSection } from './question-section';
import { ReviewerBlock } from './reviewer-block';
import { ReviewSection } from './review-section';
import { styles } from './styles';
import { bookmark, tag } from '../tagging/struct';
import { i18n } from '@/i18n/i18n';

/**
 * The whole PDF: cover and summary; details and groups; each question on pages of its own; the
 * appendix "Open checks"; glossary and reviewer block. Each part is its own Page, and every page
 * carries the footer.
 */
export function AssessmentDocument({ model, measure }: { model: PdfModel; measure?: Measure }) {
  const { info } = model;
  const [details, groups, ...questions] = model.sections;
  return (
    <Document
      title={info.title}
      author={info.author}
      subject={info.subject}
      creator={info.creator}
      producer={info.creator}
      keywords={info.keywords}
      language={model.language}
    >
      <FitProvider measure={measure}>
        <Sheet footer={model.footer}>
          <View {...tag('Sect')} {...bookmark(i18n.t('pdf.outline.cover'))}>
            <CoverPage cover={model.cover} />
          </View>
        </Sheet>
        <Sheet footer={model.footer}>
          {details ? <QuestionSection section={details} /> : null}
          {groups ? <QuestionSection section={groups} /> : null}
        </Sheet>
        {questions.map((section) => (
          <Sheet key={section.id} footer={model.footer}>
            <QuestionSection section={section} />
          </Sheet>
        ))}
        <Sheet footer={model.footer}>
          <ChecksSection checks={model.checks} />
        </Sheet>
        {model.review ? (
          <Sheet footer={model.footer}>
            <ReviewSection review={model.review} />
          </Sheet>
        ) : null}
        <Sheet footer={model.footer}>
          <GlossarySection glossary={model.glossary} />
          <View {...tag('Sect')} {...bookmark(i18n.t('pdf.reviewer.title'))} wrap={false}>
            <ReviewerBlock />
          </View>
        </Sheet>
      </FitProvider>
    </Document>
  );
}

/**
 * A run of pages. react-pdf's page `layout` template (its newer pagination engine: content is measured
 * once and packed into pages, linear in document length) puts the footer around the flowing content
 * on every page and reserves its space, and hands it the page number and total.
 */
function Sheet({ footer, children }: { footer: PdfModel['footer']; children: ReactNode }) {
  return (
    <Page
      size="LETTER"
      style={styles.page}
      wrap
      layout={({ children: content, pageNumber, totalPages }) => (
        <View style={styles.frame}>
          <View style={styles.body}>{content}</View>
          <PageFooter footer={footer} pageNumber={pageNumber} totalPages={totalPages} />
        </View>
      )}
    >
      {children}
    </Page>
  );
}
