import type { Assessment } from './assessment';
import {
  LINK_SOURCES,
  PREFIX,
  STEPS,
  type LinkSource,
  type SectionKey,
  type TableItem,
} from './questions';
import { rowLabel } from './rows';

/**
 * Short labels and names for what rows point at: the H1 → M2 → K1 of the review page and the PDF.
 * Pure: reads an assessment and the questions description, returns strings.
 */

type Values = Record<string, unknown>;

const isValues = (v: unknown): v is Values =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The rows of a table in a section's values, each a plain record (other values are skipped). */
export function tableRows(values: Values, tableId: string): Values[] {
  const rows = values[tableId];
  return Array.isArray(rows) ? rows.filter(isValues) : [];
}

/** Every table in the questions description, with the section it lives in. */
export function allTables(): { section: SectionKey; table: TableItem }[] {
  return STEPS.flatMap((step) =>
    step.items.flatMap((item) =>
      item.kind === 'table' ? [{ section: step.section, table: item }] : [],
    ),
  );
}

/** Row id → short label (G1, S2, H3 …) for every table row of the assessment. */
export function rowLabels(a: Assessment): Map<string, string> {
  const labels = new Map<string, string>();
  for (const step of STEPS) {
    const values: Values = a[step.section];
    for (const item of step.items) {
      if (item.kind !== 'table') continue;
      tableRows(values, item.id).forEach((row, i) => {
        if (typeof row.id === 'string') labels.set(row.id, rowLabel(item.prefix, i));
      });
    }
  }
  return labels;
}

/** Row id → short label, only among the rows a link may point at (sources S, outcomes O, harms H). */
export function linkTargets(a: Assessment, to: readonly LinkSource[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const source of to) {
    const { section, table, prefix } = LINK_SOURCES[source];
    const values: Values = a[section];
    tableRows(values, table).forEach((row, i) => {
      if (typeof row.id === 'string') labels.set(row.id, rowLabel(prefix, i));
    });
  }
  return labels;
}

/** Labels of linked rows in the order given; links to rows that no longer exist are left out. */
export function linkLabels(
  a: Assessment,
  ids: readonly string[],
  to: readonly LinkSource[],
): string[] {
  const targets = linkTargets(a, to);
  return ids.flatMap((id) => {
    const label = targets.get(id);
    return label === undefined ? [] : [label];
  });
}

/** Names of the groups in the order given; missing groups are left out, unnamed ones show their label (G2). */
export function groupNames(a: Assessment, ids: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const index = a.groups.groups.findIndex((g) => g.id === id);
    const group = a.groups.groups[index];
    if (!group) return [];
    return [group.name.trim() === '' ? rowLabel(PREFIX.groups, index) : group.name];
  });
}

/** The groups flagged "most affected", by name, in list order. */
export function mostAffectedNames(a: Assessment): string[] {
  return groupNames(
    a,
    a.groups.groups.filter((g) => g.mostAffected).map((g) => g.id),
  );
}

/** For each harm (H1 …), the mitigations (M1 …) that address it: the H1 → M2 chains. */
export function harmMitigations(a: Assessment): { harm: string; mitigations: string[] }[] {
  return a.q4.harms.map((harm, i) => ({
    harm: rowLabel(PREFIX.harms, i),
    mitigations: a.q4.mitigations.flatMap((m, j) =>
      m.harms.includes(harm.id) ? [rowLabel(PREFIX.mitigations, j)] : [],
    ),
  }));
}
