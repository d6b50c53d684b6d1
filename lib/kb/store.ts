/**
 * The knowledge-base store (background only): the two layers in IndexedDB and in memory, the merge,
 * the compiled matcher, and every read and write the message protocol offers. Writes are serialised,
 * each is one transaction, and memory changes only after the transaction commits. When IndexedDB cannot
 * be opened the store keeps serving the bundled layer from memory and refuses writes; it never deletes
 * a database to recover.
 */
import { z } from 'zod';
// compileSerialized is compileMatcher(...).serialize() without building a live matcher the background never scans with.
import { compileSerialized } from '../match/compile';
import type { SerializedMatcher } from '../match';
import type { EntryView, ImportPreview, ImportProgress, KbStatus, SearchResult, searchParams } from '../messaging/protocol';
import { normalizeKey } from '../arabic/normalize';
import { canonicalEntry, contentKey, entryHash } from './canonical';
import { unwrap } from 'idb';
import { ChunkMap } from './chunks';
import type { KbDb, UserRow } from './db';
import { exportText, type ExportScope } from './export';
import { mergeLayers, viewOf, type Layers } from './merge';
import { nameKeys } from './names';
import { entrySchema, type Entry, type Pack } from './pack';
import { parseImport, type ImportFormat } from './parse';
import { planImport } from './preview';

/** A failure the UI can show: `message` is a locale key (locales/<lang>/store.json). */
export class KbError extends Error {
  /** @param cause the DOMException name behind it, when there is one (e.g. 'QuotaExceededError'). */
  constructor(
    code: string,
    readonly causeName?: string,
  ) {
    super(code);
    this.name = 'KbError';
  }
}

export interface KbStoreOptions {
  bundled: Pack;
  revision: string;
  /** Opens the database (lib/kb/db.ts `openKbDb`); a rejection leaves the store in memory-only mode. */
  open: () => Promise<KbDb>;
  /** Called after every change pages can see, with the new rev (the background broadcasts it to tabs). */
  onChange?: (rev: number) => void;
  onProgress?: (p: ImportProgress) => void;
  now?: () => Date;
}

/** Chunk records queued at once during a write (progress is reported between batches). */
const WRITE_BATCH = 10;

/** Settles when a raw request succeeds or fails (a failure also aborts its transaction). */
function requestDone(req: IDBRequest): Promise<void> {
  return new Promise((ok, fail) => {
    req.addEventListener('success', () => ok(), { once: true });
    req.addEventListener('error', () => fail(req.error), { once: true });
  });
}

const viewSchema = z
  .object({
    entry: entrySchema,
    source: z.enum(['bundled', 'user', 'edited', 'hidden']),
    bundled: entrySchema.optional(),
    bundledChanged: z.boolean().optional(),
  })
  .strict();

/** One write to the user layer, applied in one transaction. */
interface Change {
  put?: readonly UserRow[];
  /** Ids whose user row goes. */
  drop?: readonly string[];
  hide?: readonly string[];
  unhide?: readonly string[];
}

function errorName(e: unknown): string {
  if (e instanceof KbError) return e.causeName ?? e.message;
  return e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : 'Error';
}

function toKbError(e: unknown): KbError {
  if (e instanceof KbError) return e;
  const name = errorName(e);
  return new KbError(name === 'QuotaExceededError' ? 'store_error_quota' : 'store_error_write', name);
}

function matchFields(e: Entry) {
  const { id, type, label, aliases, shortAliases, number } = e;
  return { id, type, label, aliases, shortAliases, number };
}

export class KbStore {
  private db: KbDb | null = null;
  private idbError: string | undefined;
  private readonly layers: Layers;
  private readonly bundledKeys = new Map<string, string[]>();
  private readonly chunks = new ChunkMap();
  private views = new Map<string, EntryView>();
  private nameIndex = new Map<string, string[]>();
  private serialized: SerializedMatcher | null = null;
  private lastGood: SerializedMatcher | null = null;
  private rev = 0;
  private queue: Promise<unknown> = Promise.resolve();
  /** Resolves once the store can answer (from IndexedDB, or from memory when that failed). */
  readonly ready: Promise<void>;

