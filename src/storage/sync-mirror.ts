import PouchDB from 'pouchdb-browser';
import { z } from 'zod';
import type { Assessment } from '@/domain/assessment';
import { parseStored } from '@/domain/migrations';
import { ReviewSchema, type Review } from '@/domain/review';
import { summarize } from '@/domain/summary';
import {
  contentHash,
  parseSyncDocId,
  syncDocId,
  type RestoredDoc,
  type SyncKind,
} from '@/domain/sync';
import { moveToTrash } from './backup';
import { getDb } from './db';
import { forgetJournal } from './write-ahead-journal';

/**
 * The sync mirror (docs/decisions/0010): a PouchDB database next to Dexie that holds every
 * assessment, exported version and review as a CouchDB document and replicates with the team
 * server. Dexie stays the source of truth; this file moves records between the two and never
 * writes a document to Dexie that fails migrate() and the schema.
 */
export const MIRROR_DB_NAME = 'equity-decision-tool-sync';
const STATE_ID = '_local/dexie-state';
const KEPT_PREFIX = '_local/kept:';
/** The fingerprint agreed for a document deleted on the server (a CouchDB tombstone). */
const DELETED = 'deleted';

export interface SyncBody {
  kind: SyncKind;
  record: unknown;
}
export type SyncDoc = PouchDB.Core.ExistingDocument<SyncBody> & {
  _conflicts?: string[];
  _deleted?: boolean;
  _revisions?: { start: number; ids: string[] };
};

/** What Dexie held for a document when it last agreed with the mirror. */
interface DocState {
  rev: string;
  hash: string;
}
interface MirrorState {
  docs: Record<string, DocState>;
  seq: number | string;
  /** Ids of the local copies kept after conflicts. */
  kept: string[];
  /** Deleted here, back from another device's change: said until the person dismisses it. */
  restored?: RestoredDoc[];
}

export type Incoming =
  /**
   * `restored`: an assessment deleted here came back, changed on another device since;
   * `trashed`: deleted on another device, moved to this device's trash.
   */
  | { kind: 'written'; assessmentIds: string[]; restored?: RestoredDoc; trashed?: boolean }
  | { kind: 'same' }
  | { kind: 'rejected'; error: string }
  /** Dexie changed since it last agreed with the mirror: the local change becomes a revision. */
  | { kind: 'changedHere' };

const VersionRowSchema = z.object({
  id: z.string().uuid(),
  version: z.number().int().min(1),
  exportedAt: z.string().datetime(),
  contentFingerprint: z.string().min(1).max(200),
  record: z.unknown(),
});

export class NotWrittenError extends Error {}

/** A record to send, or (`record` undefined) an assessment deleted here. */
interface LocalItem {
  docId: string;
  kind: SyncKind;
  record: unknown;
  stamp?: { id: string; at: string };
}

const same: Incoming = { kind: 'same' };

/** A record of a kind that can be in conflict, read through migrate() and its schema. */
export type SettledRecord =
  { kind: 'assessment'; assessment: Assessment } | { kind: 'review'; review: Review };

export type ParsedSync =
  | { ok: true; settled: SettledRecord; record: Record<string, unknown>; title: string }
  | { ok: false; error: string };

/** Reads one side of a conflict: an assessment or a review (versions never change). */
export function parseSyncRecord(kind: SyncKind, raw: unknown): ParsedSync {
  if (kind === 'assessment') {
    const parsed = parseStored(raw);
    return parsed.ok
      ? {
          ok: true,
          settled: { kind, assessment: parsed.assessment },
          record: parsed.assessment,
          title: parsed.assessment.meta.title,
        }
      : parsed;
  }
  if (kind === 'review') {
    const parsed = ReviewSchema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return { ok: false, error: first ? `${first.path.join('.')}: ${first.message}` : '' };
    }
    return {
      ok: true,
      settled: { kind, review: parsed.data },
      record: parsed.data,
      title: parsed.data.readableId,
    };
  }
  return { ok: false, error: 'versionChanged' };
}

function isConflictError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && Reflect.get(e, 'status') === 409;
}

function randomRevId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/** Every revision in a document's history, newest first (`3-abc`, `2-def`…). */
function revHistory(revisions: { start: number; ids: string[] } | undefined): string[] {
  return revisions ? revisions.ids.map((id, i) => `${revisions.start - i}-${id}`) : [];
}

