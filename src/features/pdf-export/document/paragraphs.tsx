import { Text } from '@react-pdf/renderer';
import { useFit } from './fit';
import type { TextStyle } from './styles';
import { BODY_SIZE, styles } from './styles';
import { tag } from '../tagging/struct';

/**
 * Free text as one Text per paragraph (blank lines separate paragraphs; single newlines stay as
 * line breaks). Short Text runs lay out much faster than one 20,000-character run.
 */
export function Paragraphs({ text, style }: { text: string; style?: TextStyle }) {
  const fit = useFit();
  const size = typeof style?.fontSize === 'number' ? style.fontSize : BODY_SIZE;
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <>
      {paragraphs.map((p, i) => (
        <Text
          key={i}
          {...tag('P')}
          style={[
            styles.paragraph,
            ...(i > 0 ? [styles.paragraphGap] : []),
            ...(style ? [style] : []),
          ]}
        >
          {fit(p, { size })}
        </Text>
      ))}
    </>
  );
}
