/**
 * A content fingerprint: SHA-256 of the assessment's canonical JSON (object keys sorted, no
 * whitespace). The same content always gives the same fingerprint, in the browser, a worker or Node.
 */

/** How many hex digits the short form keeps (48 bits: plenty to tell two versions apart by eye). */
export const SHORT_FINGERPRINT_LENGTH = 12;

/** JSON with object keys sorted at every depth and no whitespace. `undefined` members are left out. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      sorted[key] = sortKeys(Reflect.get(value, key));
    }
    return sorted;
  }
  return value;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Full SHA-256 hex (64 digits) of the canonical JSON of any value, typically an Assessment. */
export function fingerprint(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}

export function shortFingerprint(fullHex: string): string {
  return fullHex.slice(0, SHORT_FINGERPRINT_LENGTH);
}
