import { Text, View } from '@react-pdf/renderer';
import type { CoverModel } from '@/view-model/cover';
import { AnswerView } from './answer-view';
import { TITLE_SIZE, coverStyles as s } from './cover-styles';
import { FactList } from './fact-list';
import { FitWidth, useFit } from './fit';
import { CONTENT_WIDTH } from './styles';
import { tag } from '../tagging/struct';

/** The conclusion box's border and padding, left and right. */
const CONCLUSION_INSET = 3 + 2 * 14;

/** Page one: what the decision is, who leads and decides, the conclusion, and a summary. */
export function CoverPage({ cover }: { cover: CoverModel }) {
  const fit = useFit();
  return (
    <View>
      <View style={s.band}>
        <Text style={s.kicker} {...tag('P')}>
          {cover.kicker}
        </Text>
        <Text style={s.title} {...tag('H1')}>
          {fit(cover.title, { size: TITLE_SIZE, bold: true })}
        </Text>
        <Text style={s.readableId} {...tag('P')}>
          {cover.readableId}
        </Text>
      </View>
      <Text style={s.completeness} {...tag('P')}>
        {cover.completeness}
      </Text>
      {cover.draftNote === '' ? null : (
        <Text style={s.draftNote} {...tag('P')}>
          {cover.draftNote}
        </Text>
      )}
      <FactList facts={cover.facts} />
      <View style={s.conclusion}>
        <Text style={s.conclusionLabel} minPresenceAhead={30} {...tag('H2')}>
          {cover.conclusionLabel}
        </Text>
        <FitWidth width={CONTENT_WIDTH - CONCLUSION_INSET}>
          <AnswerView
            answer={
              cover.conclusion === ''
                ? { state: 'notAnswered' }
                : { state: 'answered', text: cover.conclusion }
            }
            textStyle={s.conclusionText}
          />
        </FitWidth>
      </View>
      <View style={s.summary}>
        <Text style={s.summaryTitle} minPresenceAhead={60} {...tag('H2')}>
          {cover.summaryTitle}
        </Text>
        <FactList facts={cover.summary} />
      </View>
    </View>
  );
}
