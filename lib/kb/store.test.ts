// @vitest-environment node
// The store runs in the background service worker: no DOM, so the tests run without one too.
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMatcher } from '../match';
import { openKbDb, DB_VERSION } from './db';
import type { Entry } from './pack';
import { B1, B2, B3, entry, freshName, makeStore, pack, storedUserIds, storedUserRow } from './test/fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

const searchAll = { query: '', offset: 0, limit: 500 } as const;

describe('seeding the bundled layer', () => {
  it('loads the bundled pack into an empty database in one go', async () => {
    const h = await makeStore();
    const db = await h.peek();
    expect((await db.getAll('bundled')).map((r) => r.id).sort()).toEqual(['b:one', 'b:three', 'b:two']);
    expect(await db.get('meta', 'bundledRevision')).toBeTypeOf('string');
    expect((await storedUserIds(db)).length).toBe(0);
    const status = await h.store.status();
    expect(status).toMatchObject({ idb: true, counts: { total: 3, bundled: 3, user: 0, edited: 0, hidden: 0 }, rev: 1 });
    db.close();
  });

  it('indexes rows by type and by normalised name', async () => {
    const h = await makeStore();
    const db = await h.peek();
    expect((await db.getAllFromIndex('bundled', 'type', 'place')).map((r) => r.id)).toEqual(['b:two']);
    // The index holds folded keys: hamza and diacritics do not matter.
    const { normalizeKey } = await import('../arabic/normalize');
    expect((await db.getAllFromIndex('bundled', 'name', normalizeKey('احمد'))).map((r) => r.id)).toEqual(['b:one']);
    db.close();
  });

  it('does not reload an unchanged bundled layer on the next start', async () => {
    const h = await makeStore();
    const again = await makeStore({ name: h.name });
    expect((await again.store.status()).rev).toBe(1);
  });

  it('reloads a changed bundled layer without touching the user layer', async () => {
    const h = await makeStore();
    const mine = entry('u:mine', 'سلمى');
    await h.store.put(mine);
    await h.store.hide('b:two');
    const B1v2 = { ...B1, summary: { ar: 'ملخص جديد', en: 'New summary' } };
    const next = await makeStore({ name: h.name, bundled: pack([B1v2, B2]) });
    const db = await next.peek();
    expect((await db.getAll('bundled')).map((r) => r.id).sort()).toEqual(['b:one', 'b:two']);
    expect((await next.store.entries(['b:one']))[0]!.summary?.en).toBe('New summary');
    expect((await next.store.entries(['u:mine'])).map((e) => e.id)).toEqual(['u:mine']);
    expect((await next.store.view('b:two'))?.source).toBe('hidden');
    expect((await next.store.status()).rev).toBeGreaterThan((await h.store.status()).rev);
    db.close();
  });
});

describe('a bundled reload that fails', () => {
  it('keeps the user layer readable and writable, serves the new bundled layer from memory, retries next start', async () => {
    const h = await makeStore();
    await h.store.put(entry('u:mine', 'سلمى'));
    const B1v2 = { ...B1, summary: { ar: 'جديد', en: 'New' } };
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const next = await makeStore({ name: h.name, bundled: pack([B1v2, B2, B3]) });
    put.mockRestore();
    expect(await next.store.status()).toMatchObject({ idb: true, idbError: 'QuotaExceededError', counts: { user: 1 } });
    expect((await next.store.entries(['b:one']))[0]!.summary?.en).toBe('New');
    const db = await next.peek();
    expect((await db.get('bundled', 'b:one'))?.entry.summary?.en).toBe('Summary');
    db.close();
    await next.store.put(entry('u:more', 'مزيد'));
    const third = await makeStore({ name: h.name, bundled: pack([B1v2, B2, B3]) });
    expect((await third.store.status())).toMatchObject({ idb: true, counts: { user: 2 } });
    expect((await third.store.status()).idbError).toBeUndefined();
    const db3 = await third.peek();
    expect((await db3.get('bundled', 'b:one'))?.entry.summary?.en).toBe('New');
    db3.close();
  });
});