export class SyncMirror {
  private state: MirrorState = { docs: {}, seq: 0, kept: [] };
  private stateRev: string | undefined;

  private constructor(readonly local: PouchDB.Database<SyncBody>) {}

  static async open(name = MIRROR_DB_NAME): Promise<SyncMirror> {
    const mirror = new SyncMirror(new PouchDB<SyncBody>(name, { auto_compaction: false }));
    try {
      const doc = (await mirror.local.get(STATE_ID)) as unknown as MirrorState & { _rev: string };
      mirror.state = {
        docs: doc.docs,
        seq: doc.seq,
        kept: doc.kept ?? [],
        restored: doc.restored ?? [],
      };
      mirror.stateRev = doc._rev;
    } catch {
      // First start: nothing agreed yet.
    }
    return mirror;
  }

  get seq(): number | string {
    return this.state.seq;
  }

  setSeq(seq: number | string): void {
    this.state.seq = seq;
  }

  get restored(): RestoredDoc[] {
    return this.state.restored ?? [];
  }

  set restored(list: RestoredDoc[]) {
    this.state.restored = list;
  }

  stateOf(docId: string): DocState | undefined {
    return this.state.docs[docId];
  }

  async saveState(): Promise<void> {
    const res = await this.local.put({
      _id: STATE_ID,
      ...(this.stateRev ? { _rev: this.stateRev } : {}),
      ...this.state,
    } as unknown as PouchDB.Core.PutDocument<SyncBody>);
    this.stateRev = res.rev;
  }

  async close(): Promise<void> {
    await this.saveState().catch(() => undefined);
    await this.local.close();
  }

  // ------------------------------------------------------------------------------------------
  // Outgoing: Dexie → mirror

  /** The `updatedAt` of each assessment last looked at here: unchanged ones are not read again. */
  private readonly seenStamps = new Map<string, string>();

  /**
   * The records that may have changed since the last look: assessments whose `updatedAt` moved
   * (read from the index, not the records), versions not sent yet, and every review (few).
   */
  private async localItems(): Promise<LocalItem[]> {
    const db = getDb();
    return db.transaction('r', [db.assessments, db.versions, db.reviews, db.trash], async () => {
      const byStamp = db.assessments.orderBy('updatedAt');
      const [stamps, ids, versionKeys, reviews, trashed] = await Promise.all([
        byStamp.keys(),
        byStamp.primaryKeys(),
        db.versions.toCollection().primaryKeys(),
        db.reviews.toArray(),
        db.trash.toCollection().primaryKeys(),
      ]);
      const changed = ids.filter((id, i) => this.seenStamps.get(id) !== String(stamps[i]));
      const newVersions = versionKeys.filter(
        ([id, version]) => !this.state.docs[syncDocId({ kind: 'version', id, version })],
      );
      const [assessments, versions] = await Promise.all([
        db.assessments.bulkGet(changed),
        db.versions.bulkGet(newVersions),
      ]);
      // Deleted here (in the trash) since the server last had it: the deletion is sent.
      const deleted = trashed
        .map((id) => syncDocId({ kind: 'assessment', id }))
        .filter((docId) => {
          const known = this.state.docs[docId];
          return known !== undefined && known.hash !== DELETED;
        });
      return [
        ...deleted.map((docId) => ({ docId, kind: 'assessment' as const, record: undefined })),
        ...assessments
          .filter((r) => r !== undefined)
          .map((r) => ({
            docId: syncDocId({ kind: 'assessment', id: r.id }),
            kind: 'assessment' as const,
            record: r,
            stamp: { id: r.id, at: String(r.updatedAt) },
          })),
        ...versions
          .filter((r) => r !== undefined)
          .map((r) => ({
            docId: syncDocId({ kind: 'version', id: r.id, version: r.version }),
            kind: 'version' as const,
            record: r,
          })),
        ...reviews.map((r) => ({
          docId: syncDocId({ kind: 'review', id: r.id }),
          kind: 'review' as const,
          record: r,
        })),
      ];
    });
  }

