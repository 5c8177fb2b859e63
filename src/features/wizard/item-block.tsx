import { memo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { SectionKey } from '@/domain/assessment';
import { stepOfSection, type Item } from '@/domain/questions';
import { GROUP_SUGGESTIONS } from '@/domain/constants';
import { tKey } from '@/i18n/i18n';
import { FieldControl, ShowIf } from './fields/field-control';
import { NotKnown } from './fields/not-known';
import { ReadinessField } from './fields/readiness-field';
import { TableField } from './fields/table-field';
import { AnchorComments } from './review-comments';

/** One sub-prompt of a step, of any kind, plus "Not known yet" when it is required. */
export const ItemBlock = memo(function ItemBlock({
  item,
  section,
  assessmentId,
  allowNotKnown,
  markOptional = false,
}: {
  item: Item;
  section: SectionKey;
  assessmentId: string;
  /** "Not known yet" belongs to the five questions, not to the details of the assessment. */
  allowNotKnown: boolean;
  /** Most of the step's items are required: the others say "(optional)", as GOV.UK does. */
  markOptional?: boolean;
}) {
  // Memoised, so it would keep its words on a language change without this subscription.
  useTranslation();
  const textKey = `items.${section}.${item.id}`;
  const body =
    item.kind === 'table' ? (
      <TableField
        item={item}
        section={section}
        assessmentId={assessmentId}
        suggestions={section === 'groups' ? groupSuggestions() : undefined}
        optional={markOptional && !item.required}
      />
    ) : item.kind === 'readiness' ? (
      <ReadinessField item={item} />
    ) : (
      <FieldControl
        field={item}
        name={item.id}
        textKey={textKey}
        assessmentId={assessmentId}
        optional={markOptional && !item.required}
      />
    );
  const step = stepOfSection(section);
  const block = (
    <div className="app-item">
      {step && <AnchorComments anchor={{ kind: 'field', step, field: item.id }} />}
      {body}
      {item.required && allowNotKnown && <NotKnown itemId={item.id} textKey={textKey} />}
    </div>
  );
  return item.showIf ? (
    <ShowIf when={item.showIf} base="">
      {block}
    </ShowIf>
  ) : (
    block
  );
});

/** Common groups: the U.S. federal race and ethnicity categories and overlapping factors. */
function groupSuggestions() {
  return GROUP_SUGGESTIONS.map((g) => {
    const label = tKey(`groupSuggestions.${g.key}`);
    return { label, row: { name: label, kind: g.kind, mostAffected: false } };
  });
}
