import type { TFunction } from 'i18next';
// The decision's words belong to the review screens: load them with this (lazy) module.
import '@/i18n/all-words';
import { readSubmissionFile, submissionErrorText } from '@/features/submission/read-submission';
import { useAssessmentStore } from '@/store/assessment-store';
import { receiveReview } from '@/store/submissions';

/**
 * The author imports the reviewed PDF the equity team sent back: the review attaches to that
 * assessment and version (the decision shows, the comments appear on its pages). A PDF without a
 * review, or for an assessment not on this device, is refused and nothing is written.
 */
export async function receiveReviewedPdf(
  file: File,
  t: TFunction,
): Promise<{ ok: true; message: string } | { ok: false; message: string }> {
  const result = await readSubmissionFile(file);
  if (!result.ok) return { ok: false, message: submissionErrorText(t, result.error) };
  const [item] = result.items;
  if (!item?.review) return { ok: false, message: t('backup.import.reviewed.noReview') };
  const store = useAssessmentStore.getState();
  const here = await store.openAssessment(item.assessment.id);
  if (!here) return { ok: false, message: t('backup.import.reviewed.notHere') };
  const { review } = item;
  await receiveReview(review);
  if (review.decision !== '' && here.version === review.version) {
    store.setStatus(here.id, 'reviewed');
  }
  return {
    ok: true,
    message: t('backup.import.reviewed.received', {
      version: review.version,
      decision:
        review.decision === ''
          ? t('reviewing.noDecision')
          : t(`reviewing.decisions.${review.decision}`),
    }),
  };
}
