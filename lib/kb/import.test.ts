// @vitest-environment node
// The store runs in the background service worker: no DOM, so the tests run without one too.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entriesToCsv } from './csv';
import type { Entry } from './pack';
import { B1, B2, B3, entry, makeStore, storedUserIds } from './test/fixtures';

afterEach(() => vi.restoreAllMocks());

const json = (entries: unknown[], extra: object = {}) => JSON.stringify({ format: 'hamish-glossary', version: 1, entries, ...extra });

/** An entry using every field, with the characters the CSV form has to escape. */
const RICH: Entry = {
  id: 'u:rich',
  type: 'document',
  label: { ar: 'القرار 2254', en: 'Resolution 2254' },
  aliases: ['قرار مجلس الأمن 2254', 'UNSCR 2254 | Syria', 'back\\slash'],
  shortAliases: ['القرار'],
  number: '2254',
  summary: { ar: 'سطر أول\nسطر ثانٍ، مع "اقتباس" وفاصلة,', en: 'Line one\r\nline two' },
  roles: [{ ar: 'رئيس', en: 'President', from: 2000, to: 2024 }],
  links: [{ url: 'https://example.org/a b?x=1|2', label: 'Example | label' }, { url: 'http://example.com/' }],
  tags: ['un', 'syria'],
  created: '2025-01-01T00:00:00.000Z',
  updated: '2025-02-01T10:20:30.000Z',
};

describe('import preview', () => {
  it('counts added, updated and unchanged, and lists id and name conflicts', async () => {
    const h = await makeStore();
    await h.store.put(entry('u:mine', 'نور'));
    const file = json([
      entry('u:new', 'سعاد'), // added
      B2, // unchanged
      { ...B1, aliases: ['أحمد', 'أبو أحمد'] }, // updated: id conflict with the bundled entry
      entry('u:mine', 'نور الهدى'), // updated: id conflict with the user's own
      entry('u:other-damascus', 'دِمَشق'), // name conflict with b:two (after folding)
      entry('u:twin1', 'توأم'),
      entry('u:twin2', 'تَوأم'), // name conflict inside the file
    ]);
    const p = await h.store.preview(file, 'json');
    expect(p).toMatchObject({ ok: true, issues: [], added: 4, updated: 2, unchanged: 1, total: 7 });
    expect(p.conflicts.filter((c) => c.kind === 'id').map((c) => c.id).sort()).toEqual(['b:one', 'u:mine']);
    expect(p.conflicts.filter((c) => c.kind === 'name')).toEqual([
      { kind: 'name', id: 'u:other-damascus', otherId: 'b:two', name: 'دِمَشق' },
      { kind: 'name', id: 'u:twin1', otherId: 'u:twin2', name: 'توأم' },
    ]);
    // A preview writes nothing.
    expect(h.changes).toEqual([2]);
    expect((await h.store.status()).counts.user).toBe(1);
  });

  it('commits exactly what the preview announced, in one rev, reporting progress', async () => {
    const h = await makeStore();
    const r = await h.store.commit(json([entry('u:a', 'ألف'), B2, { ...B3, tags: ['un'] }], { hidden: ['b:one'] }), 'json', 'job-1');
    expect(r).toMatchObject({ ok: true, written: 3, preview: { added: 1, updated: 1, unchanged: 1 } });
    expect(h.changes).toEqual([2]);
    expect((await h.store.status()).counts).toEqual({ total: 3, bundled: 1, user: 1, edited: 1, hidden: 1 });
    expect(h.progress.map((p) => p.phase)).toEqual(['parse', 'validate', 'validate', 'write', 'done']);
    expect(h.progress.every((p) => p.job === 'job-1' && p.op === 'import')).toBe(true);
  });

  it('refuses a file with any problem and writes nothing', async () => {
    const h = await makeStore();
    const r = await h.store.commit(json([entry('u:a', 'ألف'), { id: 'u:b', type: 'person', label: {} }]), 'json');
    expect(r.ok).toBe(false);
    expect(r.written).toBe(0);
    expect(r.preview.issues).toEqual([{ index: 1, field: 'label', code: 'store_issue_label_missing' }]);
    expect((await h.store.status()).counts.user).toBe(0);
    expect(h.changes).toEqual([]);
  });

  it('a failure halfway through the write leaves nothing written', async () => {
    const h = await makeStore();
    // 5,000 rows are 25 chunk records in three batches: the disk fills on the last, after two batches landed in the transaction.
    const entries = Array.from({ length: 5000 }, (_, i) => entry(`u:e${i}`, `اسم ${i}`));
    const original = IDBObjectStore.prototype.put;
    let chunkPuts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'userChunks' && ++chunkPuts === 25) throw new DOMException('disk full', 'QuotaExceededError');
      return original.apply(this, args);
    });
    await expect(h.store.commit(json(entries), 'json')).rejects.toThrow('store_error_quota');
    vi.restoreAllMocks();
    expect(chunkPuts).toBe(25);
    expect(h.progress.filter((p) => p.phase === 'write').map((p) => p.done)).toEqual([0, 2000, 4000]);
    const db = await h.peek();
    expect((await storedUserIds(db)).length).toBe(0);
    expect(await db.get('meta', 'rev')).toBe(1);
    db.close();
    expect((await h.store.status())).toMatchObject({ rev: 1, counts: { user: 0 } });
    expect(h.changes).toEqual([]);
    // And the same file goes in fine afterwards.
    expect((await h.store.commit(json(entries), 'json')).written).toBe(5000);
  });
});

