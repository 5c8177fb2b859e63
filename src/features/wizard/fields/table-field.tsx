import { useContext, useRef, useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from '@/i18n/use-translation';
import type { SectionKey } from '@/domain/assessment';
import { asFull } from '@/domain/depth';
import { emptyRow } from '@/domain/field-schemas';
import { stepOfSection, type Field, type TableItem } from '@/domain/questions';
import { newRowId, rowLabel } from '@/domain/rows';
import { hasKey, tKey } from '@/i18n/i18n';
import { fieldDomId, IssuesContext, useIssue } from '../issues-context';
import { mostRequired } from './optional-mark';
import { FieldShell } from './field-shell';
import { FieldControl, ShowIf } from './field-control';
import { RowSummary } from './row-summary';
import { AnchorComments, CommentMark } from '../review-comments';

/**
 * A table with more rows than this opens with its rows folded to one line each: up to four rows
 * open, every field drawn; from five, folded. Five open rows cost a step about 100 ms on this
 * machine, five folded rows 43 ms (`npm run bench:steps`, README).
 */
export const FOLD_ABOVE = 4;

/** Focuses an element once React has drawn it (the next frame). */
function focusSoon(find: () => HTMLElement | null | undefined) {
  requestAnimationFrame(() => find()?.focus());
}

/**
 * A table of rows (results, sources, harms …): add, edit, remove with undo. Each row is a disclosure:
 * in a table of more than FOLD_ABOVE rows, the rows that come with the step are folded to one line
 * (label, groups, first words) and open for editing, so a step with 30-row tables stays quick; a row
 * added, restored or holding a message is open. Folded rows stay in the page (find-in-page opens them; a link to a field opens its row).
 * Optional details of a row (columns marked `detail`) fold behind "More details". Focus never drops
 * to the page: after a removal it goes to the "removed" message with its Undo, after Undo to the
 * row that came back.
 */
export function TableField({
  item,
  section,
  assessmentId,
  suggestions,
  optional,
}: {
  item: TableItem;
  section: SectionKey;
  assessmentId: string;
  /** Ready-made rows offered as one-click additions (e.g. common groups). */
  suggestions?: readonly { label: string; row: Record<string, unknown> }[];
  /** Marked "(optional)": most items of the step are required. */
  optional?: boolean;
}) {
  const { t } = useTranslation();
  const { control, trigger, getValues } = useFormContext();
  const { fields, append, remove, insert } = useFieldArray({
    control,
    name: item.id,
    keyName: 'key',
  });
  const [removed, setRemoved] = useState<{
    index: number;
    row: Record<string, unknown>;
    label: string;
  }>();
  const textKey = `items.${section}.${item.id}`;
  const step = stepOfSection(section);
  const error = useIssue(item.id);
  const domId = fieldDomId(item.id);
  const rowName = tKey(`${textKey}.rowName`);
  const messages = useContext(IssuesContext);
  // Rows open for editing, by row id (an id survives removals above the row). A small table opens
  // with every row open; a big one folded.
  const rowIds = fields.map((f) => String((f as Record<string, unknown>).id));
  const [openRows, setOpenRows] = useState<ReadonlySet<string>>(
    () => new Set(rowIds.length > FOLD_ABOVE ? [] : rowIds),
  );
  const setRowOpen = (rowId: string, open: boolean) =>
    setOpenRows((prev) => {
      if (prev.has(rowId) === open) return prev;
      const next = new Set(prev);
      if (open) next.add(rowId);
      else next.delete(rowId);
      return next;
    });
  // A message inside a row opens it, so the error summary's links land on the field.
  const flagged = rowIds.filter((_, i) =>
    [...messages.keys()].some((k) => k === `${item.id}.${i}` || k.startsWith(`${item.id}.${i}.`)),
  );
  const flaggedKey = flagged.join(' ');
  const [seenFlagged, setSeenFlagged] = useState('');
  if (flaggedKey !== seenFlagged) {
    // Adjusted while rendering (React's way for state that follows props): no extra frame.
    setSeenFlagged(flaggedKey);
    if (flaggedKey) setOpenRows((prev) => new Set([...prev, ...flaggedKey.split(' ')]));
  }
  const removedRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const columnsOptional = mostRequired(item.columns);
  const firstField = (index: number) =>
    document.getElementById(fieldDomId(`${item.id}.${index}.${item.columns[0]?.id ?? ''}`));

  const add = () => {
    // Every column's default, those a Quick assessment does not ask included.
    const rowId = newRowId();
    setRowOpen(rowId, true);
    append(emptyRow(asFull(item), rowId), { shouldFocus: false });
    setRemoved(undefined);
    void trigger(item.id);
    // Move focus to the new row's first field so keyboard users land where they type.
    const index = fields.length;
    focusSoon(() => firstField(index));
  };

  const column = (col: Field, i: number) => {
    const el = (
      <FieldControl
        key={col.id}
        field={col}
        name={`${item.id}.${i}.${col.id}`}
        textKey={`${textKey}.columns.${col.id}`}
        assessmentId={assessmentId}
        optional={columnsOptional && !col.required}
      />
    );
    return col.showIf ? (
      <ShowIf key={col.id} when={col.showIf} base={`${item.id}.${i}.`}>
        {el}
      </ShowIf>
    ) : (
      el
    );
  };
  const shown = item.columns.filter((c) => !c.detail);
  const folded = item.columns.filter((c) => c.detail);
  const foldedNames = folded.map((c) => tKey(`${textKey}.columns.${c.id}.label`)).join(', ');

  return (
    <FieldShell
      textKey={textKey}
      domId={domId}
      error={error}
      required={item.required}
      optional={optional}
      terms={item.terms}
      group
    >
      {fields.length === 0 && (
        <p className="app-none">{hasKey(`${textKey}.empty`) ? tKey(`${textKey}.empty`) : ''}</p>
      )}
      <ol className="app-rows">
        {fields.map((f, i) => {
          const label = rowLabel(item.prefix, i);
          const rowId = rowIds[i] ?? '';
          const rowPath = `${item.id}.${i}`;
          // A folded row draws only its summary; its fields are on the page while it is open.
          const open = openRows.has(rowId);
          const anchor = step ? ({ kind: 'row', step, table: item.id, rowId } as const) : undefined;
          return (
            <li key={f.key} className="app-row">
              <details
                className="app-row__fold"
                open={open || undefined}
                onToggle={(e) => setRowOpen(rowId, e.currentTarget.open)}
              >
                <RowSummary
                  // Folded, the summary stands for the row: links to the row land here and open it.
                  id={open ? undefined : fieldDomId(rowPath)}
                  name={rowPath}
                  title={`${rowName} ${label}`}
                  columns={item.columns}
                  assessmentId={assessmentId}
                  mark={anchor && <CommentMark anchor={anchor} />}
                />
                {open && (
                  <fieldset
                    className="usa-fieldset app-row__fieldset"
                    id={fieldDomId(rowPath)}
                    tabIndex={-1}
                  >
                    <legend className="app-row__legend usa-sr-only">
                      {rowName} {label}
                    </legend>
                    {anchor && <AnchorComments anchor={anchor} />}
                    {shown.map((col) => column(col, i))}
                    {folded.length > 0 && (
                      <details
                        className="app-row__more"
                        // A message inside opens it, so the error summary's links land on the field.
                        open={
                          folded.some((c) => messages.has(`${item.id}.${i}.${c.id}`)) || undefined
                        }
                      >
                        <summary>
                          {t('flow.moreDetails')}
                          <span className="app-row__more-names">{foldedNames}</span>
                        </summary>
                        {folded.map((col) => column(col, i))}
                      </details>
                    )}
                    <button
                      type="button"
                      className="usa-button usa-button--unstyled app-row__remove"
                      onClick={() => {
                        // The latest typed values, not the ones the row was created with.
                        const data: Record<string, unknown> = structuredClone(
                          getValues(`${item.id}.${i}`),
                        );
                        setRemoved({ index: i, row: data, label: `${rowName} ${label}` });
                        remove(i);
                        void trigger(item.id);
                        // The pressed button went with its row: focus the message and its Undo.
                        focusSoon(() => removedRef.current);
                      }}
                    >
                      {t('wizard.removeRow', { row: `${rowName} ${label}` })}
                    </button>
                  </fieldset>
                )}
              </details>
            </li>
          );
        })}
      </ol>
      {removed && (
        <div
          className="usa-alert usa-alert--info usa-alert--slim usa-alert--no-icon"
          role="status"
          ref={removedRef}
          tabIndex={-1}
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {t('wizard.rowRemoved', { row: removed.label })}{' '}
              <button
                type="button"
                className="usa-button usa-button--unstyled"
                onClick={() => {
                  setRowOpen(String(removed.row.id), true);
                  insert(removed.index, removed.row);
                  setRemoved(undefined);
                  const index = removed.index;
                  focusSoon(() => firstField(index));
                }}
              >
                {t('list.undo')}
              </button>
            </p>
          </div>
        </div>
      )}
      <button
        type="button"
        className="usa-button usa-button--outline app-row__add"
        onClick={add}
        ref={addRef}
      >
        {tKey(`${textKey}.addRow`)}
      </button>
      {suggestions && suggestions.length > 0 && (
        <Suggestions
          table={item.id}
          suggestions={suggestions}
          onAdd={(row) => {
            const rowId = newRowId();
            setRowOpen(rowId, true);
            append({ ...emptyRow(asFull(item), rowId), ...row }, { shouldFocus: false });
            void trigger(item.id);
          }}
          fallbackFocus={() => addRef.current}
        />
      )}
    </FieldShell>
  );
}

/**
 * One-click rows. The pressed suggestion disappears once its row exists: focus moves to the
 * suggestion that takes its place (or the one before, or the "Add" button when none is left) and a
 * message says what was added.
 */
function Suggestions({
  table,
  suggestions,
  onAdd,
  fallbackFocus,
}: {
  table: string;
  suggestions: readonly { label: string; row: Record<string, unknown> }[];
  onAdd: (row: Record<string, unknown>) => void;
  fallbackFocus: () => HTMLElement | null;
}) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);
  const [added, setAdded] = useState<string>();
  const rows: unknown = useWatch({ name: table });
  // Hide a suggestion once a row of that name exists.
  const taken = new Set(
    (Array.isArray(rows) ? rows : []).map((r: unknown) =>
      typeof r === 'object' && r !== null && 'name' in r && typeof r.name === 'string'
        ? r.name.trim().toLocaleLowerCase()
        : '',
    ),
  );
  const open = suggestions.filter((s) => !taken.has(s.label.toLocaleLowerCase()));
  const status = (
    <p className="usa-sr-only" role="status">
      {added ? t('flow.rowAdded', { row: added }) : ''}
    </p>
  );
  if (open.length === 0) return status;
  return (
    <div className="app-suggestions">
      {status}
      <p className="app-suggestions__title">{t('wizard.suggestionsTitle')}</p>
      <ul className="app-suggestions__list" ref={listRef}>
        {open.map((s, index) => (
          <li key={s.label}>
            <button
              type="button"
              className="usa-button usa-button--outline usa-button--small"
              onClick={() => {
                onAdd(s.row);
                setAdded(s.label);
                focusSoon(() => {
                  const buttons = listRef.current?.querySelectorAll('button') ?? [];
                  return buttons[index] ?? buttons[index - 1] ?? fallbackFocus();
                });
              }}
            >
              <span aria-hidden="true">+ </span>
              {s.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
