import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { Fact } from '@/view-model/cover';
import { useFit } from './fit';
import { BODY_LINE, COLORS } from './styles';
import { tag } from '../tagging/struct';

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

/** Label–value pairs in two columns (cover facts, summary): a table whose rows are headed by their labels. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  const fit = useFit(LABEL_WIDTH);
  return (
    <View {...tag('Table')}>
      {facts.map((fact) => (
        <View key={fact.label} style={s.row} wrap={false} {...tag('TR')}>
          <Text style={s.label} {...tag('TH', { scope: 'Row' })}>
            {fact.label}
          </Text>
          <Text style={s.value} {...tag('TD')}>
            {fit(fact.value)}
          </Text>
        </View>
      ))}
    </View>
  );
}
