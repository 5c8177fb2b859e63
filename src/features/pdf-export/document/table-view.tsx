import { Text, View } from '@react-pdf/renderer';
import { i18n } from '@/i18n/i18n';
import type { TableBlock } from '../pdf-model';
import { AnswerView } from './answer-view';
import { ItemLabel } from './question-section';
import { styles } from './styles';

/** Rows whose text is longer than this may break across pages; shorter rows stay whole. */
const KEEP_TOGETHER_CHARS = 900;

const dash = () => i18n.t('pdf.table.empty');

/**
 * A table of rows with short labels (H1, M2 …). The header row is `fixed` inside the table's View,
 * so it repeats at the top of every page the table continues on.
 */
export function TableView({ block }: { block: TableBlock }) {
  return (
    <View style={styles.block}>
      <ItemLabel number={block.number} label={block.label} />
      {block.status ? <AnswerView answer={block.status} /> : null}
      {block.rows.length > 0 ? (
        block.layout === 'grid' ? (
          <GridTable block={block} />
        ) : (
          <DetailsTable block={block} />
        )
      ) : null}
    </View>
  );
}

function GridTable({ block }: { block: TableBlock }) {
  return (
    <View style={styles.table}>
      <View style={styles.headerRow} fixed>
        <Text style={[styles.headerCell, styles.labelCell]}>{i18n.t('pdf.table.label')}</Text>
        {block.columns.map((c) => (
          <Text key={c.id} style={[styles.headerCell, { flex: c.weight }]}>
            {c.label}
          </Text>
        ))}
      </View>
      {block.rows.map((row) => (
        <View
          key={row.label}
          style={styles.row}
          wrap={row.cells.join('').length > KEEP_TOGETHER_CHARS}
        >
          <Text style={[styles.cell, styles.labelCell]}>{row.label}</Text>
          {row.cells.map((cell, i) => (
            <Text
              key={block.columns[i]?.id ?? i}
              style={[styles.cell, { flex: block.columns[i]?.weight ?? 1 }]}
            >
              {cell === '' ? dash() : cell}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

/** Wide tables: the first column in full, the others as "Label: value" lines beside it. */
function DetailsTable({ block }: { block: TableBlock }) {
  const [primary, ...rest] = block.columns;
  return (
    <View style={styles.table}>
      <View style={styles.headerRow} fixed>
        <Text style={[styles.headerCell, styles.labelCell]}>{i18n.t('pdf.table.label')}</Text>
        <Text style={[styles.headerCell, { flex: 1 }]}>{primary?.label ?? ''}</Text>
        <Text style={[styles.headerCell, { flex: 1.4 }]}>{i18n.t('pdf.table.details')}</Text>
      </View>
      {block.rows.map((row) => {
        const [first = '', ...others] = row.cells;
        return (
          <View
            key={row.label}
            style={styles.row}
            wrap={row.cells.join('').length > KEEP_TOGETHER_CHARS}
          >
            <Text style={[styles.cell, styles.labelCell]}>{row.label}</Text>
            <Text style={[styles.cell, { flex: 1 }]}>{first === '' ? dash() : first}</Text>
            <View style={[styles.cell, { flex: 1.4 }]}>
              {rest.map((c, i) => (
                <Text key={c.id} style={styles.detailLine}>
                  <Text style={styles.detailLabel}>{`${c.label}: `}</Text>
                  {others[i] === undefined || others[i] === '' ? dash() : others[i]}
                </Text>
              ))}
            </View>
          </View>
        );
      })}
    </View>
  );
}
