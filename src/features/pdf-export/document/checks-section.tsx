import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { AppendixLine, ChecksAppendix } from '@/view-model/checks';
import { useFit } from './fit';
import { BODY_LINE, COLORS, styles } from './styles';
import { bookmark, tag } from '../tagging/struct';

/** Room for the check's number, left of its sentence. */
const NUMBER_WIDTH = 18;
/** The entry's left rule and padding. */
const ENTRY_INSET = 2.5 + 8;
const SMALL = 8.5;
/** Entries shorter than this stay on one page; a longer one (a long reason) may flow across pages. */
const KEEP_TOGETHER_CHARS = 700;

const s = StyleSheet.create({
  intro: { color: COLORS.muted, marginTop: 4, marginBottom: 3, lineHeight: BODY_LINE },
  none: { marginTop: 8, fontWeight: 700, lineHeight: BODY_LINE },
  entry: {
    flexDirection: 'row',
    marginTop: 7,
    paddingLeft: 8,
    borderLeftWidth: 2.5,
    borderLeftColor: COLORS.warn,
  },
  entryDone: { borderLeftColor: COLORS.rule },
  number: { width: NUMBER_WIDTH, fontWeight: 700, color: COLORS.warn, lineHeight: BODY_LINE },
  numberDone: { color: COLORS.muted },
  body: { flex: 1 },
  sentence: { lineHeight: BODY_LINE },
  detail: { fontSize: SMALL, color: COLORS.muted, lineHeight: 1.4, marginTop: 1 },
  subtitle: { marginTop: 16 },
});

function Entry({
  line,
  n,
  reason,
}: {
  line: AppendixLine;
  n: number;
  /** For checks marked not applicable: why. */
  reason?: string;
}) {
  const fit = useFit(ENTRY_INSET + NUMBER_WIDTH);
  const done = reason !== undefined;
  const length = line.sentence.length + line.rows.length + (reason?.length ?? 0);
  return (
    <View
      style={done ? [s.entry, s.entryDone] : s.entry}
      wrap={length > KEEP_TOGETHER_CHARS}
      {...tag('LI')}
    >
      <Text style={done ? [s.number, s.numberDone] : s.number} {...tag('Lbl')}>
        {n}.
      </Text>
      <View style={s.body} {...tag('LBody')}>
        <Text style={s.sentence} {...tag('P')}>
          {fit(line.sentence)}
        </Text>
        {line.rows !== '' && (
          <Text style={s.detail} {...tag('P')}>
            {fit(line.rows, { size: SMALL })}
          </Text>
        )}
        {done && (
          <Text style={s.sentence} {...tag('P')}>
            {fit(reason)}
          </Text>
        )}
      </View>
    </View>
  );
}

/**
 * The appendix "Open checks": each open readiness and consistency check as its sentence with the
 * rows it is about, then the checks marked not applicable with their reasons.
 */
export function ChecksSection({ checks }: { checks: ChecksAppendix }) {
  return (
    <View style={styles.section} {...tag('Sect')} {...bookmark(checks.title)}>
      <Text style={styles.h1} minPresenceAhead={80} {...tag('H2')}>
        {checks.title}
      </Text>
      <Text style={s.intro} {...tag('P')}>
        {checks.intro}
      </Text>
      {checks.open.length === 0 ? (
        <Text style={s.none} {...tag('P')}>
          {checks.none}
        </Text>
      ) : (
        <View {...tag('L')}>
          {checks.open.map((line, i) => (
            <Entry key={line.key} line={line} n={i + 1} />
          ))}
        </View>
      )}
      {checks.notApplicable.length > 0 && (
        <>
          <Text style={[styles.h2, s.subtitle]} minPresenceAhead={60} {...tag('H3')}>
            {checks.notApplicableTitle}
          </Text>
          <View {...tag('L')}>
            {checks.notApplicable.map((line, i) => (
              <Entry key={line.key} line={line} n={i + 1} reason={line.reason} />
            ))}
          </View>
        </>
      )}
    </View>
  );
}
