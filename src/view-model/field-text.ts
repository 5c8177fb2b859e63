import type { Assessment } from '@/domain/assessment';
import { groupNames } from '@/domain/labels';
import { linkSummaries } from '@/domain/references';
import type { Field } from '@/domain/questions';
import { i18n } from '@/i18n/i18n';
import { nfc } from '@/domain/text';
import { formatDate, lookupOr } from './words';

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];

export function optionText(optionSet: string, value: string): string {
  return lookupOr(`options.${optionSet}.${value}`, value);
}

/** How one field's stored value reads in the PDF; '' when nothing was given. */
export function fieldText(field: Field, value: unknown, a: Assessment): string {
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
      return linkSummaries(a, strings(value), field.to).join('; ');
    case 'date':
      return typeof value === 'string' ? formatDate(value) : '';
    default:
      return typeof value === 'string' ? nfc(value) : '';
  }
}