describe('upgrades', () => {
  it('upgrades a v1 database with user edits in it, keeping every row', async () => {
    const name = freshName();
    const v1 = await openKbDb(name, 1);
    expect(v1.version).toBe(1);
    expect([...v1.objectStoreNames].sort()).toEqual(['bundled', 'hidden', 'meta', 'user']);
    const edited = { ...B1, label: { ar: 'أحمد المعدَّل', en: 'Ahmad edited' } };
    const mine = entry('u:v1', 'قديم', { aliases: ['القديم جداً'] });
    // v1 rows have no `keys`.
    const raw = v1 as unknown as { put(s: string, v: unknown, k?: string): Promise<unknown> };
    await raw.put('user', { id: edited.id, type: edited.type, entry: edited, baseHash: 'whatever', at: '2025-01-01T00:00:00.000Z' });
    await raw.put('user', { id: mine.id, type: mine.type, entry: mine, at: '2025-01-01T00:00:00.000Z' });
    await raw.put('hidden', { id: 'b:two', at: '2025-01-01T00:00:00.000Z' });
    await raw.put('meta', 7, 'rev');
    v1.close();

    const h = await makeStore({ name });
    const db = await h.peek();
    expect(db.version).toBe(DB_VERSION);
    expect(await storedUserIds(db)).toEqual(['b:one', 'u:v1']);
    expect([...db.objectStoreNames].sort()).toEqual(['bundled', 'hidden', 'meta', 'userChunks']);
    const { normalizeKey } = await import('../arabic/normalize');
    expect((await storedUserRow(db, 'u:v1'))?.keys).toEqual([normalizeKey('قديم'), normalizeKey('u:v1'), normalizeKey('القديم جداً')]);
    const byName = await db.getAllFromIndex('userChunks', 'name', normalizeKey('القديم جدا'));
    expect(byName.flatMap((c) => c.rows.filter((r) => r.keys.includes(normalizeKey('القديم جدا'))).map((r) => r.id))).toEqual(['u:v1']);
    const view = await h.store.view('b:one');
    expect(view).toMatchObject({ source: 'edited', entry: { label: { ar: 'أحمد المعدَّل' } } });
    expect((await h.store.view('b:two'))?.source).toBe('hidden');
    // The rev carries on from the stored counter, it does not restart.
    expect((await h.store.status()).rev).toBe(8);
    db.close();
  });

  it('upgrades a v2 database of 450 user rows into chunks, indexed, with every row and edit intact', async () => {
    const name = freshName();
    const v2 = await openKbDb(name, 2);
    const { nameKeys } = await import('./names');
    const rows = Array.from({ length: 450 }, (_, i) => entry(`u:${String(i).padStart(3, '0')}`, `اسم رقم ${i}`, { type: i % 2 ? 'place' : 'person' }));
    const raw = v2 as unknown as { put(s: string, v: unknown, k?: string): Promise<unknown> };
    for (const e of rows) await raw.put('user', { id: e.id, type: e.type, entry: e, keys: nameKeys(e), at: '2025-06-01T00:00:00.000Z' });
    const edit = { ...B2, aliases: ['الشام'] };
    await raw.put('user', { id: edit.id, type: edit.type, entry: edit, keys: nameKeys(edit), baseHash: 'old', at: '2025-06-01T00:00:00.000Z' });
    v2.close();

    const h = await makeStore({ name });
    const db = await h.peek();
    expect(db.version).toBe(DB_VERSION);
    expect(await storedUserIds(db)).toEqual([...rows.map((e) => e.id), 'b:two'].sort());
    // 451 rows → three chunks; the type and name indexes answer over chunks.
    expect(await db.count('userChunks')).toBe(3);
    expect((await db.getAllFromIndex('userChunks', 'type', 'place')).length).toBeGreaterThan(0);
    const { normalizeKey } = await import('../arabic/normalize');
    const hit = await db.getAllFromIndex('userChunks', 'name', normalizeKey('اسم رقم 449'));
    expect(hit.flatMap((c) => c.ids)).toContain('u:449');
    expect((await storedUserRow(db, 'u:123'))?.entry).toEqual(rows[123]);
    expect(await h.store.status()).toMatchObject({ counts: { user: 450, edited: 1 } });
    expect(await h.store.view('b:two')).toMatchObject({ source: 'edited', bundledChanged: true, entry: { aliases: ['الشام'] } });
    // Writes after the upgrade land in the chunks and survive a restart.
    await h.store.put(entry('u:new', 'جديد'));
    await h.store.delete('u:000');
    const again = await makeStore({ name });
    expect((await again.store.view('u:new'))?.source).toBe('user');
    expect(await again.store.view('u:000')).toBeNull();
    expect((await again.store.status()).counts.user).toBe(450);
    db.close();
  });

  it('leaves a database from a newer version alone and runs from memory', async () => {
    const name = freshName();
    const future = await openDB(name, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('future') });
    future.close();
    const h = await makeStore({ name });
    expect(await h.store.status()).toMatchObject({ idb: false, idbError: 'VersionError', counts: { total: 3 } });
    const check = await openDB(name);
    expect(check.version).toBe(DB_VERSION + 1);
    expect([...check.objectStoreNames]).toEqual(['future']);
    check.close();
    await deleteDB(name); // test clean-up only
  });
});