  constructor(private readonly opts: KbStoreOptions) {
    const bundled = new Map<string, Entry>();
    const bundledHash = new Map<string, string>();
    for (const e of opts.bundled.entries) {
      bundled.set(e.id, e);
      bundledHash.set(e.id, entryHash(e));
      this.bundledKeys.set(e.id, nameKeys(e));
    }
    this.layers = { bundled, bundledHash, user: new Map(), hidden: new Set() };
    this.ready = this.init();
  }

  private now(): string {
    return (this.opts.now?.() ?? new Date()).toISOString();
  }

  private async init(): Promise<void> {
    try {
      const db = await this.opts.open();
      db.addEventListener('close', () => {
        // The browser closed the connection (storage cleared, disk error): serve from memory from now on.
        this.db = null;
        this.idbError = 'closed';
      });
      this.rev = ((await db.get('meta', 'rev')) as number | undefined) ?? 0;
      if ((await db.get('meta', 'bundledRevision')) !== this.opts.revision) {
        try {
          await this.seedBundled(db);
        } catch (e) {
          // Pages use the bundled layer from memory anyway; the stored copy is retried on the next start.
          // The user layer is still readable and writable, so keep the database.
          this.idbError = errorName(e);
          console.warn('hamish: could not store the new bundled layer:', this.idbError);
        }
      }
      const [chunks, hidden] = await Promise.all([db.getAll('userChunks'), db.getAll('hidden')]);
      for (const c of chunks) for (const row of c.rows) this.layers.user.set(row.id, row);
      this.chunks.load(chunks);
      for (const row of hidden) this.layers.hidden.add(row.id);
      this.db = db;
    } catch (e) {
      this.db = null;
      this.idbError = errorName(e);
      this.layers.user.clear();
      this.layers.hidden.clear();
      console.warn('hamish: knowledge-base storage unavailable, running from the bundled layer:', this.idbError);
    }
    this.rebuild();
  }

  /** Replaces the bundled layer in one transaction; the user layer is not touched. */
  private async seedBundled(db: KbDb): Promise<void> {
    const tx = db.transaction(['bundled', 'meta'], 'readwrite');
    const ops: Array<Promise<unknown>> = [];
    try {
      const bundled = tx.objectStore('bundled');
      ops.push(bundled.clear());
      for (const e of this.opts.bundled.entries) ops.push(bundled.put({ id: e.id, type: e.type, entry: e, keys: this.bundledKeys.get(e.id)! }));
      ops.push(tx.objectStore('meta').put(this.opts.revision, 'bundledRevision'));
      ops.push(tx.objectStore('meta').put(this.rev + 1, 'rev'));
    } catch (e) {
      // A request that throws as it is made (quota, clone error) must abort the lot, not commit a half.
      ops.push(Promise.reject(e));
    }
    await this.finish(tx, ops);
    this.rev++;
  }

  /** Awaits every request and the commit; on any failure aborts, so nothing of the transaction lands. */
  private async finish(tx: { abort(): void; done: Promise<void> }, ops: Array<Promise<unknown>>): Promise<void> {
    try {
      await Promise.all([...ops, tx.done]);
    } catch (e) {
      for (const op of ops) op.catch(() => undefined);
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      await tx.done.catch(() => undefined);
      throw toKbError(e);
    }
  }

  /** Recomputes the merge and the name index; `ids` limits the work to the entries a write touched. */
  private rebuild(ids?: readonly string[]): void {
    if (!ids) {
      this.views = mergeLayers(this.layers);
      this.nameIndex = new Map();
      for (const [id, v] of this.views) if (v.source !== 'hidden') this.claim(id);
    } else {
      for (const id of ids) {
        this.unclaim(id);
        const v = viewOf(this.layers, id);
        if (v) this.views.set(id, v);
        else this.views.delete(id);
        if (v && v.source !== 'hidden') this.claim(id);
      }
    }
    // Compiled on the next matcher.get: a burst of writes compiles once.
    this.serialized = null;
  }

  private claim(id: string): void {
    for (const k of this.keysOf(id)) {
      const ids = this.nameIndex.get(k);
      if (!ids) this.nameIndex.set(k, [id]);
      else if (!ids.includes(id)) ids.push(id);
    }
  }

