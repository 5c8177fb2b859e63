import { Text, View } from '@react-pdf/renderer';
import { i18n } from '@/i18n/i18n';
import type { ReadinessBlock } from '@/view-model/sections';
import { AnswerView } from './answer-view';
import { ItemLabel } from './question-section';
import { useFit } from './fit';
import { CONTENT_WIDTH, TABLE, styles } from './styles';
import { tag } from '../tagging/struct';

/** Question, answer and note columns' flex weights. */
const WEIGHTS = [2, 1, 4] as const;
const NOTE_WIDTH =
  (CONTENT_WIDTH * WEIGHTS[2]) / (WEIGHTS[0] + WEIGHTS[1] + WEIGHTS[2]) - 2 * TABLE.cellPaddingX;

/** The five readiness questions, each with yes / no / not sure and a note. */
export function ReadinessView({ block }: { block: ReadinessBlock }) {
  const fit = useFit();
  const columnHeader = () => tag('TH', { scope: 'Column' });
  return (
    <View style={styles.block} wrap={block.rows.some((r) => r.note.length > 300)}>
      <ItemLabel number={block.number} label={block.label} />
      {block.status ? (
        <AnswerView answer={block.status} />
      ) : (
        <View style={styles.table} {...tag('Table')}>
          <View style={styles.headerRow} fixed {...tag('TR')}>
            <Text style={[styles.headerCell, { flex: WEIGHTS[0] }]} {...columnHeader()}>
              {i18n.t('pdf.readiness.question')}
            </Text>
            <Text style={[styles.headerCell, { flex: WEIGHTS[1] }]} {...columnHeader()}>
              {i18n.t('pdf.readiness.answer')}
            </Text>
            <Text style={[styles.headerCell, { flex: WEIGHTS[2] }]} {...columnHeader()}>
              {i18n.t('pdf.readiness.note')}
            </Text>
          </View>
          {block.rows.map((row) => (
            <View key={row.question} style={styles.row} wrap={row.note.length > 900} {...tag('TR')}>
              <Text
                style={[styles.cell, { flex: WEIGHTS[0], fontWeight: 700 }]}
                {...tag('TH', { scope: 'Row' })}
              >
                {row.question}
              </Text>
              <Text style={[styles.cell, { flex: WEIGHTS[1] }]} {...tag('TD')}>
                {row.answer === '' ? i18n.t('pdf.answer.notAnswered') : row.answer}
              </Text>
              <Text style={[styles.cell, { flex: WEIGHTS[2] }]} {...tag('TD')}>
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
