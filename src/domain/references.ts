import type { Assessment } from './assessment';
import { tableRows } from './labels';
import { LINK_SOURCES, PREFIX, type LinkSource } from './questions';
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

/** Rows a link may point at, as "H2 — Rents rise near new stations". */
export function linkOptions(a: Assessment, to: readonly LinkSource[]): RefOption[] {
  return to.flatMap((source) => {
    const { section, table, prefix } = LINK_SOURCES[source];
    return tableRows(a[section], table).flatMap((row, i) => {
      if (typeof row.id !== 'string') return [];
      const firstText = Object.entries(row).find(
        ([k, v]) => k !== 'id' && typeof v === 'string' && v.trim() !== '',
      );
      const text = firstText ? preview(String(firstText[1])) : '';
      return [
        { id: row.id, label: text ? `${rowLabel(prefix, i)} — ${text}` : rowLabel(prefix, i) },
      ];
    });
  });
}
