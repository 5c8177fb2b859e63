import { Text, View } from '@react-pdf/renderer';
import { i18n } from '@/i18n/i18n';
import type { PdfModel } from '../pdf-model';
import { styles } from './styles';
import { artifact } from '../tagging/struct';

/** Two en spaces between items: they read as separate, and copy as separate words. */
const GAP = '\u2002\u2002';

/** On every page: DRAFT while incomplete, readable id, version, when generated, short fingerprint, "Page x of y". */
export function PageFooter({
  footer,
  pageNumber,
  totalPages,
}: {
  footer: PdfModel['footer'];
  pageNumber: number | undefined;
  totalPages: number | undefined;
}) {
  return (
    <View style={styles.footer} {...artifact('Pagination')}>
      {/* One Text with runs, not a Text per item: the footer is laid out several times per page. */}
      <Text style={styles.footerLeft}>
        {footer.draft === '' ? null : (
          <Text style={styles.footerDraft}>{`${footer.draft}${GAP}`}</Text>
        )}
        <Text style={styles.footerId}>{footer.readableId}</Text>
        {`${GAP}${footer.version}${GAP}${footer.generated}${GAP}${footer.fingerprint}`}
      </Text>
      <Text style={styles.footerPage}>
        {i18n.t('pdf.footer.page', { page: pageNumber ?? 1, total: totalPages ?? pageNumber ?? 1 })}
      </Text>
    </View>
  );
}
