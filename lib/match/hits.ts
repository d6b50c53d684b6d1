/**
 * Trie hits of a page: from every word that can begin a name, and from each proclitic reading of a word
 * that can, walk the token trie along the following words while the gaps are soft; every node with
 * postings reached is a hit. The loop over all words only tests filters; the rare words that pass get
 * the real work in separate small functions, so that the loop is optimised early and cheaply.
 */
import { isProcliticStart, MAX_SPLITS, splitsInto } from '../arabic/proclitics';
import type { FirstWords } from './first-words';
import { type PageWords, STRIDE, W_END, W_FREE, W_HASH, W_SOFT, W_START } from './page-words';
import { HIT } from './select';
import { HASH_MASK, suffixHash, type WordTable } from './word-table';

/** The token trie (matcher.ts): `tok` word id into each node, children and postings per node. */
export interface Trie {
  tok: Int32Array;
  childStart: Int32Array;
  postStart: Int32Array;
}

export class HitFinder {
  /** Hits of the last `find`, `HIT` ints each (select.ts). */
  hits = new Int32Array(0);
  /** Start points of walks at the current word: trie node, proclitic letters, article removed (0/1). */
  private readonly starts = new Int32Array(3 * (MAX_SPLITS + 1));
  private readonly readings = new Int32Array(4 * MAX_SPLITS);

  /** Most words in a name. */
  private readonly depth: number;

  constructor(
    private readonly trie: Trie,
    private readonly vocab: WordTable,
    private readonly first: FirstWords,
  ) {
    this.depth = trieDepth(trie.childStart);
  }

  /** Fill `hits` for the words of `pw`, grouped by first word in word order; returns their number. */
  find(pw: PageWords): number {
    const { units, words: W, count } = pw;
    const { bits, mask } = this.first;
    const depth = this.depth;
    // Fresh per page, sized so that growing (which throws optimised code away) is rare: a hit for one
    // word in four is already a page dense with names.
    this.hits = new Int32Array(HIT * ((count >> 2) + 64));
    let nh = 0;
    let digit = -1; // the first word after `i` that starts with a digit (`count` if none)
    for (let i = 0; i < count; i++) {
      const b = i * STRIDE;
      // Bloom test (first-words.ts, inlined) on the word's hash: most words begin no name, with or
      // without proclitics.
      const h = W[b + W_HASH] as number;
      const x = (h ^ (h >>> 11)) & mask;
      // Readings that take the article off only count before a number (`walk`), within a name's length.
      if (digit <= i) digit = nextDigitWord(pw, i);
      const article = digit - i < depth;
      if ((((bits[x >>> 5] as number) >>> (x & 31)) & 1) === 1 || (article && isProcliticStart(units[W[b + W_START] as number] as number))) {
        nh = this.startAt(pw, i, article, nh);
      }
    }
    return nh;
  }

  /** Walks from word `i`: the word itself and its proclitic readings (with the article taken off if `article`). */
  private startAt(pw: PageWords, i: number, article: boolean, nh: number): number {
    const { units, words: W } = pw;
    const b = i * STRIDE;
    const s = W[b + W_START] as number;
    const e = W[b + W_END] as number;
    const h = W[b + W_HASH] as number;
    const starts = this.starts;
    let ns = 0;
    if (e - s <= this.first.maxLen) {
      const id = this.vocab.findHashed(units, s, e, -1, h);
      W[b + W_FREE] = id + 2;
      const node = id >= 0 ? (this.first.node[id] as number) : -1;
      if (node >= 0) {
        starts[0] = node;
        starts[1] = 0;
        starts[2] = 0;
        ns = 1;
      }
    }
    if (e - s > 2 && isProcliticStart(units[s] as number)) ns = this.readingStarts(units, s, e, h, ns, article);
    for (let k = 0; k < ns; k++) nh = this.walk(pw, i, starts[3 * k] as number, starts[3 * k + 1] as number, starts[3 * k + 2] === 1, nh);
    return nh;
  }

