import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from '@/i18n/use-translation';
import type { Field } from '@/domain/questions';
import { rowGist } from '@/domain/references';
import { useGroupOptions } from './reference-controls';

/**
 * The one line a folded table row shows, as its `<summary>`: the row's name and label ("Harm H2"),
 * its groups and its first words. It follows what is typed into the row (only this line re-renders).
 */
export function RowSummary({
  id,
  name,
  title,
  columns,
  assessmentId,
  mark,
}: {
  id?: string;
  /** The row's form path: `harms.2`. */
  name: string;
  /** "Harm H2". */
  title: string;
  columns: readonly Field[];
  assessmentId: string;
  /** Something the row holds that its words do not show (open comments). */
  mark?: ReactNode;
}) {
  const { t } = useTranslation();
  const row: unknown = useWatch({ name });
  const groups = useGroupOptions(assessmentId);
  const gist = rowGist(
    typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {},
    columns,
    (id) => groups.find((g) => g.id === id)?.label,
  );
  return (
    <summary className="app-row__summary" id={id}>
      <span className="app-row__title">{title}</span>
      {mark}
      {gist.groups && <span className="app-row__groups">{gist.groups}</span>}
      <span className="app-row__words">{gist.words || t('wizard.rowNothingYet')}</span>
    </summary>
  );
}
