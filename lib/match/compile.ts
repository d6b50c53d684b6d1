/**
 * Compile glossary entries into the serialised matcher: a token-level trie over normalised word
 * sequences, laid out breadth-first so that it fits in a few flat arrays.
 */
import { normalize, normalizeUnits, type NormalizedUnits } from '../arabic/normalize';
import { isWordUnit, words } from '../arabic/tokens';
import { ENTITY_TYPES } from '../kb/entity-types';
import { Interner } from './interner';
import { encodeInts } from './ints';
import { numberedNames } from './numbered';
import type { MatchEntry } from './types';

/**
 * Plain, structured-clone-able (and JSON-able) form of a compiled matcher: a token trie in flat arrays,
 * each array packed into an ASCII string by `encodeInts` (ints.ts).
 *
 * Nodes are numbered breadth-first, root = 0, so the children of a node are consecutive and sorted by
 * word id: node k has `kids[k]` children, numbered right after the children of nodes 0..k-1 (the first
 * child of the root is node 1). `tok` gives, for every node but the root, the word id on the edge into
 * it — for a first child the id itself, for a later sibling the gap to the previous sibling's id minus 1.
 * `posts[k]` postings end at node k; they are the next `posts[k]` values of `post`, each
 * `entryIndex * 2 + (short ? 1 : 0)`.
 */
export interface SerializedMatcher {
  format: 'hamish-matcher';
  v: 2;
  /** Entry ids, by entry index. */
  ids: string[];
  /**
   * Entry types, by entry index: one digit each, the index in ENTITY_TYPES. A page draws its highlights
   * (one colour per type) from the matcher alone, without waiting for the entries (v2).
   */
  types: string;
  /** Normalised words, by word id, joined with single spaces (words never contain spaces). */
  vocab: string;
  tok: string;
  kids: string;
  posts: string;
  post: string;
}

const isDigits = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
};

/** Normalised word sequence of a name, or null if it can never be a name (empty, bare number, one letter). */
export function nameWords(name: string): string[] | null {
  const w = words(normalize(name));
  if (w.length === 0) return null;
  if (w.every(isDigits)) return null;
  if (w.length === 1 && (w[0] as string).length < 2) return null;
  return w;
}

/** The names of an entry: full names (label, aliases, number forms) and licensed-only short names. */
export function entryNames(e: MatchEntry): { full: string[]; short: string[] } {
  const full: string[] = [];
  if (e.label.ar) full.push(e.label.ar);
  if (e.label.en) full.push(e.label.en);
  if (e.aliases) full.push(...e.aliases);
  if (e.number) full.push(...numberedNames(e.number));
  return { full, short: e.shortAliases ? [...e.shortAliases] : [] };
}

