import { APP_VERSION } from '@/features/pwa/build-info';
import { allAssessments } from '@/store/all-assessments';
import { useAssessmentStore } from '@/store/assessment-store';
import { backupRecords } from '@/store/backup-records';
import { allBackupFileName, downloadText, oneBackupFileName } from './download';

/**
 * Downloads every assessment as one package: the stored records, and what is in memory where that
 * is newer, so it also saves work that could not reach the device's storage; with them their kept
 * versions, and every submission and review on this device. Returns the file name.
 */
export async function backUpAll(now = new Date()): Promise<string> {
  const store = useAssessmentStore.getState();
  await store.flush().catch(() => undefined);
  const all = await allAssessments();
  const records = await backupRecords(
    all.map((a) => a.id),
    true,
  );
  const { buildPackage, serializePackage } = await import('@/domain/package');
  const pkg = await buildPackage(all, { appVersion: APP_VERSION, now }, records);
  const fileName = allBackupFileName(now);
  downloadText(fileName, serializePackage(pkg));
  // Remembering the time may fail when storage does; the file is what matters.
  await store.markBackedUp(now.toISOString()).catch(() => undefined);
  return fileName;
}

export async function backUpOne(id: string, now = new Date()): Promise<string> {
  await useAssessmentStore
    .getState()
    .flush()
    .catch(() => undefined);
  const a = await useAssessmentStore.getState().openAssessment(id);
  if (!a) throw new Error('Assessment not found');
  const records = await backupRecords([a.id], false);
  const { buildPackage, serializePackage } = await import('@/domain/package');
  const pkg = await buildPackage([a], { appVersion: APP_VERSION, now }, records);
  const fileName = oneBackupFileName(a.readableId, now);
  downloadText(fileName, serializePackage(pkg));
  return fileName;
}
