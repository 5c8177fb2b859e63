import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { Fact } from '../cover-model';
import { BODY_LINE, COLORS } from './styles';

const s = StyleSheet.create({
  row: {
    flexDirection: 'row',
    paddingVertical: 3,
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.ruleSoft,
  },
  label: {
    width: 130,
    fontWeight: 700,
    color: COLORS.muted,
    paddingRight: 8,
    lineHeight: BODY_LINE,
  },
  value: { flex: 1, lineHeight: BODY_LINE },
});

/** Label–value pairs in two columns (cover facts, summary). */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <View>
      {facts.map((fact) => (
        <View key={fact.label} style={s.row} wrap={false}>
          <Text style={s.label}>{fact.label}</Text>
          <Text style={s.value}>{fact.value}</Text>
        </View>
      ))}
    </View>
  );
}
