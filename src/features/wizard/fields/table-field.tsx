import { useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SectionKey } from '@/domain/assessment';
import { emptyRow } from '@/domain/field-schemas';
import type { TableItem } from '@/domain/questions';
import { newRowId, rowLabel } from '@/domain/rows';
import { hasKey, tKey } from '@/i18n/i18n';
import { fieldDomId, useIssue } from '../issues-context';
import { FieldShell } from './field-shell';
import { FieldControl, ShowIf } from './field-control';

/** A table of rows (results, sources, harms …): add, edit, remove with undo. */
export function TableField({
  item,
  section,
  assessmentId,
  suggestions,
}: {
  item: TableItem;
  section: SectionKey;
  assessmentId: string;
  /** Ready-made rows offered as one-click additions (e.g. common groups). */
  suggestions?: readonly { label: string; row: Record<string, unknown> }[];
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
  const error = useIssue(item.id);
  const domId = fieldDomId(item.id);
  const rowName = tKey(`${textKey}.rowName`);

  const add = () => {
    append(emptyRow(item, newRowId()), { shouldFocus: false });
    setRemoved(undefined);
    void trigger(item.id);
    // Move focus to the new row's first field so keyboard users land where they type.
    requestAnimationFrame(() => {
      document
        .getElementById(fieldDomId(`${item.id}.${fields.length}.${item.columns[0]?.id ?? ''}`))
        ?.focus();
    });
  };

  return (
    <FieldShell
      textKey={textKey}
      domId={domId}
      error={error}
      required={item.required}
      terms={item.terms}
      group
    >
      {fields.length === 0 && (
        <p className="app-none">{hasKey(`${textKey}.empty`) ? tKey(`${textKey}.empty`) : ''}</p>
      )}
      <ol className="app-rows">
        {fields.map((f, i) => {
          const label = rowLabel(item.prefix, i);
          return (
            <li key={f.key} className="app-row">
              <fieldset
                className="usa-fieldset app-row__fieldset"
                id={fieldDomId(`${item.id}.${i}`)}
                tabIndex={-1}
              >
                <legend className="app-row__legend">
                  {rowName} {label}
                </legend>
                {item.columns.map((col) => {
                  const el = (
                    <FieldControl
                      key={col.id}
                      field={col}
                      name={`${item.id}.${i}.${col.id}`}
                      textKey={`${textKey}.columns.${col.id}`}
                      assessmentId={assessmentId}
                    />
                  );
                  return col.showIf ? (
                    <ShowIf key={col.id} when={col.showIf} base={`${item.id}.${i}.`}>
                      {el}
                    </ShowIf>
                  ) : (
                    el
                  );
                })}
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
                  }}
                >
                  {t('wizard.removeRow', { row: `${rowName} ${label}` })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {removed && (
        <div className="usa-alert usa-alert--info usa-alert--slim usa-alert--no-icon" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {t('wizard.rowRemoved', { row: removed.label })}{' '}
              <button
                type="button"
                className="usa-button usa-button--unstyled"
                onClick={() => {
                  insert(removed.index, removed.row);
                  setRemoved(undefined);
                }}
              >
                {t('list.undo')}
              </button>
            </p>
          </div>
        </div>
      )}
      <button type="button" className="usa-button usa-button--outline app-row__add" onClick={add}>
        {tKey(`${textKey}.addRow`)}
      </button>
      {suggestions && suggestions.length > 0 && (
        <Suggestions
          table={item.id}
          suggestions={suggestions}
          onAdd={(row) => {
            append({ ...row, id: newRowId() }, { shouldFocus: false });
            void trigger(item.id);
          }}
        />
      )}
    </FieldShell>
  );
}

function Suggestions({
  table,
  suggestions,
  onAdd,
}: {
  table: string;
  suggestions: readonly { label: string; row: Record<string, unknown> }[];
  onAdd: (row: Record<string, unknown>) => void;
}) {
  const { t } = useTranslation();
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
  if (open.length === 0) return null;
  return (
    <div className="app-suggestions">
      <p className="app-suggestions__title">{t('wizard.suggestionsTitle')}</p>
      <ul className="app-suggestions__list">
        {open.map((s) => (
          <li key={s.label}>
            <button
              type="button"
              className="usa-button usa-button--outline usa-button--small"
              onClick={() => onAdd(s.row)}
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
