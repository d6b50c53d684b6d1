/**
 * The extension's IndexedDB (opened in the background only). Versions:
 *  v1  stores `bundled` {id, type, entry}, `user` {id, type, entry, baseHash?, at}, `hidden` {id, at}, `meta`;
 *      index `type` on bundled and user.
 *  v2  rows of bundled and user gain `keys` (normalised full names) with a multiEntry index `name`;
 *      existing rows are re-keyed in the upgrade transaction.
 *  v3  the user layer moves to `userChunks`, up to CHUNK_SIZE rows a record (lib/kb/chunks.ts), with
 *      multiEntry indexes `id` (unique), `type` and `name`; `user` is emptied into it and dropped in the
 *      same upgrade transaction, so a failure leaves v2 as it was.
 * Upgrades never delete user data; an unreadable database leaves the store running from memory.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { EntityType, Entry } from './pack';
import { nameKeys } from './names';
import { chunksOf, type UserChunk } from './chunks';

export const DB_NAME = 'hamish-kb';
export const DB_VERSION = 3;

export interface BundledRow {
  id: string;
  type: EntityType;
  entry: Entry;
  keys: string[];
}

export interface UserRow {
  id: string;
  type: EntityType;
  entry: Entry;
  /** For an edit of a bundled entry: hash of the bundled entry the edit was made against. */
  baseHash?: string;
  keys: string[];
  /** ISO time of the last write. */
  at: string;
}

export interface HiddenRow {
  id: string;
  at: string;
}

export interface MetaValues {
  /** Revision of the bundled layer now in the `bundled` store. */
  bundledRevision: string;
  /** Change counter that pages see (persisted so a restarted background does not reuse numbers). */
  rev: number;
}

export interface KbDB extends DBSchema {
  bundled: { key: string; value: BundledRow; indexes: { type: string; name: string } };
  userChunks: { key: number; value: UserChunk; indexes: { id: string; type: string; name: string } };
  hidden: { key: string; value: HiddenRow };
  meta: { key: keyof MetaValues; value: MetaValues[keyof MetaValues] };
}

export type KbDb = IDBPDatabase<KbDB>;

/** Every store any version had: the upgrade steps see them all. */
interface LadderDB extends KbDB {
  /** v1–v2: one row per user entry. */
  user: { key: string; value: UserRow; indexes: { type: string; name: string } };
}
type LadderDb = IDBPDatabase<LadderDB>;
type UpgradeTx = IDBPTransaction<LadderDB, StoreNames<LadderDB>[], 'versionchange'>;

function v1(db: LadderDb): void {
  db.createObjectStore('bundled', { keyPath: 'id' }).createIndex('type', 'type');
  db.createObjectStore('user', { keyPath: 'id' }).createIndex('type', 'type');
  db.createObjectStore('hidden', { keyPath: 'id' });
  db.createObjectStore('meta');
}

async function v2(tx: UpgradeTx): Promise<void> {
  for (const name of ['bundled', 'user'] as const) {
    const store = tx.objectStore(name);
    store.createIndex('name', 'keys', { multiEntry: true });
    // Re-key the rows written by v1 inside the upgrade transaction (no unrelated awaits in between).
    for (let cur = await store.openCursor(); cur; cur = await cur.continue()) {
      await cur.update({ ...cur.value, keys: nameKeys(cur.value.entry) });
    }
  }
}

async function v3(db: LadderDb, tx: UpgradeTx): Promise<void> {
  const chunks = db.createObjectStore('userChunks', { keyPath: 'chunk' });
  chunks.createIndex('id', 'ids', { multiEntry: true, unique: true });
  chunks.createIndex('type', 'types', { multiEntry: true });
  chunks.createIndex('name', 'keys', { multiEntry: true });
  const rows = await tx.objectStore('user').getAll();
  // Id order, as v2 returned them; a failing put aborts the upgrade and leaves v2 untouched.
  await Promise.all(chunksOf(rows).map((c) => chunks.put(c)));
  db.deleteObjectStore('user');
}

/** Opens (creating or upgrading) the KB database. `version` below DB_VERSION is for upgrade tests only. */
export function openKbDb(name = DB_NAME, version = DB_VERSION): Promise<KbDb> {
  return openDB<KbDB>(name, version, {
    async upgrade(current, oldVersion, newVersion, upgradeTx) {
      const db = current as unknown as LadderDb;
      const tx = upgradeTx as unknown as UpgradeTx;
      const target = newVersion ?? version;
      if (oldVersion < 1) v1(db);
      if (oldVersion < 2 && target >= 2) await v2(tx);
      if (oldVersion < 3 && target >= 3) await v3(db, tx);
    },
    blocked() {
      console.warn('hamish: KB database upgrade waits for another open connection');
    },
  });
}
