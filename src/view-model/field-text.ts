import type { Assessment } from '@/domain/assessment';
import { groupNames } from '@/domain/labels';
import { linkSummarizer } from '@/domain/references';
import type { Field } from '@/domain/questions';
import { i18n } from '@/i18n/i18n';
import { nfc } from '@/domain/text';
import { formatDate, lookupOr } from './words';

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];

export function optionText(optionSet: string, value: string): string {
  return lookupOr(`options.${optionSet}.${value}`, value);
}

type Summarizer = ReturnType<typeof linkSummarizer>;

/**
 * Link summaries for many fields of one assessment, each list of rows linked to read once. Made
 * for one reading of the assessment (a table, a whole view model), never kept across changes.
 */
export function linkSummaryCache(a: Assessment): (field: Field & { kind: 'links' }) => Summarizer {
  const made = new Map<Field, Summarizer>();
  return (field) => {
    let summarize = made.get(field);
    if (!summarize) {
      summarize = linkSummarizer(a, field.to);
      made.set(field, summarize);
    }
    return summarize;
  };
}

/**
 * How one field's stored value reads in the PDF; '' when nothing was given. `links` shares the
 * rows linked to between the cells of a table.
 */
export function fieldText(
  field: Field,
  value: unknown,
  a: Assessment,
  links: ReturnType<typeof linkSummaryCache> = linkSummaryCache(a),
): string {
  switch (field.kind) {
    case 'boolean':
      return value === true ? i18n.t('pdf.answer.yes') : i18n.t('pdf.answer.no');
    case 'choice':
    case 'select':
      return typeof value === 'string' && value !== '' ? optionText(field.optionSet, value) : '';
    case 'multichoice':
      return strings(value)
        .map((v) => optionText(field.optionSet, v))
        .join(', ');
    case 'groups':
      return (field.single ? strings([value]) : strings(value))
        .flatMap((id) => groupNames(a, [id]))
        .map(nfc)
        .join(', ');
    case 'links':
      return links(field)(strings(value)).join('; ');
    case 'date':
      return typeof value === 'string' ? formatDate(value) : '';
    default:
      return typeof value === 'string' ? nfc(value) : '';
  }
}
