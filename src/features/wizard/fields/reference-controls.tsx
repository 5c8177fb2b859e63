import { useFormContext } from 'react-hook-form';
import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'wouter';
import { useShallow } from 'zustand/react/shallow';
import { CheckboxList } from './choice-controls';
import type { GroupsField, LinksField } from '@/domain/questions';
import { groupOptions, linkOptions, type RefOption } from '@/domain/references';
import { useAssessmentStore } from '@/store/assessment-store';

/** Options as a flat list of strings, so the picker re-renders only when a label really changes. */
function useOptions(
  pick: (a: Parameters<typeof groupOptions>[0]) => RefOption[],
  assessmentId: string,
): RefOption[] {
  const flat = useAssessmentStore(
    useShallow((s) => {
      const a = s.byId[assessmentId];
      return a ? pick(a).flatMap((o) => [o.id, o.label]) : [];
    }),
  );
  const out: RefOption[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2)
    out.push({ id: flat[i] ?? '', label: flat[i + 1] ?? '' });
  return out;
}

/** The shared group list as options ("Renters (most affected)"), kept up to date. */
export function useGroupOptions(assessmentId: string): RefOption[] {
  const { t } = useTranslation();
  return useOptions((a) => groupOptions(a, t('wizard.mostAffectedMark')), assessmentId);
}

interface Aria {
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

export function GroupsControl({
  name,
  field,
  domId,
  assessmentId,
  aria,
}: {
  name: string;
  field: GroupsField;
  domId: string;
  assessmentId: string;
  aria: Aria;
}) {
  const { t } = useTranslation();
  const { register } = useFormContext();
  const options = useGroupOptions(assessmentId);
  if (options.length === 0) {
    return (
      <p className="app-none" id={field.single ? domId : undefined}>
        {t('wizard.noGroups')}{' '}
        <Link href={`/assessments/${assessmentId}/groups`}>{t('wizard.goToGroups')}</Link>
      </p>
    );
  }
  if (field.single) {
    return (
      <select id={domId} className="usa-select" {...aria} {...register(name)}>
        <option value="">{t('wizard.choose')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  return <CheckboxList name={name} domId={domId} options={options} />;
}

export function LinksControl({
  name,
  field,
  domId,
  assessmentId,
}: {
  name: string;
  field: LinksField;
  domId: string;
  assessmentId: string;
}) {
  const { t } = useTranslation();
  const options = useOptions((a) => linkOptions(a, field.to), assessmentId);
  if (options.length === 0) {
    return <p className="app-none">{t('wizard.noLinks', { count: field.to.length })}</p>;
  }
  return <CheckboxList name={name} domId={domId} options={options} />;
}