  private unclaim(id: string): void {
    // The keys an id had are not known after the write, so look through the index entries it might be in.
    const old = this.views.get(id);
    if (!old) return;
    for (const k of nameKeys(old.entry)) {
      const ids = this.nameIndex.get(k);
      if (!ids) continue;
      const rest = ids.filter((x) => x !== id);
      if (rest.length) this.nameIndex.set(k, rest);
      else this.nameIndex.delete(k);
    }
  }

  private compiled(): SerializedMatcher | null {
    if (!this.serialized) {
      const visible: Entry[] = [];
      for (const v of this.views.values()) if (v.source !== 'hidden') visible.push(v.entry);
      // Id order, whatever order writes patched the views in: entry order breaks ranking ties.
      visible.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      try {
        this.serialized = compileSerialized(visible.map(matchFields));
        this.lastGood = this.serialized;
      } catch (e) {
        // Keep serving the last good matcher; never log entry content.
        console.error('hamish: matcher compile failed:', errorName(e));
        return this.lastGood;
      }
    }
    return this.serialized;
  }

  private keysOf(id: string): readonly string[] {
    return this.layers.user.get(id)?.keys ?? this.bundledKeys.get(id) ?? [];
  }

  /** Runs writes one after another: two pages writing at once both land, in order. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => this.ready).then(fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private requireDb(): KbDb {
    if (!this.db) throw new KbError('store_error_no_idb');
    return this.db;
  }

  /**
   * One write: the user rows' chunks, the hidden ids and the rev, in one transaction; memory is updated
   * only after the commit. `progress` hears how many rows are written, between batches of chunks.
   */
  private async write(change: Change, progress?: (done: number, total: number) => void): Promise<void> {
    const db = this.requireDb();
    const next = this.rev + 1;
    const put = change.put ?? [];
    const plan = this.chunks.plan(put, change.drop ?? [], (id) => this.layers.user.get(id));
    const tx = db.transaction(['userChunks', 'hidden', 'meta'], 'readwrite');
    const ops: Array<Promise<unknown>> = [];
    try {
      // The raw store: idb would wrap every request in a promise of its own.
      const chunks = unwrap(tx.objectStore('userChunks'));
      for (const c of plan.deletes) ops.push(requestDone(chunks.delete(c)));
      // Batches of puts queued at once (the backend pipelines them); a batch's last request completes
      // after the others (IndexedDB runs a transaction's requests in order), and the next batch is
      // queued from its success, which keeps the transaction active.
      const puts = plan.puts;
      ops.push(
        (async () => {
          let rows = 0;
          for (let i = 0; i < puts.length; ) {
            let last: IDBRequest | null = null;
            for (const stop = Math.min(puts.length, i + WRITE_BATCH); i < stop; i++) {
              last = chunks.put(puts[i]!);
              rows += puts[i]!.rows.length;
            }
            await requestDone(last!);
            // The last batch is followed by the caller's 'done'.
            if (i < puts.length) progress?.(Math.min(rows, put.length), put.length);
          }
        })(),
      );
      const hidden = tx.objectStore('hidden');
      const at = this.now();
      for (const id of change.hide ?? []) ops.push(hidden.put({ id, at }));
      for (const id of change.unhide ?? []) ops.push(hidden.delete(id));
      ops.push(tx.objectStore('meta').put(next, 'rev'));
    } catch (e) {
      // A request that throws as it is made (quota, clone error) must abort the lot, not commit a half.
      ops.push(Promise.reject(e));
    }
    await this.finish(tx, ops);
    this.rev = next;
    plan.apply();
    for (const row of put) this.layers.user.set(row.id, row);
    for (const id of change.drop ?? []) this.layers.user.delete(id);
    for (const id of change.hide ?? []) this.layers.hidden.add(id);
    for (const id of change.unhide ?? []) this.layers.hidden.delete(id);
    const ids = [...put.map((r) => r.id), ...(change.drop ?? []), ...(change.hide ?? []), ...(change.unhide ?? [])];
    // Past a few thousand ids a full merge is as quick as patching.
    this.rebuild(ids.length < 2000 ? ids : undefined);
    this.opts.onChange?.(this.rev);
  }

  private userRow(e: Entry, baseHash: string | undefined, keys?: string[]): UserRow {
    return { id: e.id, type: e.type, entry: e, keys: keys ?? nameKeys(e), at: this.now(), ...(baseHash !== undefined ? { baseHash } : {}) };
  }

  // ---- reads ----------------------------------------------------------------------------------