  /**
   * Writes every record that changed on this device since it last agreed with the mirror. A
   * record whose document moved on meanwhile (a change came in) is added as a sibling revision of
   * the one it was based on: a conflict, resolved like two devices' offline edits. Returns the ids
   * of the documents written.
   */
  async pushLocal(): Promise<string[]> {
    const written: string[] = [];
    for (const item of await this.localItems()) {
      await this.pushOne(item, written);
      // Looked at and sent: not read again until its `updatedAt` moves.
      if (item.stamp) this.seenStamps.set(item.stamp.id, item.stamp.at);
    }
    return written;
  }

  private async pushOne(item: LocalItem, written: string[]): Promise<void> {
    const known = this.state.docs[item.docId];
    if (item.record === undefined) {
      if (known) await this.pushDeletion(item.docId, known, written);
      return;
    }
    const hash = contentHash(item.record);
    if (known?.hash === hash) return;
    if (item.kind === 'version' && known) return; // written once, never changed
    const body: SyncBody = { kind: item.kind, record: item.record };
    let rev: string;
    try {
      rev = (
        await this.local.put({
          _id: item.docId,
          ...(known ? { _rev: known.rev } : {}),
          ...body,
        })
      ).rev;
    } catch (e) {
      if (!isConflictError(e)) throw e;
      if (!known) {
        // The same record came from the server before this device ever sent it.
        const there = await this.local.get(item.docId);
        if (contentHash(there.record) === hash) {
          this.state.docs[item.docId] = { rev: there._rev, hash };
          return;
        }
      }
      rev = await this.addSibling(item.docId, known?.rev, body);
    }
    this.state.docs[item.docId] = { rev, hash };
    written.push(item.docId);
  }

  /**
   * A deletion goes to the server as a tombstone on top of the revision this device last agreed
   * with. If a change came in meanwhile, nothing is sent: that change is applied first (an edit
   * made on another device brings the assessment back from the trash, see applyIncoming).
   */
  private async pushDeletion(docId: string, known: DocState, written: string[]): Promise<void> {
    let rev: string;
    try {
      rev = (await this.local.remove(docId, known.rev)).rev;
    } catch (e) {
      if (isConflictError(e)) return;
      throw e;
    }
    this.state.docs[docId] = { rev, hash: DELETED };
    const key = parseSyncDocId(docId);
    // Restored from the trash later, it is read and sent again.
    if (key) this.seenStamps.delete(key.id);
    written.push(docId);
  }

  /** Adds a revision as a child of `baseRev` (or a new root): CouchDB's way of a conflict. */
  async addSibling(docId: string, baseRev: string | undefined, body: SyncBody): Promise<string> {
    let start = 0;
    let ids: string[] = [];
    if (baseRev) {
      const base = (await this.local.get(docId, { rev: baseRev, revs: true })) as SyncDoc;
      start = base._revisions?.start ?? 0;
      ids = base._revisions?.ids ?? [];
    }
    const id = randomRevId();
    const rev = `${start + 1}-${id}`;
    await this.local.bulkDocs(
      [{ _id: docId, _rev: rev, _revisions: { start: start + 1, ids: [id, ...ids] }, ...body }],
      { new_edits: false },
    );
    return rev;
  }

  // ------------------------------------------------------------------------------------------
  // Incoming: mirror → Dexie

