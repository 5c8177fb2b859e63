/** Short labels for table rows (H1, M2, K3): the prefix and the 1-based position. */
export function rowLabel(prefix: string, index: number): string {
  return `${prefix}${index + 1}`;
}

/** A new row id, made on the device. */
export function newRowId(): string {
  return crypto.randomUUID();
}
