import type { Assessment } from './assessment';
import { tableRows } from './labels';
import { LINK_SOURCES, PREFIX, type Field, type LinkSource } from './questions';
import { rowLabel } from './rows';

/** One choice in a group or row picker. */
export interface RefOption {
  id: string;
  label: string;
}

const PREVIEW = 80;
const preview = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > PREVIEW ? `${one.slice(0, PREVIEW - 1)}…` : one;
};

/** The shared group list as picker options: "Renters (most affected)". Unnamed groups show G2. */
export function groupOptions(a: Assessment, mostAffectedMark: string): RefOption[] {
  return a.groups.groups.map((g, i) => {
    const name = g.name.trim() || rowLabel(PREFIX.groups, i);
    return { id: g.id, label: g.mostAffected ? `${name} ${mostAffectedMark}` : name };
  });
}

interface LinkRow {
  id: string;
  /** H2 */
  label: string;
  /** The row's first text, cut to a preview; '' when the row has none. */
  text: string;
}

function linkRows(a: Assessment, to: readonly LinkSource[]): LinkRow[] {
  return to.flatMap((source) => {
    const { section, table, prefix } = LINK_SOURCES[source];
    return tableRows(a[section], table).flatMap((row, i) => {
      if (typeof row.id !== 'string') return [];
      const firstText = Object.entries(row).find(
        ([k, v]) => k !== 'id' && typeof v === 'string' && v.trim() !== '',
      );
      const text = firstText ? preview(String(firstText[1])) : '';
      return [{ id: row.id, label: rowLabel(prefix, i), text }];
    });
  });
}

/** Rows a link may point at, as "H2 — Rents rise near new stations". */
export function linkOptions(a: Assessment, to: readonly LinkSource[]): RefOption[] {
  return linkRows(a, to).map((r) => ({
    id: r.id,
    label: r.text ? `${r.label} — ${r.text}` : r.label,
  }));
}

/**
 * What links point at, for a reader with no other page at hand: "H1 Longer trips for riders
 * with disabilities", in the order given; links to rows that no longer exist are left out. The
 * rows linked to are read once for all the lists given to the function it returns (a 100-row
 * table of links read all 100 rows again for each of its 100 cells).
 */
export function linkSummarizer(
  a: Assessment,
  to: readonly LinkSource[],
): (ids: readonly string[]) => string[] {
  const rows = new Map(linkRows(a, to).map((r) => [r.id, r]));
  return (ids) =>
    ids.flatMap((id) => {
      const r = rows.get(id);
      return r ? [r.text ? `${r.label} ${r.text}` : r.label] : [];
    });
}

/** How much of a long cell the gist reads: enough for a preview, never a whole 50,000-character answer. */
const GIST_READ = PREVIEW * 8;

/**
 * A table row in one line, for a folded row: the labels of its groups (the first groups column) and
 * its first words (the first text column that has any). Groups no longer in the list are left out.
 */
export function rowGist(
  row: Record<string, unknown>,
  columns: readonly Field[],
  groupLabel: (id: string) => string | undefined,
): { groups: string; words: string } {
  const groupsColumn = columns.find((c) => c.kind === 'groups');
  const raw = groupsColumn ? row[groupsColumn.id] : undefined;
  const ids = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : [];
  const groups = ids
    .flatMap((id) => {
      const label = typeof id === 'string' ? groupLabel(id) : undefined;
      return label ? [label] : [];
    })
    .join(', ');
  const text = columns
    .filter((c) => c.kind === 'text' || c.kind === 'longtext')
    .map((c) => row[c.id])
    .find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return { groups, words: text ? preview(text.slice(0, GIST_READ)) : '' };
}
