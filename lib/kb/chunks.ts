/**
 * The user layer on disk is a few hundred records of up to CHUNK_SIZE rows each, not one record per
 * entry: IndexedDB's cost is per record (Chromium 156 here: 50,000 single-row puts with the type and
 * name indexes take ~9 s; the same rows in chunks of 200, ~2 s). A chunk carries the ids, types and
 * name keys of its rows for its indexes. This module decides which chunk each row goes to; it is pure,
 * so a write can be planned before its transaction and applied to memory only after the commit.
 */
import type { EntityType } from './pack';
import type { UserRow } from './db';

/** Rows per chunk: an edit rewrites one chunk (a few ms), an import writes few records. */
export const CHUNK_SIZE = 200;

export interface UserChunk {
  chunk: number;
  rows: UserRow[];
  /** Index `id` (multiEntry, unique): an id can live in one chunk only. */
  ids: string[];
  /** Index `type` (multiEntry). */
  types: EntityType[];
  /** Index `name` (multiEntry): the normalised full names of every row. */
  keys: string[];
}

export function chunkRecord(chunk: number, rows: UserRow[]): UserChunk {
  const types = new Set<EntityType>();
  const keys = new Set<string>();
  for (const r of rows) {
    types.add(r.type);
    for (const k of r.keys) keys.add(k);
  }
  return { chunk, rows, ids: rows.map((r) => r.id), types: [...types], keys: [...keys] };
}

/** Cuts rows into fresh chunks numbered from `first` (the v3 upgrade, and tests). */
export function chunksOf(rows: readonly UserRow[], first = 0): UserChunk[] {
  const out: UserChunk[] = [];
  for (let i = 0; i < rows.length; i += CHUNK_SIZE) out.push(chunkRecord(first + out.length, rows.slice(i, i + CHUNK_SIZE)));
  return out;
}

/** What one write does to the chunks, and how memory follows once it has committed. */
export interface ChunkPlan {
  puts: UserChunk[];
  deletes: number[];
  apply(): void;
}

/** Which chunk holds each user row. */
export class ChunkMap {
  private readonly home = new Map<string, number>();
  private readonly members = new Map<number, Set<string>>();
  private next = 0;

  load(chunks: readonly UserChunk[]): void {
    this.home.clear();
    this.members.clear();
    this.next = 0;
    for (const c of chunks) {
      this.members.set(c.chunk, new Set(c.ids));
      for (const id of c.ids) this.home.set(id, c.chunk);
      this.next = Math.max(this.next, c.chunk + 1);
    }
  }

  /**
   * Plans putting `put` rows and dropping `drop` ids. A row already stored stays in its chunk; new rows
   * fill the last chunk with room, then new chunks. `current` gives the stored row of an id.
   */
  plan(put: readonly UserRow[], drop: readonly string[], current: (id: string) => UserRow | undefined): ChunkPlan {
    // Per touched chunk: id → new row, or null for a row leaving it.
    const changes = new Map<number, Map<string, UserRow | null>>();
    const touch = (c: number) => {
      let m = changes.get(c);
      if (!m) changes.set(c, (m = new Map()));
      return m;
    };
    const placed = new Map<string, number>();
    let open = this.openChunk();
    let room = this.members.has(open) ? CHUNK_SIZE - this.members.get(open)!.size : CHUNK_SIZE;
    // The number the next new chunk gets.
    let fresh = this.members.has(open) ? this.next : open + 1;
    for (const row of put) {
      let c = this.home.get(row.id) ?? placed.get(row.id);
      if (c === undefined) {
        if (room === 0) {
          open = fresh++;
          room = CHUNK_SIZE;
        }
        c = open;
        room--;
        placed.set(row.id, c);
      }
      touch(c).set(row.id, row);
    }
    // After the puts: an id both put and dropped ends up dropped, as in the store's memory.
    for (const id of drop) {
      const c = this.home.get(id) ?? placed.get(id);
      if (c !== undefined) touch(c).set(id, null);
    }
    let highest = -1;
    for (const c of placed.values()) highest = Math.max(highest, c);
    const puts: UserChunk[] = [];
    const deletes: number[] = [];
    const after = new Map<number, Set<string>>();
    for (const [c, m] of changes) {
      const ids = new Set(this.members.get(c));
      for (const [id, row] of m) {
        if (row) ids.add(id);
        else ids.delete(id);
      }
      after.set(c, ids);
      if (ids.size === 0) {
        if (this.members.has(c)) deletes.push(c);
        continue;
      }
      const rows: UserRow[] = [];
      for (const id of ids) rows.push(m.get(id) ?? current(id)!);
      puts.push(chunkRecord(c, rows));
    }
    return {
      puts,
      deletes,
      apply: () => {
        for (const [c, ids] of after) {
          const old = this.members.get(c);
          for (const id of old ?? []) if (!ids.has(id)) this.home.delete(id);
          if (ids.size === 0) this.members.delete(c);
          else this.members.set(c, ids);
          for (const id of ids) this.home.set(id, c);
        }
        this.next = Math.max(this.next, highest + 1);
      },
    };
  }

  /** The highest-numbered chunk if it has room, else the number a new chunk would get. */
  private openChunk(): number {
    let last = -1;
    for (const c of this.members.keys()) last = Math.max(last, c);
    return last >= 0 && this.members.get(last)!.size < CHUNK_SIZE ? last : this.next;
  }
}
