import { Fragment } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { i18n } from '@/i18n/i18n';
import type { TableBlock } from '@/view-model/sections';
import { AnswerView } from './answer-view';
import { ItemLabel } from './question-section';
import { useFit } from './fit';
import { CONTENT_WIDTH, TABLE, styles } from './styles';
import { bookmark, tag } from '../tagging/struct';

/** Rows whose text is longer than this may break across pages; shorter rows stay whole. */
const KEEP_TOGETHER_CHARS = 900;

const dash = () => i18n.t('pdf.table.empty');
const rowLength = (cells: readonly (string | null)[]) =>
  cells.reduce((n, c) => n + (c?.length ?? 0), 0);

/** Columns share what the label column leaves by their flex weights (flex basis is 0). */
function textWidths(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const free = CONTENT_WIDTH - TABLE.labelWidth;
  return weights.map((w) => (free * w) / total - 2 * TABLE.cellPaddingX);
}

/** Wide tables: the first column, then the details beside it. */
const DETAILS_WEIGHTS = [1, 1.4] as const;

/**
 * A table of rows with short labels (H1, M2 …). The header row is `fixed` inside the table's View,
 * so it repeats at the top of every page the table continues on (tagged once: the repeats are
 * artifacts). Header cells head their columns; each row's label heads its row.
 */
export function TableView({ block }: { block: TableBlock }) {
  return (
    <View style={styles.block} {...bookmark(block.label)}>
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
  const fit = useFit();
  const columnHeader = () => tag('TH', { scope: 'Column' });
  const widths = textWidths(block.columns.map((c) => c.weight));
  return (
    <View style={styles.table} {...tag('Table')}>
      <View style={styles.headerRow} fixed {...tag('TR')}>
        <Text style={[styles.headerCell, styles.labelCell]} {...columnHeader()}>
          {i18n.t('pdf.table.label')}
        </Text>
        {block.columns.map((c) => (
          <Text key={c.id} style={[styles.headerCell, { flex: c.weight }]} {...columnHeader()}>
            {c.label}
          </Text>
        ))}
      </View>
      {block.rows.map((row) => (
        <View
          key={row.label}
          style={styles.row}
          wrap={rowLength(row.cells) > KEEP_TOGETHER_CHARS}
          {...tag('TR')}
        >
          <Text style={[styles.cell, styles.labelCell]} {...tag('TH', { scope: 'Row' })}>
            {row.label}
          </Text>
          {row.cells.map((cell, i) => (
            <Text
              key={block.columns[i]?.id ?? i}
              style={[styles.cell, { flex: block.columns[i]?.weight ?? 1 }]}
              {...tag('TD')}
            >
              {cell === null
                ? ''
                : cell === ''
                  ? dash()
                  : fit(cell, { size: TABLE.cellSize, width: widths[i] })}
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
  const fit = useFit();
  const [firstWidth, detailsWidth] = textWidths(DETAILS_WEIGHTS);
  const columnHeader = () => tag('TH', { scope: 'Column' });
  return (
    <View style={styles.table} {...tag('Table')}>
      <View style={styles.headerRow} fixed {...tag('TR')}>
        <Text style={[styles.headerCell, styles.labelCell]} {...columnHeader()}>
          {i18n.t('pdf.table.label')}
        </Text>
        <Text style={[styles.headerCell, { flex: DETAILS_WEIGHTS[0] }]} {...columnHeader()}>
          {primary?.label ?? ''}
        </Text>
        <Text style={[styles.headerCell, { flex: DETAILS_WEIGHTS[1] }]} {...columnHeader()}>
          {i18n.t('pdf.table.details')}
        </Text>
      </View>
      {block.rows.map((row) => {
        const [first = '', ...others] = row.cells;
        // Details that do not apply to this row (a "Why not?" after "Yes") are left out.
        const details = rest.flatMap((c, i) =>
          others[i] === null ? [] : [{ column: c, value: others[i] ?? '' }],
        );
        return (
          <View
            key={row.label}
            style={styles.row}
            wrap={rowLength(row.cells) > KEEP_TOGETHER_CHARS}
            {...tag('TR')}
          >
            <Text style={[styles.cell, styles.labelCell]} {...tag('TH', { scope: 'Row' })}>
              {row.label}
            </Text>
            <Text style={[styles.cell, { flex: DETAILS_WEIGHTS[0] }]} {...tag('TD')}>
              {first === '' || first === null
                ? dash()
                : fit(first, { size: TABLE.cellSize, width: firstWidth })}
            </Text>
            {/* One Text for all the details: nested runs and line breaks, not a Text per line
                (each Text is laid out on its own, and 100-row tables have thousands of lines). */}
            <Text style={[styles.cell, { flex: DETAILS_WEIGHTS[1] }]} {...tag('TD')}>
              {details.map(({ column, value }, i) => (
                <Fragment key={column.id}>
                  {i > 0 ? '\n' : null}
                  <Text style={styles.detailLabel}>{`${column.label}: `}</Text>
                  {value === ''
                    ? dash()
                    : fit(value, { size: TABLE.cellSize, width: detailsWidth })}
                </Fragment>
              ))}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
