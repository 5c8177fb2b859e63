import { Text } from '@react-pdf/renderer';
import type { TextStyle } from './styles';
import { styles } from './styles';

/**
 * Free text as one Text per paragraph (blank lines separate paragraphs; single newlines stay as
 * line breaks). Short Text runs lay out much faster than one 20,000-character run.
 */
export function Paragraphs({ text, style }: { text: string; style?: TextStyle }) {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <>
      {paragraphs.map((p, i) => (
        <Text
          key={i}
          style={[
            styles.paragraph,
            ...(i > 0 ? [styles.paragraphGap] : []),
            ...(style ? [style] : []),
          ]}
        >
          {p}
        </Text>
      ))}
    </>
  );
}
