import { Text, View } from '@react-pdf/renderer';
import { i18n } from '@/i18n/i18n';
import type { PdfModel } from '../pdf-model';
import { styles } from './styles';

/** On every page: readable id, version, when generated, short fingerprint, "Page x of y". */
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
    <View style={styles.footer}>
      <View style={styles.footerLeft}>
        <Text style={styles.footerId}>{footer.readableId}</Text>
        <Text style={styles.footerItem}>{footer.version}</Text>
        <Text style={styles.footerItem}>{footer.generated}</Text>
        <Text style={styles.footerItem}>{footer.fingerprint}</Text>
      </View>
      <Text style={styles.footerPage}>
        {i18n.t('pdf.footer.page', { page: pageNumber ?? 1, total: totalPages ?? pageNumber ?? 1 })}
      </Text>
    </View>
  );
}
