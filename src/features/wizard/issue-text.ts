import type { Issue } from '@/domain/checks';
import type { Step } from '@/domain/questions';
import { rowLabel } from '@/domain/rows';
import { tKey } from '@/i18n/i18n';

/** The message shown at the field. */
export function issueMessage(issue: Issue): string {
  return tKey(`errors.${issue.code}`, issue.params);
}

/** "Harm H2 · What could go wrong?: Answer this" — the label a reader needs in the summary. */
export function issueSummaryText(step: Step, issue: Issue): string {
  const [first = '', second, third] = issue.path.split('.');
  const base = `items.${step.section}`;
  let label: string;
  if (first === 'notKnown' && second) {
    label = tKey(`${base}.${second}.label`);
  } else if (second !== undefined && third !== undefined && /^\d+$/.test(second)) {
    const table = step.items.find((i) => i.id === first);
    const prefix = table?.kind === 'table' ? table.prefix : '';
    label = `${tKey(`${base}.${first}.rowName`)} ${rowLabel(prefix, Number(second))} · ${tKey(
      `${base}.${first}.columns.${third}.label`,
    )}`;
  } else {
    label = tKey(`${base}.${first}.label`);
  }
  return `${label} — ${issueMessage(issue)}`;
}
