import type { TFunction } from 'i18next';
import type { PackageError } from '@/domain/package';
import { formatBytes } from './download';

/** Section keys of the schema → the step titles staff see in the wizard. */
const SECTION_STEP: Record<string, string> = {
  meta: 'details',
  groups: 'groups',
  q1: 'q1',
  q2: 'q2',
  q3: 'q3',
  q4: 'q4',
  q5: 'q5',
};

function fieldName(t: TFunction, field: string): string {
  if (field === '') return t('backup.errors.wholeRecord');
  const section = /^[a-z0-9]+/i.exec(field)?.[0] ?? '';
  const step = SECTION_STEP[section];
  return step ? `${field} (${t(`steps.${step}.title`, { defaultValue: step })})` : field;
}

/** One plain sentence that says what is wrong with a file. */
export function packageErrorText(t: TFunction, error: PackageError, locale: string): string {
  switch (error.kind) {
    case 'tooLarge':
      return t('backup.errors.tooLarge', {
        size: formatBytes(error.bytes, locale),
        max: formatBytes(error.maxBytes, locale),
      });
    case 'newerFormat':
      return t('backup.errors.newerFormat', { version: error.formatVersion });
    case 'invalidContent':
    case 'damaged':
    case 'duplicateId': {
      const where = {
        position: error.position,
        label: error.label || t('backup.errors.noLabel'),
        ...(error.kind === 'invalidContent' && {
          field: fieldName(t, error.field),
          problem: t(`backup.problems.${error.problem}`),
        }),
      };
      // An assessment's problem has words of its own; a version's, a submission's or a review's
      // names the list it is in.
      return error.part === 'assessments'
        ? t(`backup.errors.${error.kind}`, where)
        : t(`backup.errors.record.${error.kind}`, {
            ...where,
            part: t(`backup.errors.parts.${error.part}`),
          });
    }
    default:
      return t(`backup.errors.${error.kind}`);
  }
}