  /** Storage state and counts for the popup and options page. */
  async status(): Promise<KbStatus> {
    await this.ready;
    const counts = { total: 0, bundled: 0, user: 0, edited: 0, hidden: 0 };
    for (const v of this.views.values()) {
      counts[v.source]++;
      if (v.source !== 'hidden') counts.total++;
    }
    return { idb: this.db !== null, ...(this.idbError ? { idbError: this.idbError } : {}), bundledRevision: this.opts.revision, counts, rev: this.rev };
  }

  /** The serialised matcher, or null when the caller already has this rev. */
  async matcher(have?: number): Promise<{ rev: number; matcher: SerializedMatcher | null }> {
    await this.ready;
    return { rev: this.rev, matcher: have === this.rev ? null : this.compiled() };
  }

  /** Visible entries by id (unknown and hidden ids are left out). */
  async entries(ids: readonly string[]): Promise<Entry[]> {
    await this.ready;
    const out: Entry[] = [];
    for (const id of ids) {
      const v = this.views.get(id);
      if (v && v.source !== 'hidden') out.push(v.entry);
    }
    return out;
  }

  async view(id: string): Promise<EntryView | null> {
    await this.ready;
    return this.views.get(id) ?? null;
  }

  /** Search over ids and normalised full names, with filters, in id order. */
  async search(p: z.output<typeof searchParams>): Promise<SearchResult> {
    await this.ready;
    const q = normalizeKey(p.query);
    const qid = p.query.trim().toLowerCase();
    const hits: SearchResult['items'] = [];
    for (const [id, v] of this.views) {
      if (p.source && v.source !== p.source) continue;
      if (p.type && v.entry.type !== p.type) continue;
      if (p.tag && !v.entry.tags?.includes(p.tag)) continue;
      if (q && !id.toLowerCase().includes(qid) && !this.keysOf(id).some((k) => k.includes(q))) continue;
      hits.push({ id, type: v.entry.type, label: v.entry.label, source: v.source, ...(v.entry.tags ? { tags: v.entry.tags } : {}) });
    }
    hits.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { total: hits.length, items: hits.slice(p.offset, p.offset + p.limit) };
  }

  async tags(): Promise<string[]> {
    await this.ready;
    const tags = new Set<string>();
    for (const v of this.views.values()) for (const t of v.entry.tags ?? []) tags.add(t);
    return [...tags].sort();
  }

  /** Which visible entries (other than `except`) already claim each name, after normalisation. */
  async namesClaimed(names: readonly string[], except?: string): Promise<Array<{ name: string; id: string; label: Entry['label'] }>> {
    await this.ready;
    const out: Array<{ name: string; id: string; label: Entry['label'] }> = [];
    for (const name of names) {
      for (const id of this.nameIndex.get(normalizeKey(name)) ?? []) {
        if (id !== except) out.push({ name, id, label: this.views.get(id)!.entry.label });
      }
    }
    return out;
  }

  // ---- writes ---------------------------------------------------------------------------------

  /** Adds or edits an entry in the user layer; an edit equal to the bundled entry removes the edit. */
  put(input: Entry): Promise<void> {
    return this.exclusive(async () => {
      const prev = this.views.get(input.id);
      const now = this.now();
      const e = canonicalEntry({ ...input, created: prev?.entry.created ?? input.created ?? now, updated: now });
      const b = this.layers.bundled.get(e.id);
      if (b && contentKey(b) === contentKey(e)) return this.revertNow(e.id);
      const row = this.userRow(e, b ? this.layers.bundledHash.get(e.id) : undefined);
      await this.write({ put: [row] });
    });
  }

  /** Hides an entry (bundled or the user's) so pages stop showing it. Reversible with unhide. */
  hide(id: string): Promise<void> {
    return this.exclusive(async () => {
      if (!this.views.has(id)) throw new KbError('store_error_not_found');
      if (this.layers.hidden.has(id)) return;
      await this.write({ hide: [id] });
    });
  }

  unhide(id: string): Promise<void> {
    return this.exclusive(async () => {
      if (!this.layers.hidden.has(id)) return;
      await this.write({ unhide: [id] });
    });
  }

  /** Drops the user's edit of a bundled entry. */
  revert(id: string): Promise<void> {
    return this.exclusive(() => this.revertNow(id));
  }