  /**
   * Writes one replicated document to Dexie if it is valid: migrate() and the schema, an id that
   * matches the record, and nothing changed on this device since it last agreed with the mirror.
   */
  async applyIncoming(doc: SyncDoc): Promise<Incoming> {
    const known = this.state.docs[doc._id];
    if (known?.rev === doc._rev) return { kind: 'same' };
    const key = parseSyncDocId(doc._id);
    if (doc._deleted) return key?.kind === 'assessment' ? this.applyDeletion(doc, key.id) : same;
    if (!key || key.kind !== doc.kind) return { kind: 'rejected', error: 'notOurs' };
    const db = getDb();
    if (key.kind === 'assessment') {
      const parsed = parseStored(doc.record);
      if (!parsed.ok) return { kind: 'rejected', error: parsed.error };
      if (parsed.assessment.id !== key.id) return { kind: 'rejected', error: 'idMismatch' };
      const record: Assessment = parsed.assessment;
      const hash = contentHash(record);
      const outcome = await db.transaction(
        'rw',
        [db.assessments, db.summaries, db.heads, db.journal, db.trash],
        async (): Promise<Incoming> => {
          // Deleted here and changed on another device since this one last agreed with the server
          // (after the deletion, or while it was on its way): the change wins, so nobody's words
          // are lost, and the assessment comes back. A document this device never had stays out.
          const inTrash = (await db.trash.get(record.id)) !== undefined;
          if (inTrash && !known) return { kind: 'rejected', error: 'inTrash' };
          const current = await db.assessments.get(record.id);
          const currentHash = current ? contentHash(current) : undefined;
          if (currentHash === hash) return { kind: 'same' };
          if (current && currentHash !== known?.hash) return { kind: 'changedHere' };
          if (inTrash) await db.trash.delete(record.id);
          await db.assessments.put(structuredClone(record));
          await db.summaries.put(summarize(record));
          // Journal entries of this device are older than what it just agreed to.
          const head = await forgetJournal(record.id);
          await db.heads.put({ id: record.id, seq: head + 1 });
          const restored = inTrash
            ? { assessmentId: record.id, title: record.meta.title }
            : undefined;
          return { kind: 'written', assessmentIds: [record.id], restored };
        },
      );
      if (outcome.kind === 'written' || outcome.kind === 'same') {
        this.state.docs[doc._id] = { rev: doc._rev, hash };
        // What Dexie now holds is what the mirror has: no need to read it again to send it.
        this.seenStamps.set(record.id, record.updatedAt);
      }
      return outcome;
    }
    if (key.kind === 'version') {
      const row = VersionRowSchema.safeParse(doc.record);
      if (!row.success) return { kind: 'rejected', error: row.error.issues[0]?.message ?? '' };
      const parsed = parseStored(row.data.record);
      if (!parsed.ok) return { kind: 'rejected', error: parsed.error };
      if (
        row.data.id !== key.id ||
        row.data.version !== key.version ||
        parsed.assessment.id !== key.id
      ) {
        return { kind: 'rejected', error: 'idMismatch' };
      }
      const stored = { ...row.data, record: structuredClone(parsed.assessment) };
      const hash = contentHash(stored);
      const current = await db.versions.get([key.id, key.version]);
      if (current && contentHash(current) !== hash) {
        return { kind: 'rejected', error: 'versionDiffers' };
      }
      if (!current) await db.versions.put(stored);
      this.state.docs[doc._id] = { rev: doc._rev, hash };
      return current ? { kind: 'same' } : { kind: 'written', assessmentIds: [] };
    }
    const parsed = ReviewSchema.safeParse(doc.record);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return { kind: 'rejected', error: first ? `${first.path.join('.')}: ${first.message}` : '' };
    }
    if (parsed.data.id !== key.id) return { kind: 'rejected', error: 'idMismatch' };
    const review: Review = parsed.data;
    const hash = contentHash(review);
    const current = await db.reviews.get(review.id);
    const currentHash = current ? contentHash(current) : undefined;
    if (currentHash !== hash) {
      if (current && currentHash !== known?.hash) return { kind: 'changedHere' };
      await db.reviews.put(structuredClone(review));
    }
    this.state.docs[doc._id] = { rev: doc._rev, hash };
    return { kind: 'written', assessmentIds: [] };
  }

  /**
   * An assessment deleted on another device goes to this device's trash (where it can be restored
   * for 30 days), unless it changed here since this device last agreed with the server: then the
   * change is kept (the caller sends it as a revision, and it wins over the deletion).
   */
  private async applyDeletion(doc: SyncDoc, id: string): Promise<Incoming> {
    const known = this.state.docs[doc._id];
    const db = getDb();
    const tables = [db.assessments, db.summaries, db.trash, db.heads, db.journal];
    const outcome = await db.transaction('rw', tables, async (): Promise<Incoming> => {
      const current = await db.assessments.get(id);
      if (!current) return same;
      if (contentHash(current) !== known?.hash) return { kind: 'changedHere' };
      await moveToTrash(id);
      return { kind: 'written', assessmentIds: [id], trashed: true };
    });
    if (outcome.kind !== 'changedHere') {
      this.state.docs[doc._id] = { rev: doc._rev, hash: DELETED };
      this.seenStamps.delete(id);
    }
    return outcome;
  }

  /** Turns a change made here while a remote one arrived into a sibling revision (a conflict). */
  async keepLocalAsSibling(docId: string): Promise<void> {
    const key = parseSyncDocId(docId);
    if (!key) return;
    const db = getDb();
    const record =
      key.kind === 'assessment'
        ? await db.assessments.get(key.id)
        : key.kind === 'review'
          ? await db.reviews.get(key.id)
          : undefined;
    if (!record) return;
    const known = this.state.docs[docId];
    const rev = await this.addSibling(docId, known?.rev, { kind: key.kind, record });
    this.state.docs[docId] = { rev, hash: contentHash(record) };
  }

  // ------------------------------------------------------------------------------------------
  // Conflicts

  /** Ids of every document that has more than one current revision. */
  async conflictedIds(): Promise<string[]> {
    const all = await this.local.allDocs({ conflicts: true, include_docs: true });
    return all.rows
      .filter((r) => (r.doc as SyncDoc | undefined)?._conflicts?.length)
      .map((r) => r.id);
  }

  /** Two current revisions of one document and their common ancestor, when it is known. */
  async readConflict(
    docId: string,
  ): Promise<{ winner: SyncDoc; loser: SyncDoc; base: SyncDoc | undefined } | undefined> {
    const winner = (await this.local.get(docId, { conflicts: true, revs: true })) as SyncDoc;
    const loserRev = winner._conflicts?.[0];
    if (!loserRev) return undefined;
    const loser = (await this.local.get(docId, { rev: loserRev, revs: true })) as SyncDoc;
    const theirs = new Set(revHistory(loser._revisions));
    const common = revHistory(winner._revisions).find((r) => theirs.has(r));
    const base = common
      ? ((await this.local.get(docId, { rev: common }).catch(() => undefined)) as
          SyncDoc | undefined)
      : undefined;
    return { winner, loser, base };
  }

  /**
   * Ends a conflict: both revisions are first kept whole in a local copy ("kept after a
   * conflict"), then the final record goes on top of the winner and the other branch is closed.
   */
  async resolve(
    docId: string,
    winner: SyncDoc,
    loser: SyncDoc,
    final: Record<string, unknown>,
  ): Promise<string> {
    const keptId = `${KEPT_PREFIX}${docId}:${loser._rev}`;
    await this.local.put({
      _id: keptId,
      keptAt: new Date().toISOString(),
      revisions: [
        { rev: winner._rev, record: winner.record },
        { rev: loser._rev, record: loser.record },
      ],
    } as unknown as PouchDB.Core.PutDocument<SyncBody>);
    const res = await this.local.put({
      _id: docId,
      _rev: winner._rev,
      kind: winner.kind,
      record: final,
    });
    await this.local.remove(docId, loser._rev);
    this.state.docs[docId] = { rev: res.rev, hash: contentHash(final) };
    this.state.kept.push(keptId);
    await this.saveState();
    return res.rev;
  }

  /** Writes a record settled here (a merge or a user's pick) to Dexie, if Dexie has not moved on. */
  async writeSettled(settled: SettledRecord, expectedHash: string | undefined): Promise<void> {
    const db = getDb();
    if (settled.kind === 'review') {
      await db.transaction('rw', db.reviews, async () => {
        const current = await db.reviews.get(settled.review.id);
        if (current && contentHash(current) !== expectedHash) {
          throw new NotWrittenError('changed on this device meanwhile');
        }
        await db.reviews.put(structuredClone(settled.review));
      });
      return;
    }
    const record = settled.assessment;
    await db.transaction('rw', [db.assessments, db.summaries, db.heads, db.journal], async () => {
      const current = await db.assessments.get(record.id);
      if (current && contentHash(current) !== expectedHash) {
        throw new NotWrittenError('changed on this device meanwhile');
      }
      await db.assessments.put(structuredClone(record));
      await db.summaries.put(summarize(record));
      const head = await forgetJournal(record.id);
      await db.heads.put({ id: record.id, seq: head + 1 });
    });
  }

  /** Copies kept after conflicts, oldest first, for "Download kept copies". */
  async keptCopies(): Promise<unknown[]> {
    const rows = await Promise.all(
      this.state.kept.map((id) => this.local.get(id).catch(() => undefined)),
    );
    return rows.filter((r) => r !== undefined);
  }
}
