/**
 * The runtime matcher: one pass over the words of a normalised document, walking the token trie from
 * every word (and from the proclitic readings of that word), then short-name licensing, longest-match
 * selection without overlaps, and candidate ranking.
 */
import { normalizeUnits } from '../arabic/normalize';
import { isProcliticStart, MAX_SPLITS, splitsInto } from '../arabic/proclitics';
import { tokenizeUnits, type Tokens } from '../arabic/tokens';
import type { SerializedMatcher } from './compile';
import type { Mention } from './types';
import { decodeInts, encodeInts } from './ints';
import { WordTable } from './word-table';

/** A compiled glossary: scan a text (one document) for mentions. */
export interface Matcher {
  /** Mentions in `text` (one document), sorted by start, non-overlapping, offsets in `text`. */
  scan(text: string): Mention[];
  /** Plain data to send to another context and `loadMatcher` there. */
  serialize(): SerializedMatcher;
  /** Number of entries. */
  readonly size: number;
}

const isDigit = (cu: number): boolean => cu >= 0x30 && cu <= 0x39;

/** A trie walk that reached a node with postings. */
interface Hit {
  first: number; // first word index
  last: number; // last word index (inclusive)
  node: number;
  prefix: number; // code units of proclitics before the name in the first word
  article: boolean; // the article ال was stripped from the first word
}

class TrieMatcher implements Matcher {
  private readonly vocab: WordTable;
  private readonly tok: Int32Array;
  private readonly childStart: Int32Array;
  private readonly postStart: Int32Array;
  private readonly post: Int32Array;
  /** True when some posting is a short name (otherwise licensing is skipped). */
  private readonly hasShort: boolean;
  private readonly starts = new Int32Array(3 * (MAX_SPLITS + 1));
  private readonly readings = new Int32Array(4 * MAX_SPLITS);

  private readonly ids: readonly string[];
  private readonly vocabText: string;

  constructor(data: SerializedMatcher) {
    // Keep only what scanning needs; serialize() re-encodes the trie from the typed arrays.
    this.ids = data.ids;
    this.vocabText = data.vocab;
    this.vocab = new WordTable(data.vocab);
    const kids = decodeInts(data.kids);
    const posts = decodeInts(data.posts);
    const gaps = decodeInts(data.tok);
    this.post = decodeInts(data.post);
    const n = kids.length;
    if (posts.length !== n || gaps.length !== n - 1) throw new Error('corrupt serialized matcher');
    this.tok = new Int32Array(n);
    this.tok[0] = -1;
    this.childStart = new Int32Array(n + 1);
    this.postStart = new Int32Array(n + 1);
    let c = 1;
    let p = 0;
    for (let k = 0; k < n; k++) {
      this.childStart[k] = c;
      this.postStart[k] = p;
      const kc = kids[k] as number;
      for (let j = 0; j < kc; j++, c++) {
        if (c >= n) throw new Error('corrupt serialized matcher');
        this.tok[c] = j === 0 ? (gaps[c - 1] as number) : (this.tok[c - 1] as number) + 1 + (gaps[c - 1] as number);
      }
      p += posts[k] as number;
    }
    this.childStart[n] = c;
    this.postStart[n] = p;
    if (c !== n || p !== this.post.length) throw new Error('corrupt serialized matcher');
    for (let k = 1; k < n; k++) if ((this.tok[k] as number) >= this.vocab.count) throw new Error('corrupt serialized matcher');
    for (const v of this.post) if (v >> 1 >= this.ids.length) throw new Error('corrupt serialized matcher');
    this.hasShort = this.post.some((v) => (v & 1) === 1);
  }

  get size(): number {
    return this.ids.length;
  }

