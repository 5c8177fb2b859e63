import { StyleSheet } from '@react-pdf/renderer';
import { COLORS } from './styles';

export const TITLE_SIZE = 24;

export const coverStyles = StyleSheet.create({
  band: {
    borderTopWidth: 5,
    borderTopColor: COLORS.accent,
    paddingTop: 22,
    marginBottom: 18,
  },
  kicker: {
    fontSize: 9,
    fontWeight: 700,
    color: COLORS.accent,
    textTransform: 'uppercase',
    marginBottom: 8,
  },
  title: { fontSize: TITLE_SIZE, fontWeight: 700, lineHeight: 1.2, marginBottom: 8 },
  readableId: { fontSize: 11, color: COLORS.muted },
  completeness: { fontSize: 11, fontWeight: 700, color: COLORS.ink, marginBottom: 6 },
  draftNote: {
    fontSize: 10,
    fontWeight: 700,
    color: COLORS.warn,
    backgroundColor: COLORS.warnSoft,
    paddingVertical: 6,
    paddingHorizontal: 8,
    marginBottom: 12,
  },
  conclusion: {
    marginTop: 14,
    marginBottom: 16,
    paddingVertical: 12,
    paddingHorizontal: 14,
    backgroundColor: COLORS.accentSoft,
    borderLeftWidth: 3,
    borderLeftColor: COLORS.accent,
  },
  conclusionLabel: {
    fontSize: 8.5,
    fontWeight: 700,
    color: COLORS.accent,
    textTransform: 'uppercase',
    marginBottom: 4,
  },
  conclusionText: { fontSize: 12, lineHeight: 1.45 },
  summary: { marginTop: 4 },
  summaryTitle: {
    fontSize: 13,
    fontWeight: 700,
    marginBottom: 6,
    paddingBottom: 4,
    borderBottomWidth: 1,
    borderBottomColor: COLORS.accent,
  },
});