describe('hide and unhide', () => {
  it('hides an entry from pages and the matcher, and brings it back', async () => {
    const h = await makeStore();
    expect(loadMatcher((await h.store.matcher()).matcher!).scan('زار دمشق أمس').map((m) => m.ids)).toEqual([['b:two']]);
    await h.store.hide('b:two');
    expect(await h.store.entries(['b:one', 'b:two'])).toEqual([B1]);
    const m = (await h.store.matcher()).matcher!;
    expect(m.ids).not.toContain('b:two');
    expect(loadMatcher(m).scan('زار دمشق أمس')).toEqual([]);
    expect(h.changes).toEqual([2]);
    expect((await h.store.search({ ...searchAll, source: 'hidden' })).items.map((i) => i.id)).toEqual(['b:two']);
    // Persisted.
    const again = await makeStore({ name: h.name });
    expect((await again.store.view('b:two'))?.source).toBe('hidden');
    await again.store.unhide('b:two');
    expect((await again.store.entries(['b:two'])).length).toBe(1);
    const third = await makeStore({ name: h.name });
    expect((await third.store.view('b:two'))?.source).toBe('bundled');
  });

  it('does not bump rev for a no-op and refuses unknown ids', async () => {
    const h = await makeStore();
    await h.store.unhide('b:two');
    expect(h.changes).toEqual([]);
    await expect(h.store.hide('nope')).rejects.toThrow('store_error_not_found');
  });
});

describe('edits of bundled entries', () => {
  it('lets the edit win, flags it when the bundled entry changes later, and reverts', async () => {
    const h = await makeStore();
    const edit = { ...B1, aliases: ['أحمد', 'أبو أحمد'] };
    await h.store.put(edit);
    let v = await h.store.view('b:one');
    expect(v).toMatchObject({ source: 'edited', bundled: B1 });
    expect(v?.bundledChanged).toBeUndefined();
    expect(v?.entry.aliases).toEqual(['أحمد', 'أبو أحمد']);
    expect(v?.entry.updated).toBeTypeOf('string');

    // An update of the extension changes the bundled entry: the edit still wins, flagged.
    const B1v2 = { ...B1, summary: { ar: 'جديد', en: 'New' } };
    const next = await makeStore({ name: h.name, bundled: pack([B1v2, B2, B3]) });
    v = await next.store.view('b:one');
    expect(v).toMatchObject({ source: 'edited', bundledChanged: true, bundled: B1v2 });
    expect(v?.entry.aliases).toEqual(['أحمد', 'أبو أحمد']);
    expect((await next.store.entries(['b:one']))[0]!.summary?.en).toBe('Summary');

    await next.store.revert('b:one');
    expect(await next.store.view('b:one')).toEqual({ entry: B1v2, source: 'bundled' });
    const db = await next.peek();
    expect((await storedUserIds(db)).length).toBe(0);
    db.close();
  });

  it('an edit saved equal to the bundled entry removes the edit', async () => {
    const h = await makeStore();
    await h.store.put({ ...B2, label: { ar: 'الشام', en: 'b:two' } });
    expect((await h.store.view('b:two'))?.source).toBe('edited');
    await h.store.put(B2);
    expect((await h.store.view('b:two'))?.source).toBe('bundled');
  });

  it('revert refuses the user’s own entries', async () => {
    const h = await makeStore();
    await h.store.put(entry('u:x', 'سين'));
    await expect(h.store.revert('u:x')).rejects.toThrow('store_error_not_bundled');
  });
});

