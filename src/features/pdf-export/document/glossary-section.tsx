import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { PdfModel } from '../pdf-model';
import { BODY_LINE, COLORS, styles } from './styles';
import { bookmark, tag } from '../tagging/struct';

const s = StyleSheet.create({
  entry: { marginTop: 7 },
  term: { fontWeight: 700, color: COLORS.accent, lineHeight: BODY_LINE },
  definition: { lineHeight: BODY_LINE },
  intro: { color: COLORS.muted, marginTop: 4, marginBottom: 3, lineHeight: BODY_LINE },
});

/** The terms the assessment uses, in plain words. */
export function GlossarySection({ glossary }: { glossary: PdfModel['glossary'] }) {
  return (
    <View style={styles.section} {...tag('Sect')} {...bookmark(glossary.title)}>
      <Text style={styles.h1} minPresenceAhead={80} {...tag('H2')}>
        {glossary.title}
      </Text>
      <Text style={s.intro} {...tag('P')}>
        {glossary.intro}
      </Text>
      <View {...tag('L')}>
        {glossary.entries.map((e) => (
          <View key={e.term} style={s.entry} wrap={false} {...tag('LI')}>
            <Text style={s.term} {...tag('Lbl')}>
              {e.term}
            </Text>
            <Text style={s.definition} {...tag('LBody')}>
              {e.definition}
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}
