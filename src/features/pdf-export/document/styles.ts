import { StyleSheet, type Styles } from '@react-pdf/renderer';
import { FONT_FAMILY } from '../fonts';
import { COLORS } from './palette';

/** A style object a Text accepts. */
export type TextStyle = Styles[string];

export { COLORS };

/** Body text size and its line height. A unitless lineHeight is resolved against 18pt unless the same
 * style sets fontSize, so styles without a fontSize use this absolute value. */
export const BODY_SIZE = 9.5;
export const BODY_LINE = `${BODY_SIZE * 1.45}pt`;

export const PAGE = {
  /** US Letter, in points. */
  width: 612,
  marginX: 56,
  marginTop: 50,
} as const;

/** The width text can use between the page margins. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

/** Table geometry shared by the styles below and the word fitting in table-view. */
export const TABLE = { labelWidth: 30, cellPaddingX: 4, cellSize: 8.5 } as const;

export const styles = StyleSheet.create({
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: BODY_SIZE,
    color: COLORS.ink,
    // The dot-below marks (ị ọ ụ ẹ) drop out of the text layer after punctuation with ccmp on.
    // No ligatures (copied text never meets an "ﬁ" glyph) and no kerning: shaping is the largest
    // cost of a long export, and at this size kerning is barely visible.
    fontFeatureSettings: { ccmp: false, liga: false, kern: false },
  },
  /** Fills the page: content region on top, footer below (see the page layout in assessment-document). */
  frame: { flexGrow: 1, flexDirection: 'column' },
  body: {
    flexGrow: 1,
    flexShrink: 1,
    flexDirection: 'column',
    paddingTop: PAGE.marginTop,
    paddingBottom: 12,
    paddingHorizontal: PAGE.marginX,
  },
  section: {},
  kicker: {
    fontSize: 8.5,
    fontWeight: 700,
    color: COLORS.accent,
    textTransform: 'uppercase',
    marginBottom: 2,
  },
  h1: { fontSize: 16, fontWeight: 700, lineHeight: 1.25, color: COLORS.ink },
  h2: { fontSize: 10.5, fontWeight: 700, lineHeight: 1.3, marginBottom: 4, color: COLORS.ink },
  itemNumber: { color: COLORS.accent },
  // Space above, never below: a trailing margin that does not fit would make an empty page.
  block: { marginTop: 14 },
  paragraph: { lineHeight: BODY_LINE },
  paragraphGap: { marginTop: 5 },
  notAnswered: { fontStyle: 'italic', color: COLORS.muted, lineHeight: BODY_LINE },
  notKnownBox: {
    backgroundColor: COLORS.warnSoft,
    borderLeftWidth: 2.5,
    borderLeftColor: COLORS.warn,
    paddingVertical: 4,
    paddingHorizontal: 8,
  },
  notKnownTitle: { fontWeight: 700, color: COLORS.warn, lineHeight: BODY_LINE },
  notKnownPlan: { lineHeight: BODY_LINE },
  // Tables
  table: { borderTopWidth: 1, borderTopColor: COLORS.accent },
  headerRow: {
    flexDirection: 'row',
    backgroundColor: COLORS.accentSoft,
    borderBottomWidth: 0.75,
    borderBottomColor: COLORS.rule,
  },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: COLORS.ruleSoft },
  headerCell: {
    fontSize: 8,
    fontWeight: 700,
    lineHeight: 1.3,
    paddingVertical: 4,
    paddingHorizontal: 4,
    color: COLORS.ink,
  },
  cell: {
    fontSize: TABLE.cellSize,
    lineHeight: 1.4,
    paddingVertical: 4,
    paddingHorizontal: TABLE.cellPaddingX,
  },
  labelCell: { width: TABLE.labelWidth, fontWeight: 700, color: COLORS.accent },
  detailLabel: { fontWeight: 700, color: COLORS.muted },
  empty: { color: COLORS.muted },
  // Footer
  footer: {
    marginHorizontal: PAGE.marginX,
    marginBottom: 28,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderTopWidth: 0.5,
    borderTopColor: COLORS.rule,
    paddingTop: 6,
    fontSize: 7.5,
    color: COLORS.muted,
  },
  footerLeft: { flexGrow: 1, flexShrink: 1, lineHeight: '10pt' },
  footerId: { fontWeight: 700, color: COLORS.ink },
  footerDraft: { fontWeight: 700, color: COLORS.warn },
  footerPage: { fontWeight: 700, color: COLORS.ink, marginLeft: 8 },
});
