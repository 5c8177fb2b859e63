/**
 * Readable ids: what people write on a PDF, say on the phone and search for, e.g. `EQ-2026-7K3Q-H2MX`.
 *
 * The part after the year is the first 40 bits of the assessment's random UUID in Crockford base 32
 * (no I, L, O or U, so nothing reads as another letter). So the readable id is a function of the
 * record's identity: two devices never hand out the same one (about one chance in 10^12 per pair of
 * assessments), the same assessment has the same readable id on every device, and an import never
 * renumbers anything. Ids of the first shape (`EQ-2026-0001`, a per-device counter that collided
 * across devices) are kept as `formerReadableIds` by the migration to shape 2.
 */
export const READABLE_ID_PREFIX = 'EQ';
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHUNK = `[${ALPHABET}]{4}`;

export const READABLE_ID_PATTERN = new RegExp(`^${READABLE_ID_PREFIX}-\\d{4}-${CHUNK}-${CHUNK}$`);
/** The per-device counter of shape 1. */
export const LEGACY_READABLE_ID_PATTERN = new RegExp(`^${READABLE_ID_PREFIX}-(\\d{4})-\\d{4,}$`);

/** The random part's 8 characters from the first 40 bits (10 hex digits) of a UUID. */
function randomPart(uuid: string): string {
  const hex = uuid.replace(/-/g, '').slice(0, 10);
  if (!/^[0-9a-f]{10}$/i.test(hex)) throw new Error(`Not a UUID: ${uuid}`);
  let n = BigInt(`0x${hex}`);
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = ALPHABET[Number(n & 31n)] + out;
    n >>= 5n;
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

/** The readable id of the assessment with this UUID, created in `year`. */
export function readableIdFor(uuid: string, year: number): string {
  return `${READABLE_ID_PREFIX}-${String(year).padStart(4, '0')}-${randomPart(uuid)}`;
}

/** The year a legacy id was given in, or undefined when `readableId` is not a legacy id. */
export function legacyYear(readableId: string): number | undefined {
  const m = LEGACY_READABLE_ID_PATTERN.exec(readableId);
  return m ? Number(m[1]) : undefined;
}
