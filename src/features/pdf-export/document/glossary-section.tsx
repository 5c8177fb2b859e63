import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { PdfModel } from '../pdf-model';
import { BODY_LINE, COLORS, styles } from './styles';

const s = StyleSheet.create({
  entry: { marginTop: 7 },
  term: { fontWeight: 700, color: COLORS.accent, lineHeight: BODY_LINE },
  definition: { lineHeight: BODY_LINE },
  intro: { color: COLORS.muted, marginTop: 4, marginBottom: 3, lineHeight: BODY_LINE },
});

/** The terms the assessment uses, in plain words. */
export function GlossarySection({ glossary }: { glossary: PdfModel['glossary'] }) {
  return (
    <View style={styles.section}>
      <Text style={styles.h1} minPresenceAhead={80}>
        {glossary.title}
      </Text>
      <Text style={s.intro}>{glossary.intro}</Text>
      {glossary.entries.map((e) => (
        <View key={e.term} style={s.entry} wrap={false}>
          <Text style={s.term}>{e.term}</Text>
          <Text style={s.definition}>{e.definition}</Text>
        </View>
      ))}
    </View>
  );
}
