/**
 * One calm palette: dark ink, one blue accent, soft rules. Shared by the PDF and the web page
 * export (which loads no react-pdf).
 */
export const COLORS = {
  ink: '#1b1b1b',
  muted: '#565c65',
  accent: '#1a4480',
  accentSoft: '#e7f0fa',
  rule: '#c9ced6',
  ruleSoft: '#e4e7eb',
  warn: '#8a5300',
  warnSoft: '#fff4e0',
} as const;
