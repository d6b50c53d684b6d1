/** Shared fixtures for the KB tests: a small bundled pack and a store on a fresh database. */
import { bundledPack } from '../bundled';
import { canonicalEntry, hashString, stableStringify } from '../canonical';
import { openKbDb, type KbDb, type UserRow } from '../db';
import { PACK_FORMAT, PACK_VERSION, type Entry, type Pack } from '../pack';
import { KbStore, type KbStoreOptions } from '../store';
import type { ImportProgress } from '../../messaging/protocol';

let counter = 0;
/** A database name no other test uses (fake-indexeddb is one global factory). */
export function freshName(): string {
  return `kb-test-${++counter}-${Math.random().toString(36).slice(2)}`;
}

export function entry(id: string, ar: string, extra: Partial<Entry> = {}): Entry {
  return canonicalEntry({ id, type: 'person', label: { ar, en: id }, ...extra });
}

export const B1 = entry('b:one', 'أحمد الأول', { aliases: ['أحمد'], summary: { ar: 'ملخص', en: 'Summary' } });
export const B2 = entry('b:two', 'دمشق', { type: 'place' });
export const B3 = entry('b:three', 'الأمم المتحدة', { type: 'organization', links: [{ url: 'https://un.org', label: 'UN' }] });

export function pack(entries: Entry[], extra: Partial<Pack> = {}): Pack {
  return { format: PACK_FORMAT, version: PACK_VERSION, entries, ...extra };
}

export function revisionOf(p: Pack): string {
  return hashString(stableStringify(p.entries));
}

export interface Harness {
  store: KbStore;
  name: string;
  changes: number[];
  progress: ImportProgress[];
  /** A second connection for looking at what is on disk. */
  peek: () => Promise<KbDb>;
}

/** A store over `bundled` (default: B1..B3) on database `name` (default: a fresh one). */
export async function makeStore(o: { name?: string; bundled?: Pack; open?: KbStoreOptions['open']; now?: () => Date } = {}): Promise<Harness> {
  const name = o.name ?? freshName();
  const bundled = o.bundled ?? pack([B1, B2, B3]);
  const changes: number[] = [];
  const progress: ImportProgress[] = [];
  const store = new KbStore({
    bundled,
    revision: revisionOf(bundled),
    open: o.open ?? (() => openKbDb(name)),
    onChange: (rev) => changes.push(rev),
    onProgress: (p) => progress.push(p),
    ...(o.now ? { now: o.now } : {}),
  });
  await store.ready;
  return { store, name, changes, progress, peek: () => openKbDb(name) };
}

export { bundledPack };

/** Ids of the user rows on disk, sorted, read through the chunks. */
export async function storedUserIds(db: KbDb): Promise<string[]> {
  return (await db.getAll('userChunks')).flatMap((c) => c.ids).sort();
}

/** One user row on disk, found through the chunks' unique `id` index. */
export async function storedUserRow(db: KbDb, id: string): Promise<UserRow | undefined> {
  return (await db.getFromIndex('userChunks', 'id', id))?.rows.find((r) => r.id === id);
}