  serialize(): SerializedMatcher {
    const n = this.tok.length;
    const kids = new Int32Array(n);
    const posts = new Int32Array(n);
    const gaps = new Int32Array(Math.max(0, n - 1));
    for (let k = 0; k < n; k++) {
      const c0 = this.childStart[k] as number;
      const c1 = this.childStart[k + 1] as number;
      kids[k] = c1 - c0;
      posts[k] = (this.postStart[k + 1] as number) - (this.postStart[k] as number);
      for (let c = c0; c < c1; c++) gaps[c - 1] = c === c0 ? (this.tok[c] as number) : (this.tok[c] as number) - (this.tok[c - 1] as number) - 1;
    }
    return {
      format: 'hamish-matcher',
      v: 1,
      ids: [...this.ids],
      vocab: this.vocabText,
      tok: encodeInts(gaps),
      kids: encodeInts(kids),
      posts: encodeInts(posts),
      post: encodeInts(this.post),
    };
  }

  /** Child of `node` along word `t`, or -1 (binary search among the node's sorted children). */
  private child(node: number, t: number): number {
    let lo = this.childStart[node] as number;
    let hi = (this.childStart[node + 1] as number) - 1;
    const tok = this.tok;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = tok[mid] as number;
      if (v === t) return mid;
      if (v < t) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  scan(text: string): Mention[] {
    if (this.tok.length <= 1 || text.length === 0) return [];
    // Fresh buffers per scan: keeping them between scans saved little time and cost heap in every tab.
    const { units: norm, map, length } = normalizeUnits(text);
    const t = tokenizeUnits(norm, length);
    const count = t.count;
    const ids = new Int32Array(count);
    const vocab = this.vocab;
    for (let i = 0; i < count; i++) ids[i] = vocab.find(norm, t.start[i] as number, t.end[i] as number);

    const hits: Hit[] = [];
    const { soft, start: ts, end: te } = t;
    const { postStart, childStart } = this;
    // Start points of walks at the current word: trie node, proclitic letters, article removed (0/1).
    const starts = this.starts;
    const readings = this.readings;
    for (let i = 0; i < count; i++) {
      let ns = 0;
      const w = ids[i] as number;
      if (w >= 0) {
        const node = this.child(0, w);
        if (node >= 0) {
          starts[0] = node;
          starts[1] = 0;
          starts[2] = 0;
          ns = 1;
        }
      }
      const s = ts[i] as number;
      const e = te[i] as number;
      // Proclitic readings. The article ال is only taken off before a number («القرار 2254» for a name
      // «قرار 2254»): a bare name with the article is another word (السورية «the Syrian» ≠ سورية).
      if (e - s > 2 && isProcliticStart(norm[s] as number)) {
        const nr = splitsInto(norm, s, e, readings);
        for (let r = 0; r < nr; r++) {
          const v = vocab.find(norm, readings[4 * r] as number, e, readings[4 * r + 1] as number);
          if (v < 0) continue;
          const node = this.child(0, v);
          if (node < 0) continue;
          starts[3 * ns] = node;
          starts[3 * ns + 1] = readings[4 * r + 2] as number;
          starts[3 * ns + 2] = readings[4 * r + 3] as number;
          ns++;
        }
      }
      // Walk the trie from each start along the following words while the gaps are soft.
      for (let k = 0; k < ns; k++) {
        let node = starts[3 * k] as number;
        const prefix = starts[3 * k + 1] as number;
        const article = starts[3 * k + 2] === 1;
        for (let j = i; ; ) {
          if ((postStart[node + 1] as number) > (postStart[node] as number) && (!article || isDigit(norm[ts[j] as number] as number))) {
            hits.push({ first: i, last: j, node, prefix, article });
          }
          if (!soft[j] || j + 1 >= count || childStart[node + 1] === childStart[node]) break;
          const nw = ids[j + 1] as number;
          if (nw < 0) break;
          node = this.child(node, nw);
          if (node < 0) break;
          j++;
        }
      }
    }
    if (hits.length === 0) return [];
    return this.select(hits, t, map);
  }

  private select(hits: Hit[], t: Tokens, map: Uint32Array): Mention[] {
    const { postStart, post } = this;
    // Short-name licensing: an entry is licensed when one of its full names occurs in the document
    // (anywhere, even inside a longer mention).
    let licensed: Set<number> | null = null;
    if (this.hasShort) {
      licensed = new Set();
      for (const h of hits) {
        for (let p = postStart[h.node] as number, e = postStart[h.node + 1] as number; p < e; p++) {
          const v = post[p] as number;
          if ((v & 1) === 0) licensed.add(v >> 1);
        }
      }
    }
    const usable = (v: number): boolean => (v & 1) === 0 || licensed === null || licensed.has(v >> 1);
    const hasUsable = (node: number): boolean => {
      for (let p = postStart[node] as number, e = postStart[node + 1] as number; p < e; p++) if (usable(post[p] as number)) return true;
      return false;
    };
    // Best hit per start word (hits arrive grouped by start): more words, then fewer proclitic letters.
    const best: Hit[] = [];
    for (const h of hits) {
      if (!hasUsable(h.node)) continue;
      const b = best[best.length - 1];
      if (b && b.first === h.first) {
        if (h.last > b.last || (h.last === b.last && h.prefix < b.prefix)) best[best.length - 1] = h;
      } else best.push(h);
    }
    // Longest match wins across starts too: more words, then more characters, then earlier.
    const { start: ts, end: te } = t;
    const span = (h: Hit): number => (te[h.last] as number) - (ts[h.first] as number);
    const chosen: Hit[] = [];
    let sorted = true;
    for (let k = 1; k < best.length; k++) if ((best[k] as Hit).first <= (best[k - 1] as Hit).last) sorted = false;
    if (sorted) chosen.push(...best); // the common case: nothing overlaps
    else {
      const order = best.slice().sort((a, b) => b.last - b.first - (a.last - a.first) || span(b) - span(a) || a.first - b.first);
      const taken = new Uint8Array(t.count);
      for (const h of order) {
        let free = true;
        for (let k = h.first; k <= h.last && free; k++) if (taken[k]) free = false;
        if (!free) continue;
        for (let k = h.first; k <= h.last; k++) taken[k] = 1;
        chosen.push(h);
      }
      chosen.sort((a, b) => a.first - b.first);
    }
    // Ranking for shared names: entries whose other names occur in the document come first.
    let namesOf: Map<number, Set<number>> | null = null;
    const others = (entry: number, node: number): number => {
      if (!namesOf) {
        namesOf = new Map();
        for (const h of hits) {
          for (let p = postStart[h.node] as number, e = postStart[h.node + 1] as number; p < e; p++) {
            const v = post[p] as number;
            if (!usable(v)) continue;
            let set = namesOf.get(v >> 1);
            if (!set) namesOf.set(v >> 1, (set = new Set()));
            set.add(h.node);
          }
        }
      }
      const set = namesOf.get(entry);
      return set ? set.size - (set.has(node) ? 1 : 0) : 0;
    };
    const ids = this.ids;
    const out: Mention[] = new Array(chosen.length);
    for (let c = 0; c < chosen.length; c++) {
      const h = chosen[c] as Hit;
      const p0 = postStart[h.node] as number;
      const p1 = postStart[h.node + 1] as number;
      let cand: string[];
      let short: boolean;
      if (p1 - p0 === 1) {
        const v = post[p0] as number;
        cand = [ids[v >> 1] as string];
        short = (v & 1) === 1;
      } else {
        const ranked: Array<{ v: number; o: number }> = [];
        for (let p = p0; p < p1; p++) {
          const v = post[p] as number;
          if (usable(v)) ranked.push({ v, o: others(v >> 1, h.node) });
        }
        ranked.sort((a, b) => Number(b.o > 0) - Number(a.o > 0) || (a.v & 1) - (b.v & 1) || b.o - a.o || (a.v >> 1) - (b.v >> 1));
        cand = ranked.map((r) => ids[r.v >> 1] as string);
        short = ranked.every((r) => (r.v & 1) === 1);
      }
      const s = ts[h.first] as number;
      out[c] = { start: map[s] as number, end: map[te[h.last] as number] as number, nameStart: map[s + h.prefix] as number, ids: cand, short };
    }
    return out;
  }
}

/** Build the runtime matcher from its serialised form. */
export function fromSerialized(s: SerializedMatcher): Matcher {
  return new TrieMatcher(s);
}
