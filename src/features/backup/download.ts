import { downloadBlob } from '@/lib/download';

/** Local calendar date as YYYY-MM-DD, for file names. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function allBackupFileName(now: Date): string {
  return `equity-assessments-${localDate(now)}.json`;
}

export function oneBackupFileName(readableId: string, now: Date): string {
  return `equity-assessment-${readableId}-${localDate(now)}.json`;
}

/** Saves a backup's JSON text as a file. */
export function downloadText(fileName: string, text: string): void {
  downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
}

/** Sizes in the reader's language: "3.2 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const units = [
    ['gigabyte', 1e9],
    ['megabyte', 1e6],
    ['kilobyte', 1e3],
  ] as const;
  const [unit, size] = units.find(([, s]) => bytes >= s) ?? ['byte', 1];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: bytes >= 1e6 ? 1 : 0,
  }).format(bytes / size);
}