/** Build the serialised trie for `entries`. */
export function compileSerialized(entries: readonly MatchEntry[]): SerializedMatcher {
  const vocab = new Interner();
  // All names as word-id sequences in one flat array: name i is flat[at[i] .. at[i + 1]).
  const flat: number[] = [];
  const at: number[] = [0];
  const values: number[] = [];
  let maxLen = 0;
  const buf: NormalizedUnits = { units: new Uint16Array(256), map: new Uint32Array(257), length: 0 };
  const ranges: number[] = [];
  const addName = (name: string, value: number): void => {
    // Same normalisation and word split as `nameWords`, without a string per word.
    const { units, length } = normalizeUnits(name, buf);
    ranges.length = 0;
    let allDigits = true;
    for (let i = 0; i < length; ) {
      while (i < length && !isWordUnit(units[i] as number)) i++;
      if (i >= length) break;
      const s = i;
      while (i < length && isWordUnit(units[i] as number)) {
        const c = units[i] as number;
        if (c < 0x30 || c > 0x39) allDigits = false;
        i++;
      }
      ranges.push(s, i);
    }
    const nw = ranges.length >> 1;
    if (nw === 0 || allDigits || (nw === 1 && (ranges[1] as number) - (ranges[0] as number) < 2)) return;
    for (let k = 0; k < ranges.length; k += 2) flat.push(vocab.intern(units, ranges[k] as number, ranges[k + 1] as number));
    at.push(flat.length);
    values.push(value);
    if (nw > maxLen) maxLen = nw;
  };
  entries.forEach((e, idx) => {
    const { full, short } = entryNames(e);
    for (const n of full) addName(n, idx * 2);
    for (const n of short) addName(n, idx * 2 + 1);
  });
  const names = values.length;
  const V = vocab.count + 1;

  // Breadth-first numbering, one depth at a time: the distinct (parent, word) pairs of a depth, sorted,
  // become that depth's nodes. Parents were numbered in order, so each node's children come out
  // consecutive and sorted by word id.
  const tok: number[] = [-1];
  const kids: number[] = [0];
  const nodeOf = new Int32Array(names); // node of each name at the current depth (root = 0)
  const endNode = new Int32Array(names);
  let live = new Int32Array(names);
  for (let i = 0; i < names; i++) live[i] = i;
  for (let d = 0; d < maxLen && live.length; d++) {
    const keys = new Float64Array(live.length);
    for (let j = 0; j < live.length; j++) {
      const i = live[j] as number;
      keys[j] = (nodeOf[i] as number) * V + (flat[(at[i] as number) + d] as number);
    }
    const sorted = keys.slice().sort();
    let uniq = 0;
    for (let j = 0; j < sorted.length; j++) if (j === 0 || sorted[j] !== sorted[j - 1]) sorted[uniq++] = sorted[j] as number;
    const base = tok.length;
    for (let u = 0; u < uniq; u++) {
      const key = sorted[u] as number;
      const parent = Math.floor(key / V);
      tok.push(key - parent * V);
      kids.push(0);
      kids[parent] = (kids[parent] as number) + 1;
    }
    let next = 0;
    for (let j = 0; j < live.length; j++) {
      const i = live[j] as number;
      const key = keys[j] as number;
      let lo = 0;
      let hi = uniq - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sorted[mid] as number) < key) lo = mid + 1;
        else hi = mid;
      }
      nodeOf[i] = base + lo;
      if ((at[i + 1] as number) - (at[i] as number) === d + 1) endNode[i] = base + lo;
      else live[next++] = i;
    }
    live = live.subarray(0, next);
  }
  // Postings grouped by node: sort (node, value) pairs as one number each. Per node, one posting per
  // entry; sorted, a full posting (entry * 2) comes right before the same entry's short one (+ 1).
  const VALUES = 2 * entries.length + 2;
  const pairs = new Float64Array(names);
  for (let i = 0; i < names; i++) pairs[i] = (endNode[i] as number) * VALUES + (values[i] as number);
  pairs.sort();
  const posts: number[] = new Array(tok.length).fill(0);
  const post: number[] = [];
  let lastNode = -1;
  let lastEntry = -1;
  for (let i = 0; i < names; i++) {
    const key = pairs[i] as number;
    const node = Math.floor(key / VALUES);
    const value = key - node * VALUES;
    if (node === lastNode && value >> 1 === lastEntry) continue;
    lastNode = node;
    lastEntry = value >> 1;
    post.push(value);
    posts[node] = (posts[node] as number) + 1;
  }
  // Sibling gaps for `tok` (children are sorted, so gaps are ≥ 0 and mostly small).
  const gaps: number[] = [];
  let child = 1;
  for (let k = 0; k < kids.length; k++) {
    for (let c = 0; c < (kids[k] as number); c++, child++) {
      gaps.push(c === 0 ? (tok[child] as number) : (tok[child] as number) - (tok[child - 1] as number) - 1);
    }
  }
  return {
    format: 'hamish-matcher',
    v: 2,
    ids: entries.map((e) => e.id),
    types: typeDigits(entries.map((e) => e.type)),
    vocab: vocab.text(),
    tok: encodeInts(gaps),
    kids: encodeInts(kids),
    posts: encodeInts(posts),
    post: encodeInts(post),
  };
}

/** `SerializedMatcher.types` for these entry types (a type the schema does not know reads as 'other'). */
function typeDigits(types: ReadonlyArray<MatchEntry['type']>): string {
  const other = ENTITY_TYPES.indexOf('other');
  let out = '';
  for (const t of types) {
    const k = ENTITY_TYPES.indexOf(t);
    out += String(k < 0 ? other : k);
  }
  return out;
}
