import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { AppendixLine, ChecksAppendix } from '@/view-model/checks';
import { useFit } from './fit';
import { BODY_LINE, COLORS, styles } from './styles';

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
    <View style={done ? [s.entry, s.entryDone] : s.entry} wrap={length > KEEP_TOGETHER_CHARS}>
      <Text style={done ? [s.number, s.numberDone] : s.number}>{n}.</Text>
      <View style={s.body}>
        <Text style={s.sentence}>{fit(line.sentence)}</Text>
        {line.rows !== '' && <Text style={s.detail}>{fit(line.rows, { size: SMALL })}</Text>}
        {done && <Text style={s.sentence}>{fit(reason)}</Text>}
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
    <View style={styles.section}>
      <Text style={styles.h1} minPresenceAhead={80}>
        {checks.title}
      </Text>
      <Text style={s.intro}>{checks.intro}</Text>
      {checks.open.length === 0 ? (
        <Text style={s.none}>{checks.none}</Text>
      ) : (
        checks.open.map((line, i) => <Entry key={line.key} line={line} n={i + 1} />)
      )}
      {checks.notApplicable.length > 0 && (
        <>
          <Text style={[styles.h2, s.subtitle]} minPresenceAhead={60}>
            {checks.notApplicableTitle}
          </Text>
          {checks.notApplicable.map((line, i) => (
            <Entry key={line.key} line={line} n={i + 1} reason={line.reason} />
          ))}
        </>
      )}
    </View>
  );
}
