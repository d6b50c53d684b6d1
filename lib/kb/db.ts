/**
 * The extension's IndexedDB (opened in the background only). Versions:
 *  v1  stores `bundled` {id, type, entry}, `user` {id, type, entry, baseHash?, at}, `hidden` {id, at}, `meta`;
 *      index `type` on bundled and user.
 *  v2  rows of bundled and user gain `keys` (normalised full names) with a multiEntry index `name`;
 *      existing rows are re-keyed in the upgrade transaction.
 * Upgrades never delete user data; an unreadable database leaves the store running from memory.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { EntityType, Entry } from './pack';
import { nameKeys } from './names';

export const DB_NAME = 'hamish-kb';
export const DB_VERSION = 2;

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
  user: { key: string; value: UserRow; indexes: { type: string; name: string } };
  hidden: { key: string; value: HiddenRow };
  meta: { key: keyof MetaValues; value: MetaValues[keyof MetaValues] };
}

export type KbDb = IDBPDatabase<KbDB>;
type UpgradeTx = IDBPTransaction<KbDB, StoreNames<KbDB>[], 'versionchange'>;

function v1(db: KbDb): void {
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

/** Opens (creating or upgrading) the KB database. `version` below DB_VERSION is for upgrade tests only. */
export function openKbDb(name = DB_NAME, version = DB_VERSION): Promise<KbDb> {
  return openDB<KbDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      const target = newVersion ?? version;
      if (oldVersion < 1) v1(db);
      if (oldVersion < 2 && target >= 2) await v2(tx);
    },
    blocked() {
      console.warn('hamish: KB database upgrade waits for another open connection');
    },
  });
}
