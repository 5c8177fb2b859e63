import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReviewSectionModel } from '@/view-model/review';
import { useFit } from './fit';
import { BODY_LINE, COLORS, CONTENT_WIDTH, TABLE, styles } from './styles';

const SMALL = 8.5;
/** Shares of the rubric table's width: criterion, gate, level, note. */
const WIDTHS = [0.34, 0.1, 0.16, 0.4] as const;
const width = (i: 0 | 1 | 2 | 3) => CONTENT_WIDTH * WIDTHS[i];

const s = StyleSheet.create({
  intro: { color: COLORS.muted, marginTop: 4, marginBottom: 3, lineHeight: BODY_LINE },
  fact: { flexDirection: 'row', marginTop: 3 },
  factLabel: { width: 130, fontWeight: 700, color: COLORS.muted, lineHeight: BODY_LINE },
  factValue: { flex: 1, lineHeight: BODY_LINE },
  decision: { fontWeight: 700 },
  subtitle: { marginTop: 16, marginBottom: 4 },
  smallCell: { fontSize: SMALL, lineHeight: 1.4 },
  entry: {
    marginTop: 7,
    paddingLeft: 8,
    borderLeftWidth: 2.5,
    borderLeftColor: COLORS.accent,
  },
  entryDone: { borderLeftColor: COLORS.rule },
  strong: { fontWeight: 700, lineHeight: BODY_LINE },
  body: { lineHeight: BODY_LINE },
  detail: { fontSize: SMALL, color: COLORS.muted, lineHeight: 1.4, marginTop: 1 },
  none: { marginTop: 6, lineHeight: BODY_LINE },
});

/**
 * The reviewed PDF's review section: decision, reviewer and dates, the rubric as a table (level
 * and note per criterion, gates marked), the conditions, and the comments listed by the field or
 * row they are on. Every word comes from the view model (`reviewSection`).
 */
export function ReviewSection({ review }: { review: ReviewSectionModel }) {
  const fit = useFit();
  /** Inside an entry's left rule and padding. */
  const fitIn = useFit(10.5);
  const cellFit = (i: 0 | 1 | 2 | 3) => (text: string) =>
    fit(text, { size: TABLE.cellSize, width: width(i) - 2 * TABLE.cellPaddingX });
  return (
    <View style={styles.section}>
      <Text style={styles.h1} minPresenceAhead={80}>
        {review.title}
      </Text>
      <Text style={s.intro}>{fit(review.intro)}</Text>
      {review.facts.map((f, i) => (
        <View key={f.label} style={s.fact} wrap={false}>
          <Text style={s.factLabel}>{f.label}</Text>
          <Text style={i === 0 ? [s.factValue, s.decision] : s.factValue}>{fit(f.value)}</Text>
        </View>
      ))}

      <Text style={[styles.h2, s.subtitle]} minPresenceAhead={60}>
        {review.rubricTitle}
      </Text>
      <View style={styles.table}>
        <View style={styles.headerRow} wrap={false}>
          {(['criterion', 'gate', 'level', 'note'] as const).map((c, i) => (
            <Text key={c} style={[styles.headerCell, { width: width(i as 0 | 1 | 2 | 3) }]}>
              {review.columns[c]}
            </Text>
          ))}
        </View>
        {review.criteria.map((c) => (
          <View key={c.id} style={styles.row} wrap={false}>
            <Text style={[styles.cell, { width: width(0) }]}>
              {cellFit(0)(`${c.id} ${c.name}`)}
            </Text>
            <Text style={[styles.cell, { width: width(1) }]}>{c.gate ? review.gateWord : ''}</Text>
            <Text style={[styles.cell, { width: width(2) }]}>{cellFit(2)(c.levelName)}</Text>
            <Text style={[styles.cell, { width: width(3) }]}>{cellFit(3)(c.note)}</Text>
          </View>
        ))}
      </View>

      <Text style={[styles.h2, s.subtitle]} minPresenceAhead={60}>
        {review.conditionsTitle}
      </Text>
      {review.conditions.length === 0 ? (
        <Text style={s.none}>{review.noConditions}</Text>
      ) : (
        review.conditions.map((c, i) => (
          <View
            key={i}
            style={c.done ? [s.entry, s.entryDone] : s.entry}
            wrap={c.what.length > 700}
          >
            <Text style={s.body}>{fitIn(`${i + 1}. ${c.what}`)}</Text>
            <Text style={s.detail}>
              {fitIn(
                [
                  `${review.conditionLabels.owner}: ${c.owner}`,
                  `${review.conditionLabels.due}: ${c.due}`,
                  `${review.conditionLabels.criterion}: ${c.criterion}`,
                  ...(c.done ? [review.conditionLabels.done] : []),
                ].join(' · '),
                { size: SMALL },
              )}
            </Text>
          </View>
        ))
      )}

      <Text style={[styles.h2, s.subtitle]} minPresenceAhead={60}>
        {review.commentsTitle}
      </Text>
      {review.comments.length === 0 ? (
        <Text style={s.none}>{review.noComments}</Text>
      ) : (
        review.comments.map((g) => (
          <View key={g.place} style={s.entry}>
            <Text style={s.strong}>{fitIn(g.place, { bold: true })}</Text>
            {g.texts.map((text, i) => (
              <Text key={i} style={s.body}>
                {fitIn(text)}
              </Text>
            ))}
          </View>
        ))
      )}
    </View>
  );
}
