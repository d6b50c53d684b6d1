import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, ChunkMap, chunkRecord, chunksOf, type UserChunk } from './chunks';
import type { UserRow } from './db';
import { nameKeys } from './names';
import { entry } from './test/fixtures';

function row(id: string, ar = `اسم ${id}`, type: UserRow['type'] = 'person'): UserRow {
  const e = entry(id, ar, { type });
  return { id, type, entry: e, keys: nameKeys(e), at: '2026-01-01T00:00:00.000Z' };
}

const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => row(`u:${from + i}`));

/** Plays plans against an in-memory "disk" the way the store does: plan, write, then apply. */
function harness(initial: UserChunk[] = []) {
  const disk = new Map(initial.map((c) => [c.chunk, c]));
  const user = new Map<string, UserRow>();
  for (const c of initial) for (const r of c.rows) user.set(r.id, r);
  const map = new ChunkMap();
  map.load(initial);
  return {
    disk,
    write(put: UserRow[], drop: string[] = []) {
      const plan = map.plan(put, drop, (id) => user.get(id));
      for (const c of plan.deletes) disk.delete(c);
      for (const c of plan.puts) disk.set(c.chunk, c);
      plan.apply();
      for (const r of put) user.set(r.id, r);
      for (const id of drop) user.delete(id);
      return plan;
    },
    /** Every id on disk, once each, and the sizes of the chunks. */
    check() {
      const ids = [...disk.values()].flatMap((c) => c.ids);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual([...user.keys()].sort());
      for (const c of disk.values()) {
        expect(c.rows.length).toBeGreaterThan(0);
        expect(c.rows.length).toBeLessThanOrEqual(CHUNK_SIZE);
        expect(c.rows.map((r) => r.id)).toEqual(c.ids);
        for (const r of c.rows) expect(r).toBe(user.get(r.id));
      }
      return [...disk.values()].sort((a, b) => a.chunk - b.chunk).map((c) => c.rows.length);
    },
  };
}

describe('chunk records', () => {
  it('carry the ids, distinct types and distinct name keys of their rows, for the indexes', () => {
    const c = chunkRecord(4, [row('u:a', 'دمشق', 'place'), row('u:b', 'حلب', 'place'), row('u:c', 'دِمَشق', 'person')]);
    expect(c.chunk).toBe(4);
    expect(c.ids).toEqual(['u:a', 'u:b', 'u:c']);
    expect(c.types).toEqual(['place', 'person']);
    // دمشق and دِمَشق fold to one key.
    expect(c.keys.filter((k) => k === nameKeys(entry('x', 'دمشق'))[0])).toHaveLength(1);
  });

  it('chunksOf cuts rows into full chunks in order', () => {
    expect(chunksOf(rows(0, 2 * CHUNK_SIZE + 1)).map((c) => [c.chunk, c.rows.length])).toEqual([
      [0, CHUNK_SIZE],
      [1, CHUNK_SIZE],
      [2, 1],
    ]);
    expect(chunksOf([])).toEqual([]);
  });
});

describe('placing rows', () => {
  it('fills the last chunk before opening new ones', () => {
    const h = harness();
    expect(h.write(rows(0, 150)).puts.map((c) => c.chunk)).toEqual([0]);
    expect(h.write(rows(150, 300)).puts.map((c) => c.chunk)).toEqual([0, 1, 2]);
    expect(h.check()).toEqual([CHUNK_SIZE, CHUNK_SIZE, 50]);
  });

  it('an edit rewrites only the chunk that holds the row', () => {
    const h = harness(chunksOf(rows(0, 3 * CHUNK_SIZE)));
    const edited = row('u:250', 'اسم جديد');
    const plan = h.write([edited]);
    expect(plan.puts.map((c) => c.chunk)).toEqual([1]);
    expect(plan.puts[0]!.rows).toContain(edited);
    expect(plan.puts[0]!.keys).toContain(edited.keys[0]);
    expect(plan.deletes).toEqual([]);
    expect(h.check()).toEqual([CHUNK_SIZE, CHUNK_SIZE, CHUNK_SIZE]);
  });

  it('dropping rows rewrites their chunk, and deletes a chunk left empty', () => {
    const h = harness(chunksOf(rows(0, CHUNK_SIZE + 2)));
    expect(h.write([], ['u:3']).puts.map((c) => [c.chunk, c.rows.length])).toEqual([[0, CHUNK_SIZE - 1]]);
    const plan = h.write([], [`u:${CHUNK_SIZE}`, `u:${CHUNK_SIZE + 1}`]);
    expect(plan).toMatchObject({ puts: [], deletes: [1] });
    // Unknown ids change nothing.
    expect(h.write([], ['u:nope'])).toMatchObject({ puts: [], deletes: [] });
    expect(h.check()).toEqual([CHUNK_SIZE - 1]);
    // The last chunk has room again: the next new row goes there, not into a fresh chunk.
    expect(h.write([row('u:new')]).puts.map((c) => c.chunk)).toEqual([0]);
    expect(h.check()).toEqual([CHUNK_SIZE]);
  });

  it('a row put twice in one write is placed once', () => {
    const h = harness();
    h.write([row('u:x', 'أول'), row('u:x', 'ثان')]);
    expect(h.check()).toEqual([1]);
    expect(h.disk.get(0)!.rows[0]!.entry.label.ar).toBe('ثان');
  });

  it('numbers new chunks after the highest one loaded, even with gaps', () => {
    const loaded = [chunkRecord(0, rows(0, CHUNK_SIZE)), chunkRecord(7, rows(500, CHUNK_SIZE))];
    const h = harness(loaded);
    expect(h.write([row('u:fresh')]).puts.map((c) => c.chunk)).toEqual([8]);
  });

  it('a plan not applied (the transaction failed) leaves the map as it was', () => {
    const map = new ChunkMap();
    map.load([]);
    map.plan(rows(0, 10), [], () => undefined); // never applied
    expect(map.plan([row('u:0')], [], () => undefined).puts.map((c) => [c.chunk, c.ids])).toEqual([[0, ['u:0']]]);
  });

  it('keeps every id in exactly one chunk over a long run of mixed writes', () => {
    const h = harness();
    let n = 0;
    for (let round = 0; round < 40; round++) {
      const add = rows(n, (round * 37) % 120);
      n += add.length;
      const drop = Array.from({ length: round % 5 }, (_, i) => `u:${(round * 53 + i * 17) % Math.max(1, n)}`);
      const edit = round % 3 === 0 && n > 0 ? [row(`u:${(round * 11) % n}`, `تعديل ${round}`)] : [];
      h.write([...add, ...edit.filter((r) => !drop.includes(r.id))], drop);
      h.check();
    }
  });
});
