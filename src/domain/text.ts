/** Every string is stored and printed in Unicode NFC, so the same words always compare and print the same. */
export const nfc = (s: string): string => s.normalize('NFC');
