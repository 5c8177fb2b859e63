/**
 * Team sync, the pure part: document ids on the team server, the server address rule, and the
 * field-by-field three-way merge used when two devices changed the same assessment.
 */

/** What a replicated document holds. Its id says what it is; see docs/decisions/0010. */
export type SyncKind = 'assessment' | 'version' | 'review';

export type SyncDocKey =
  | { kind: 'assessment'; id: string }
  | { kind: 'version'; id: string; version: number }
  | { kind: 'review'; id: string };

export function syncDocId(key: SyncDocKey): string {
  return key.kind === 'version' ? `version:${key.id}:${key.version}` : `${key.kind}:${key.id}`;
}

/** Reads a document id back; undefined for anything this app does not write. */
export function parseSyncDocId(docId: string): SyncDocKey | undefined {
  const [kind, id, version, ...rest] = docId.split(':');
  if (rest.length > 0 || !id) return undefined;
  if ((kind === 'assessment' || kind === 'review') && version === undefined) return { kind, id };
  if (kind === 'version' && version !== undefined && /^[1-9]\d{0,8}$/.test(version)) {
    return { kind, id, version: Number(version) };
  }
  return undefined;
}

/** Hosts that may be reached over plain HTTP: this computer only. */
export const LOCAL_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

export type ServerUrlCheck =
  | { ok: true; url: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'insecure' | 'credentialsInUrl' | 'noDatabase' };

/**
 * A database address: HTTPS, or HTTP to this computer only; no user name or password inside it
 * (they would be stored with the address); a path that names the database.
 */
export function checkServerUrl(input: string): ServerUrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: 'invalid' };
  if (url.protocol === 'http:' && !LOCAL_HOSTS.includes(url.hostname)) {
    return { ok: false, reason: 'insecure' };
  }
  if (url.username || url.password) return { ok: false, reason: 'credentialsInUrl' };
  if (url.pathname.replace(/\/+$/, '') === '') return { ok: false, reason: 'noDatabase' };
  url.hash = '';
  url.search = '';
  return { ok: true, url: url.toString().replace(/\/+$/, '') };
}

/** Fields every save changes: never a conflict, the later one is kept. */
const ALWAYS_LATER = new Set(['updatedAt']);

export type FieldPath = readonly string[];

export interface FieldConflict {
  path: FieldPath;
  /** The value on this device, and the value of the other revision. */
  mine: unknown;
  theirs: unknown;
}

export interface MergeResult {
  /** Every change of both sides; where both changed one field, this device's value. */
  merged: Record<string, unknown>;
  conflicts: FieldConflict[];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Key order does not matter: `{a, b}` and `{b, a}` are the same value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Merges two revisions of one record field by field against their common ancestor. Objects are
 * merged key by key; anything else (text, a number, a table's rows) is one field. A field changed
 * on one side only takes that change; changed on both sides to different values, it is a conflict.
 * Without an ancestor every differing field is a conflict.
 */
export function mergeRecords(
  base: Record<string, unknown> | undefined,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
): MergeResult {
  const conflicts: FieldConflict[] = [];
  const walk = (b: unknown, m: unknown, t: unknown, path: string[]): unknown => {
    if (same(m, t)) return m;
    if (base !== undefined && same(b, m)) return t;
    if (base !== undefined && same(b, t)) return m;
    if (isPlainObject(m) && isPlainObject(t)) {
      const bo = isPlainObject(b) ? b : undefined;
      const out: Record<string, unknown> = {};
      for (const key of new Set([...Object.keys(m), ...Object.keys(t)])) {
        const value =
          path.length === 0 && ALWAYS_LATER.has(key)
            ? [m[key], t[key]].map(String).sort().at(-1)
            : walk(bo?.[key], m[key], t[key], [...path, key]);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    conflicts.push({ path, mine: m, theirs: t });
    return m;
  };
  const merged = walk(base, mine, theirs, []);
  return { merged: isPlainObject(merged) ? merged : mine, conflicts };
}

/** Sets one field (a path from mergeRecords) in a copy of the record. */
export function withField(
  record: Record<string, unknown>,
  path: FieldPath,
  value: unknown,
): Record<string, unknown> {
  if (path.length === 0) return isPlainObject(value) ? structuredClone(value) : record;
  const copy = structuredClone(record);
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    if (!isPlainObject(next)) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  const last = path.at(-1) as string;
  if (value === undefined) delete at[last];
  else at[last] = structuredClone(value);
  return copy;
}

/** A short fingerprint of a record's content (53-bit, cyrb53): equal content, equal fingerprint. */
export function contentHash(value: unknown): string {
  const text = canonicalJson(value);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A deleted assessment that came back: changed on another device after it was deleted here. */
export interface RestoredDoc {
  assessmentId: string;
  title: string;
}
