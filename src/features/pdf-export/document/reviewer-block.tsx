import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { i18n } from '@/i18n/i18n';
import { COLORS } from './styles';
import { tag } from '../tagging/struct';

const s = StyleSheet.create({
  box: {
    marginTop: 16,
    borderWidth: 1,
    borderColor: COLORS.accent,
    paddingVertical: 14,
    paddingHorizontal: 16,
  },
  intro: { color: COLORS.muted, marginBottom: 10 },
  lineRow: { flexDirection: 'row', alignItems: 'flex-end', marginBottom: 14 },
  lineLabel: { width: 80, fontWeight: 700 },
  line: { flex: 1, borderBottomWidth: 0.75, borderBottomColor: COLORS.ink, height: 14 },
  choice: { flexDirection: 'row', alignItems: 'center', marginBottom: 6, marginLeft: 80 },
  checkbox: { width: 10, height: 10, borderWidth: 0.75, borderColor: COLORS.ink, marginRight: 8 },
  comments: { height: 110, borderWidth: 0.75, borderColor: COLORS.rule, marginTop: 4 },
  title: { fontSize: 14, fontWeight: 700, marginBottom: 2 },
});

/** A blank block for the equity team: reviewer, date, decision, comments. */
export function ReviewerBlock() {
  const t = (key: 'reviewer' | 'date' | 'decision' | 'comments') => i18n.t(`pdf.reviewer.${key}`);
  const decisions = [
    i18n.t('pdf.reviewer.accepted'),
    i18n.t('pdf.reviewer.acceptedWithConditions'),
    i18n.t('pdf.reviewer.returned'),
  ];
  return (
    <View style={s.box} wrap={false}>
      <Text style={s.title} {...tag('H2')}>
        {i18n.t('pdf.reviewer.title')}
      </Text>
      <Text style={s.intro} {...tag('P')}>
        {i18n.t('pdf.reviewer.intro')}
      </Text>
      <View style={s.lineRow}>
        <Text style={s.lineLabel} {...tag('P')}>
          {t('reviewer')}
        </Text>
        <View style={s.line} />
      </View>
      <View style={s.lineRow}>
        <Text style={s.lineLabel} {...tag('P')}>
          {t('date')}
        </Text>
        <View style={s.line} />
      </View>
      <Text style={s.lineLabel} {...tag('P')}>
        {t('decision')}
      </Text>
      <View {...tag('L')}>
        {decisions.map((d) => (
          <View key={d} style={s.choice} {...tag('LI')}>
            <View style={s.checkbox} />
            <Text {...tag('LBody')}>{d}</Text>
          </View>
        ))}
      </View>
      <Text style={[s.lineLabel, { marginTop: 8 }]} {...tag('P')}>
        {t('comments')}
      </Text>
      <View style={s.comments} />
    </View>
  );
}
