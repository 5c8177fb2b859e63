import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { Fact } from '@/view-model/cover';
import { useFit } from './fit';
import { BODY_LINE, COLORS } from './styles';

const LABEL_WIDTH = 130;

const s = StyleSheet.create({
  row: {
    flexDirection: 'row',
    paddingVertical: 3,
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.ruleSoft,
  },
  label: {
    width: LABEL_WIDTH,
    fontWeight: 700,
    color: COLORS.muted,
    paddingRight: 8,
    lineHeight: BODY_LINE,
  },
  value: { flex: 1, lineHeight: BODY_LINE },
});

/** Label–value pairs in two columns (cover facts, summary). */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  const fit = useFit(LABEL_WIDTH);
  return (
    <View>
      {facts.map((fact) => (
        <View key={fact.label} style={s.row} wrap={false}>
          <Text style={s.label}>{fact.label}</Text>
          <Text style={s.value}>{fit(fact.value)}</Text>
        </View>
      ))}
    </View>
  );
}
