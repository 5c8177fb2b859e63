import { Text, View } from '@react-pdf/renderer';
import { i18n } from '@/i18n/i18n';
import type { ReadinessBlock } from '../pdf-model';
import { AnswerView } from './answer-view';
import { ItemLabel } from './question-section';
import { styles } from './styles';

/** The five readiness questions, each with yes / no / not sure and a note. */
export function ReadinessView({ block }: { block: ReadinessBlock }) {
  return (
    <View style={styles.block} wrap={block.rows.some((r) => r.note.length > 300)}>
      <ItemLabel number={block.number} label={block.label} />
      {block.status ? (
        <AnswerView answer={block.status} />
      ) : (
        <View style={styles.table}>
          <View style={styles.headerRow} fixed>
            <Text style={[styles.headerCell, { flex: 2 }]}>{i18n.t('pdf.readiness.question')}</Text>
            <Text style={[styles.headerCell, { flex: 1 }]}>{i18n.t('pdf.readiness.answer')}</Text>
            <Text style={[styles.headerCell, { flex: 4 }]}>{i18n.t('pdf.readiness.note')}</Text>
          </View>
          {block.rows.map((row) => (
            <View key={row.question} style={styles.row} wrap={row.note.length > 900}>
              <Text style={[styles.cell, { flex: 2, fontWeight: 700 }]}>{row.question}</Text>
              <Text style={[styles.cell, { flex: 1 }]}>
                {row.answer === '' ? i18n.t('pdf.answer.notAnswered') : row.answer}
              </Text>
              <Text style={[styles.cell, { flex: 4 }]}>
                {row.note === '' ? i18n.t('pdf.table.empty') : row.note}
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
