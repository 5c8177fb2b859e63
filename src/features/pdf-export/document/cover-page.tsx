import { Text, View } from '@react-pdf/renderer';
import type { CoverModel } from '../cover-model';
import { AnswerView } from './answer-view';
import { coverStyles as s } from './cover-styles';
import { FactList } from './fact-list';

/** Page one: what the decision is, who leads and decides, the conclusion, and a summary. */
export function CoverPage({ cover }: { cover: CoverModel }) {
  return (
    <View>
      <View style={s.band}>
        <Text style={s.kicker}>{cover.kicker}</Text>
        <Text style={s.title}>{cover.title}</Text>
        <Text style={s.readableId}>{cover.readableId}</Text>
      </View>
      <FactList facts={cover.facts} />
      <View style={s.conclusion}>
        <Text style={s.conclusionLabel} minPresenceAhead={30}>
          {cover.conclusionLabel}
        </Text>
        <AnswerView
          answer={
            cover.conclusion === ''
              ? { state: 'notAnswered' }
              : { state: 'answered', text: cover.conclusion }
          }
          textStyle={s.conclusionText}
        />
      </View>
      <View style={s.summary}>
        <Text style={s.summaryTitle} minPresenceAhead={60}>
          {cover.summaryTitle}
        </Text>
        <FactList facts={cover.summary} />
      </View>
    </View>
  );
}