describe('export → import round trips', () => {
  async function populated() {
    const h = await makeStore();
    await h.store.commit(json([RICH]), 'json');
    await h.store.put(entry('u:plain', 'عادي'));
    await h.store.put({ ...B1, aliases: ['أحمد', 'أبو أحمد'] });
    await h.store.hide('b:two');
    return h;
  }

  it('JSON, user layer: same text, same views', async () => {
    const a = await populated();
    const out = await a.store.export('user', 'json');
    expect(out.count).toBe(3);
    const b = await makeStore();
    const r = await b.store.commit(out.text, 'json');
    expect(r).toMatchObject({ ok: true, preview: { added: 2, updated: 1 } });
    expect((await b.store.export('user', 'json')).text).toBe(out.text);
    for (const id of ['u:rich', 'u:plain', 'b:one', 'b:two', 'b:three']) {
      const va = await a.store.view(id);
      const vb = await b.store.view(id);
      expect({ ...vb, entry: { ...vb!.entry } }).toEqual({ ...va, entry: { ...va!.entry } });
    }
    expect(await b.store.view('u:rich')).toEqual({ entry: RICH, source: 'user' });
  });

  it('CSV, user layer: same text, same entries (CSV carries no hidden ids)', async () => {
    const a = await populated();
    const out = await a.store.export('user', 'csv');
    const b = await makeStore();
    const r = await b.store.commit(out.text, 'csv');
    expect(r.preview.issues).toEqual([]);
    expect((await b.store.export('user', 'csv')).text).toBe(out.text);
    expect((await b.store.entries(['u:rich']))[0]).toEqual(RICH);
    expect((await b.store.entries(['b:one']))[0]).toEqual((await a.store.entries(['b:one']))[0]);
  });

  it('everything, as JSON and as CSV', async () => {
    const a = await populated();
    for (const format of ['json', 'csv'] as const) {
      const out = await a.store.export('all', format);
      expect(out.count).toBe(4);
      const b = await makeStore();
      expect((await b.store.commit(out.text, format)).ok).toBe(true);
      await b.store.hide('b:two');
      expect((await b.store.export('all', format)).text).toBe(out.text);
    }
  });

  it('CSV escapes survive a spreadsheet-style file with BOM, semicolons and blank lines', async () => {
    const csv = '\uFEFFid;type;label_ar;aliases;links\r\nu:s;person;سمير;"أبو سمير|سمير \\| الكبير";https://a.example/x Wiki\r\n\r\n';
    const h = await makeStore();
    const r = await h.store.commit(csv, 'csv');
    expect(r.preview.issues).toEqual([]);
    expect((await h.store.entries(['u:s']))[0]).toEqual({
      id: 'u:s',
      type: 'person',
      label: { ar: 'سمير' },
      aliases: ['أبو سمير', 'سمير | الكبير'],
      links: [{ url: 'https://a.example/x', label: 'Wiki' }],
    });
  });

  it('entriesToCsv writes a header row with every column', () => {
    expect(entriesToCsv([]).split('\r\n')[0]).toBe('id,type,label_ar,label_en,aliases,shortAliases,summary_ar,summary_en,tags,links,number,roles,created,updated');
  });
});