  private async revertNow(id: string): Promise<void> {
    if (!this.layers.bundled.has(id)) throw new KbError(this.views.has(id) ? 'store_error_not_bundled' : 'store_error_not_found');
    if (!this.layers.user.has(id)) return;
    await this.write({ drop: [id] });
  }

  /**
   * Deletes an entry: the user's own entry goes; a bundled one (edited or not) loses the edit and is
   * hidden, since the bundled layer is read-only. Returns the view before, for undo via restore.
   */
  delete(id: string): Promise<EntryView> {
    return this.exclusive(async () => {
      const before = this.views.get(id);
      if (!before) throw new KbError('store_error_not_found');
      const bundled = this.layers.bundled.has(id);
      await this.write(bundled ? { drop: [id], hide: [id] } : { drop: [id], unhide: [id] });
      return before;
    });
  }

  /** Puts back what `delete` returned. */
  restore(raw: unknown): Promise<void> {
    return this.exclusive(async () => {
      const parsed = viewSchema.safeParse(raw);
      if (!parsed.success) throw new KbError('store_error_bad_undo');
      const view = parsed.data;
      const e = canonicalEntry(view.entry);
      const b = this.layers.bundled.get(e.id);
      const needsRow = !b || contentKey(b) !== contentKey(e);
      // A restored edit that was flagged stays flagged: its base is not the current bundled entry.
      const row = needsRow ? this.userRow(e, b ? (view.bundledChanged ? 'restored' : this.layers.bundledHash.get(e.id)) : undefined) : null;
      const hidden = view.source === 'hidden';
      await this.write({ ...(row ? { put: [row] } : { drop: [e.id] }), ...(hidden ? { hide: [e.id] } : { unhide: [e.id] }) });
    });
  }

  // ---- import / export ------------------------------------------------------------------------

  /** What importing this file would do; writes nothing. */
  async preview(text: string, format: ImportFormat): Promise<ImportPreview> {
    await this.ready;
    const parsed = await parseImport(text, format);
    return planImport(parsed, this.views, (id) => this.keysOf(id)).preview;
  }

  /**
   * Imports a file into the user layer: all of it in one transaction, or nothing when the file has any
   * problem or the write fails. Progress goes to `onProgress` (tagged with `job`).
   */
  commit(text: string, format: ImportFormat, job?: string): Promise<{ ok: boolean; preview: ImportPreview; written: number }> {
    const progress = (phase: ImportProgress['phase'], done: number, total: number) =>
      this.opts.onProgress?.({ op: 'import', ...(job !== undefined ? { job } : {}), phase, done, total });
    return this.exclusive(async () => {
      progress('parse', 0, 0);
      const parsed = await parseImport(text, format, (done, total) => progress('validate', done, total));
      const plan = planImport(parsed, this.views, (id) => this.keysOf(id));
      if (!plan.preview.ok || (plan.write.length === 0 && plan.hide.length === 0)) {
        progress('done', 0, 0);
        return { ok: plan.preview.ok, preview: plan.preview, written: 0 };
      }
      this.requireDb();
      const rows = plan.write.map((e) => this.userRow(e, this.layers.bundled.has(e.id) ? this.layers.bundledHash.get(e.id) : undefined, plan.keys.get(e.id)));
      const total = rows.length;
      progress('write', 0, total);
      await this.write({ put: rows, hide: plan.hide }, (done) => progress('write', done, total));
      progress('done', total, total);
      // Compile right after answering rather than inside the import: the tabs told of the change ask next.
      setTimeout(() => void this.compiled(), 0);
      return { ok: true, preview: plan.preview, written: total + plan.hide.length };
    });
  }

  /** The user layer (own entries, edits, hidden ids) or every visible entry, as a pack or CSV. */
  async export(scope: ExportScope, format: ImportFormat): Promise<{ text: string; count: number }> {
    await this.ready;
    let entries: Entry[];
    let hidden: string[] | undefined;
    if (scope === 'user') {
      entries = [...this.layers.user.values()].map((r) => r.entry);
      hidden = [...this.layers.hidden];
    } else {
      entries = [...this.views.values()].filter((v) => v.source !== 'hidden').map((v) => v.entry);
    }
    return { text: exportText(entries, format, scope, hidden), count: entries.length };
  }
}