  /**
   * Adds to `starts` (after `ns` entries) the proclitic readings of `units[s, e)` that begin a name;
   * with `article` false, not those that take off the article ال.
   */
  private readingStarts(units: Uint16Array, s: number, e: number, h: number, ns: number, article: boolean): number {
    const { readings, starts } = this;
    const { node: firstNode, bits, mask, maxLen, pow } = this.first;
    const nr = splitsInto(units, s, e, readings);
    for (let r = 0; r < nr; r++) {
      const at = readings[4 * r] as number;
      const lead = readings[4 * r + 1] as number;
      const len = e - at;
      if (len + (lead >= 0 ? 1 : 0) > maxLen || (!article && readings[4 * r + 3] === 1)) continue;
      // The stem's hash from the word's (word-table.ts): no pass over the stem.
      let p = 0;
      for (let q = s; q < at; q++) p = ((p << 5) + p + (units[q] as number)) & HASH_MASK;
      let hs = suffixHash(h, p, len, pow);
      if (lead >= 0) hs = (Math.imul(lead, pow[len] as number) + hs) & HASH_MASK;
      const x = (hs ^ (hs >>> 11)) & mask;
      if ((((bits[x >>> 5] as number) >>> (x & 31)) & 1) === 0) continue;
      const v = this.vocab.findHashed(units, at, e, lead, hs);
      const node = v >= 0 ? (firstNode[v] as number) : -1;
      if (node < 0) continue;
      starts[3 * ns] = node;
      starts[3 * ns + 1] = readings[4 * r + 2] as number;
      starts[3 * ns + 2] = readings[4 * r + 3] as number;
      ns++;
    }
    return ns;
  }

  /** Walk from `node` (the first word, `i`) along the following words while the gaps are soft. */
  private walk(pw: PageWords, i: number, node: number, prefix: number, article: boolean, nh: number): number {
    const { units, words: W, count } = pw;
    const { postStart, childStart, tok } = this.trie;
    for (let j = i; ; ) {
      if ((postStart[node + 1] as number) > (postStart[node] as number) && (!article || isDigit(units[W[j * STRIDE + W_START] as number] as number))) {
        if ((nh + 1) * HIT > this.hits.length) {
          const grown = new Int32Array(2 * this.hits.length);
          grown.set(this.hits);
          this.hits = grown;
        }
        const o = nh++ * HIT;
        const hits = this.hits;
        hits[o] = i;
        hits[o + 1] = j;
        hits[o + 2] = node;
        hits[o + 3] = prefix;
      }
      if (W[j * STRIDE + W_SOFT] === 0 || j + 1 >= count || childStart[node + 1] === childStart[node]) return nh;
      // Vocabulary id of the next word, cached in its W_FREE slot as id + 2 (0: not looked up yet).
      const q = (j + 1) * STRIDE;
      let w = W[q + W_FREE] as number;
      if (w === 0) W[q + W_FREE] = w = this.vocab.findHashed(units, W[q + W_START] as number, W[q + W_END] as number, -1, W[q + W_HASH] as number) + 2;
      if (w < 2) return nh;
      // The child along word w - 2: binary search among the node's sorted children, inline: this loop
      // runs for every name start of a page, mostly before it is optimised.
      const t = w - 2;
      let lo = childStart[node] as number;
      let hi = (childStart[node + 1] as number) - 1;
      node = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const v = tok[mid] as number;
        if (v === t) {
          node = mid;
          break;
        }
        if (v < t) lo = mid + 1;
        else hi = mid - 1;
      }
      if (node < 0) return nh;
      j++;
    }
  }
}

const isDigit = (cu: number): boolean => cu >= 0x30 && cu <= 0x39;

/** The first word after word `i` that starts with a digit, or the number of words. */
function nextDigitWord(pw: PageWords, i: number): number {
  const { units, words: W, count } = pw;
  let j = i + 1;
  while (j < count && !isDigit(units[W[j * STRIDE + W_START] as number] as number)) j++;
  return j;
}

/** Levels below the root of the breadth-first trie (compile.ts): the most words in a name. */
function trieDepth(childStart: Int32Array): number {
  let depth = 0;
  let last = 0; // the last node of the current level
  for (;;) {
    const next = (childStart[last + 1] as number) - 1; // the last node of the next level
    if (next <= last) return depth;
    last = next;
    depth++;
  }
}
