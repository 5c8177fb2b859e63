import { Text, View } from '@react-pdf/renderer';
import { i18n } from '@/i18n/i18n';
import type { ReadinessBlock } from '@/view-model/sections';
import { AnswerView } from './answer-view';
import { ItemLabel } from './question-section';
import { useFit } from './fit';
import { CONTENT_WIDTH, TABLE, styles } from './styles';

/** Question, answer and note columns' flex weights. */
const WEIGHTS = [2, 1, 4] as const;
const NOTE_WIDTH =
  (CONTENT_WIDTH * WEIGHTS[2]) / (WEIGHTS[0] + WEIGHTS[1] + WEIGHTS[2]) - 2 * TABLE.cellPaddingX;

/** The five readiness questions, each with yes / no / not sure and a note. */
export function ReadinessView({ block }: { block: ReadinessBlock }) {
  const fit = useFit();
  return (
    <View style={styles.block} wrap={block.rows.some((r) => r.note.length > 300)}>
      <ItemLabel number={block.number} label={block.label} />
      {block.status ? (
        <AnswerView answer={block.status} />
      ) : (
        <View style={styles.table}>
          <View style={styles.headerRow} fixed>
            <Text style={[styles.headerCell, { flex: WEIGHTS[0] }]}>
              {i18n.t('pdf.readiness.question')}
            </Text>
            <Text style={[styles.headerCell, { flex: WEIGHTS[1] }]}>
              {i18n.t('pdf.readiness.answer')}
            </Text>
            <Text style={[styles.headerCell, { flex: WEIGHTS[2] }]}>
              {i18n.t('pdf.readiness.note')}
            </Text>
          </View>
          {block.rows.map((row) => (
            <View key={row.question} style={styles.row} wrap={row.note.length > 900}>
              <Text style={[styles.cell, { flex: WEIGHTS[0], fontWeight: 700 }]}>
                {row.question}
              </Text>
              <Text style={[styles.cell, { flex: WEIGHTS[1] }]}>
                {row.answer === '' ? i18n.t('pdf.answer.notAnswered') : row.answer}
              </Text>
              <Text style={[styles.cell, { flex: WEIGHTS[2] }]}>
                {row.note === ''
                  ? i18n.t('pdf.table.empty')
                  : fit(row.note, { size: TABLE.cellSize, width: NOTE_WIDTH })}
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
