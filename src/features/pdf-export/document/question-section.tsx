import { Text, View } from '@react-pdf/renderer';
import type { AnswerBlock, Block, SectionModel } from '@/view-model/sections';
import { AnswerView } from './answer-view';
import { ReadinessView } from './readiness-view';
import { styles } from './styles';
import { TableView } from './table-view';
import { bookmark, tag } from '../tagging/struct';

/** One step: its heading, then each item's label and answer. */
export function QuestionSection({ section }: { section: SectionModel }) {
  // Kicker and heading are read as one heading ("Question 1 What is being considered?").
  const heading = tag('H2');
  return (
    <View style={styles.section} {...tag('Sect')} {...bookmark(section.kicker)}>
      <Text style={styles.kicker} minPresenceAhead={120} {...heading}>
        {section.kicker}
      </Text>
      <Text style={styles.h1} minPresenceAhead={100} {...heading}>
        {section.heading}
      </Text>
      {section.blocks.map((block) => (
        <BlockView key={block.key} block={block} />
      ))}
    </View>
  );
}

export function ItemLabel({ number, label }: { number: string; label: string }) {
  return (
    <Text style={styles.h2} minPresenceAhead={48} {...tag('H3')}>
      {number === '' ? null : <Text style={styles.itemNumber}>{`${number}  `}</Text>}
      {label}
    </Text>
  );
}

const KEEP_TOGETHER_CHARS = 700;

function answerLength(block: AnswerBlock): number {
  const { answer } = block;
  return answer.state === 'answered'
    ? answer.text.length
    : answer.state === 'notKnown'
      ? answer.plan.length
      : 0;
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'answer':
      // Short answers stay on the page with their label; long ones flow, the label kept by minPresenceAhead.
      return (
        <View style={styles.block} wrap={answerLength(block) > KEEP_TOGETHER_CHARS}>
          <ItemLabel number={block.number} label={block.label} />
          <AnswerView answer={block.answer} />
        </View>
      );
    case 'table':
      return <TableView block={block} />;
    case 'readiness':
      return <ReadinessView block={block} />;
  }
}
