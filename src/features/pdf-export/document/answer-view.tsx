import { Text, View } from '@react-pdf/renderer';
import type { TextStyle } from './styles';
import { i18n } from '@/i18n/i18n';
import type { Answer } from '@/view-model/sections';
import { useFit } from './fit';
import { Paragraphs } from './paragraphs';
import { styles } from './styles';
import { tag } from '../tagging/struct';

/** The "Not known yet" box's border and padding, left and right. */
const NOT_KNOWN_INSET = 2.5 + 2 * 8;

/** An answer as typed, or "Not answered", or "Not known yet" with the plan to find out. */
export function AnswerView({ answer, textStyle }: { answer: Answer; textStyle?: TextStyle }) {
  const fit = useFit(NOT_KNOWN_INSET);
  switch (answer.state) {
    case 'answered':
      return <Paragraphs text={answer.text} style={textStyle} />;
    case 'notAnswered':
      return (
        <Text style={styles.notAnswered} {...tag('P')}>
          {i18n.t('pdf.answer.notAnswered')}
        </Text>
      );
    case 'notKnown':
      return (
        <View style={styles.notKnownBox}>
          <Text style={styles.notKnownTitle} {...tag('P')}>
            {i18n.t('pdf.answer.notKnown')}
          </Text>
          <Text style={styles.notKnownPlan} {...tag('P')}>
            {answer.plan.trim() === ''
              ? i18n.t('pdf.answer.noPlan')
              : fit(i18n.t('pdf.answer.plan', { plan: answer.plan }))}
          </Text>
          {answer.date !== '' && (
            <Text style={styles.notKnownPlan} {...tag('P')}>
              {i18n.t('checksView.knownBy', { date: answer.date })}
            </Text>
          )}
        </View>
      );
  }
}
