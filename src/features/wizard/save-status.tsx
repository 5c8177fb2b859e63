import { useTranslation } from '@/i18n/use-translation';
import { formatTime } from '@/lib/format';
import { useAssessmentStore } from '@/store/assessment-store';

/** Says plainly whether the last change reached the device's storage. */
export function SaveStatus() {
  const { t, i18n } = useTranslation();
  const save = useAssessmentStore((s) => s.save);
  let text: string;
  switch (save.kind) {
    case 'saved':
      text = t('save.saved', { time: formatTime(save.at, i18n.language) });
      break;
    case 'pending':
    case 'saving':
      text = t('save.saving');
      break;
    case 'error':
      // The same words as the banner; the error itself is under its "Technical details".
      text = t('save.failed');
      break;
    default:
      text = t('save.idle');
  }
  return (
    <p role="status" className={`app-save-status app-save-status--${save.kind}`}>
      {text}
    </p>
  );
}