describe('delete and undo', () => {
  it('deletes the user’s own entry and restores it exactly', async () => {
    const h = await makeStore();
    await h.store.put(entry('u:x', 'سين'));
    const before = await h.store.view('u:x');
    const undo = await h.store.delete('u:x');
    expect(undo).toEqual(before);
    expect(await h.store.view('u:x')).toBeNull();
    await h.store.restore(undo);
    expect(await h.store.view('u:x')).toEqual(before);
  });

  it('deleting a bundled entry hides it (the bundled layer is read-only) and undo brings back the edit', async () => {
    const h = await makeStore();
    await h.store.put({ ...B3, aliases: ['المنظمة الدولية'] });
    const before = await h.store.view('b:three');
    const undo = await h.store.delete('b:three');
    expect((await h.store.view('b:three'))).toEqual({ entry: B3, source: 'hidden' });
    await h.store.restore(undo);
    expect(await h.store.view('b:three')).toEqual(before);
  });

  it('refuses a malformed undo', async () => {
    const h = await makeStore();
    await expect(h.store.restore({ entry: { id: 'x' }, source: 'user' })).rejects.toThrow('store_error_bad_undo');
  });
});

describe('matcher and names', () => {
  it('hands out the matcher only when the tab does not have this rev', async () => {
    const h = await makeStore();
    const first = await h.store.matcher();
    expect(first.matcher).not.toBeNull();
    expect(await h.store.matcher(first.rev)).toEqual({ rev: first.rev, matcher: null });
    const text = 'قال سليم الحلبي أمس';
    expect(loadMatcher(first.matcher!).scan(text)).toEqual([]);
    await h.store.put(entry('u:new', 'سليم الحلبي'));
    const next = await h.store.matcher(first.rev);
    expect(next.rev).toBe(first.rev + 1);
    expect(next.matcher?.ids).toContain('u:new');
    expect(loadMatcher(next.matcher!).scan(text).map((m) => m.ids)).toEqual([['u:new']]);
  });

  it('names.claimed finds names after folding, except the entry being edited', async () => {
    const h = await makeStore();
    expect(await h.store.namesClaimed(['احمد', 'غير موجود'])).toEqual([{ name: 'احمد', id: 'b:one', label: B1.label }]);
    expect(await h.store.namesClaimed(['احمد'], 'b:one')).toEqual([]);
  });

  it('search filters by text, type, source and tag', async () => {
    const h = await makeStore();
    await h.store.put(entry('u:t', 'تاء', { tags: ['syria'] }));
    expect((await h.store.search({ ...searchAll, query: 'دمش' })).items.map((i) => i.id)).toEqual(['b:two']);
    expect((await h.store.search({ ...searchAll, type: 'organization' })).items.map((i) => i.id)).toEqual(['b:three']);
    expect((await h.store.search({ ...searchAll, source: 'user' })).items.map((i) => i.id)).toEqual(['u:t']);
    expect((await h.store.search({ ...searchAll, tag: 'syria' })).total).toBe(1);
    expect(await h.store.tags()).toEqual(['syria']);
    const page = await h.store.search({ query: '', offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.items.length).toBe(2);
  });
});

describe('concurrency', () => {
  it('two pages writing at once both land, with one rev each', async () => {
    const h = await makeStore();
    const a: Entry[] = Array.from({ length: 20 }, (_, i) => entry(`u:a${i}`, `ألف ${i}`));
    const b: Entry[] = Array.from({ length: 20 }, (_, i) => entry(`u:b${i}`, `باء ${i}`));
    await Promise.all([...a.map((e) => h.store.put(e)), ...b.map((e) => h.store.put(e)), h.store.hide('b:two'), h.store.put({ ...B1, tags: ['x'] })]);
    const status = await h.store.status();
    expect(status.counts).toMatchObject({ user: 40, edited: 1, hidden: 1 });
    expect(h.changes).toEqual(Array.from({ length: 42 }, (_, i) => i + 2));
    const again = await makeStore({ name: h.name });
    expect((await again.store.status()).counts).toEqual(status.counts);
  });
});

describe('storage failures', () => {
  it('a quota error fails cleanly: nothing changes on disk or in memory, and the next write works', async () => {
    const h = await makeStore();
    await h.store.put(entry('u:keep', 'يبقى'));
    const before = await h.store.export('all', 'json');
    const rev = (await h.store.status()).rev;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(h.store.put(entry('u:big', 'كبير'))).rejects.toThrow('store_error_quota');
    put.mockRestore();
    expect((await h.store.export('all', 'json')).text).toBe(before.text);
    expect((await h.store.status()).rev).toBe(rev);
    const db = await h.peek();
    expect((await storedUserIds(db))).toEqual(['u:keep']);
    expect(await db.get('meta', 'rev')).toBe(rev);
    db.close();
    await h.store.put(entry('u:after', 'بعد'));
    expect((await h.store.view('u:after'))?.source).toBe('user');
  });

  it('a quota error reported by the request (not thrown) also aborts the whole write', async () => {
    const h = await makeStore();
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const req = original.apply(this, args);
      if ((args[0] as { ids?: string[] }).ids?.includes('u:b')) {
        // Let the request run, then make the transaction fail the way a full disk does.
        queueMicrotask(() => this.transaction.abort());
      }
      return req;
    });
    const text = JSON.stringify(pack([entry('u:a', 'أ'), entry('u:b', 'ب'), entry('u:c', 'ج')]));
    await expect(h.store.commit(text, 'json')).rejects.toThrow(/store_error_(quota|write)/);
    vi.restoreAllMocks();
    const db = await h.peek();
    expect((await storedUserIds(db)).length).toBe(0);
    db.close();
  });

  it('when IndexedDB cannot be opened, serves the bundled layer from memory and refuses writes', async () => {
    const err = new DOMException('Internal error opening backing store', 'UnknownError');
    const h = await makeStore({ open: () => Promise.reject(err) });
    expect(await h.store.status()).toMatchObject({ idb: false, idbError: 'UnknownError', counts: { total: 3, bundled: 3 } });
    expect((await h.store.entries(['b:one']))[0]).toEqual(B1);
    expect((await h.store.matcher()).matcher?.ids.length).toBe(3);
    await expect(h.store.put(entry('u:x', 'س'))).rejects.toThrow('store_error_no_idb');
    await expect(h.store.commit(JSON.stringify(pack([entry('u:x', 'س')])), 'json')).rejects.toThrow('store_error_no_idb');
    // Reads of the import preview still work.
    expect((await h.store.preview(JSON.stringify(pack([entry('u:x', 'س')])), 'json')).added).toBe(1);
  });

  it('never deletes a database: no deleteDatabase in the store code', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const files = readdirSync('lib/kb').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    for (const f of files) expect(readFileSync(`lib/kb/${f}`, 'utf8')).not.toMatch(/deleteDatabase|deleteDB/);
  });
});
