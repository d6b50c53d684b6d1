/**
 * An open-addressing hash table from words to vocabulary ids, built over the vocabulary string itself
 * (words joined by single spaces, no copy), and probed with a RANGE of normalised code units (optionally
 * behind one extra leading unit), so scanning a page allocates no substrings.
 */

/** Final avalanche (MurmurHash3 fmix32): spreads a hash over the low bits, which index the table. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Word hash: polynomial, base 33, mod 2^24 (`h = ((h << 5) + h + unit) & HASH_MASK` from 0). It stays
 * a small integer in V8 even in unoptimised code (no heap numbers while the JIT is cold), and the hash
 * of a suffix follows from prefix hashes (`suffixHash`), which proclitic readings use.
 */
export const HASH_MASK = 0xffffff;

/** Hash of the word `lead + src[s, e)` (lead < 0: none). */
export function hashRange(src: Uint16Array, s: number, e: number, lead = -1): number {
  let h = lead >= 0 ? lead : 0;
  for (let k = s; k < e; k++) h = ((h << 5) + h + (src[k] as number)) & HASH_MASK;
  return h;
}

/** 33^k mod 2^24 for k < `n`. */
export function hashPowers(n: number): Int32Array {
  const pow = new Int32Array(Math.max(1, n));
  pow[0] = 1;
  for (let k = 1; k < n; k++) pow[k] = ((pow[k - 1] as number) * 33) & HASH_MASK;
  return pow;
}

/** Hash of the last `len` units of a word from the hash `h` of the whole word and `p` of the rest; `pow` from `hashPowers`. */
export function suffixHash(h: number, p: number, len: number, pow: Int32Array): number {
  return (h - Math.imul(p, pow[len] as number)) & HASH_MASK;
}

const SPACE = 0x20;

export class WordTable {
  private readonly mask: number;
  private readonly slots: Int32Array; // word id + 1, 0 = empty
  private readonly offs: Int32Array; // word id → start in `text`; offs[count] = text.length + 1
  /** `text` as code units: compared with typed-array reads, not a `charCodeAt` call per unit. */
  private readonly units: Uint16Array;
  /** Word id → its hash (`hashRange`). */
  readonly hashes: Int32Array;
  /** Number of words. */
  readonly count: number;

  /** `text`: the words, joined by single spaces (empty string: no words). */
  constructor(text: string) {
    // One pass over the text into arrays sized for the most words it can hold, then one over the words:
    // this runs at every page load, mostly before the JIT has optimised it, so locals and few passes.
    const n = text.length;
    const most = (n >> 1) + 1;
    const hashes = new Int32Array(most);
    const offs = new Int32Array(most + 1);
    const units = (this.units = new Uint16Array(n));
    let count = 0;
    let h = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      units[i] = c;
      if (c !== SPACE) {
        h = ((h << 5) + h + c) & HASH_MASK;
        continue;
      }
      hashes[count++] = h;
      offs[count] = i + 1;
      h = 0;
    }
    if (n > 0) hashes[count++] = h;
    offs[count] = n + 1;
    this.count = count;
    this.hashes = hashes.slice(0, count);
    this.offs = offs.slice(0, count + 1);
    let size = 16;
    while (size < count * 2) size <<= 1;
    const mask = (this.mask = size - 1);
    const slots = (this.slots = new Int32Array(size));
    for (let id = 0; id < count; id++) {
      let p = mix(hashes[id] as number) & mask;
      while (slots[p] !== 0) p = (p + 1) & mask;
      slots[p] = id + 1;
    }
  }

  /** Length of word `id` in code units. */
  length(id: number): number {
    return (this.offs[id + 1] as number) - 1 - (this.offs[id] as number);
  }

  /** Code unit `k` of word `id`. */
  unit(id: number, k: number): number {
    return this.units[(this.offs[id] as number) + k] as number;
  }

  /** Id of the word `lead + src[s, e)` (lead < 0: none), or -1. */
  find(src: Uint16Array, s: number, e: number, lead = -1): number {
    return this.findHashed(src, s, e, lead, hashRange(src, s, e, lead));
  }

  /** `find` with the word's hash `h` (`hashRange`) already known. */
  findHashed(src: Uint16Array, s: number, e: number, lead: number, h: number): number {
    const len = e - s + (lead >= 0 ? 1 : 0);
    const { slots, offs, units, mask, hashes } = this;
    // mix(h), inlined: a page's first scan calls this thousands of times before it is optimised.
    let p = h ^ (h >>> 16);
    p = Math.imul(p, 0x85ebca6b);
    p ^= p >>> 13;
    p = Math.imul(p, 0xc2b2ae35);
    p = (p ^ (p >>> 16)) & mask;
    for (; ; p = (p + 1) & mask) {
      const v = slots[p] as number;
      if (v === 0) return -1;
      const id = v - 1;
      if (hashes[id] !== h) continue;
      const o = offs[id] as number;
      if ((offs[id + 1] as number) - 1 - o !== len) continue;
      let k = o;
      if (lead >= 0) {
        if (units[k] !== lead) continue;
        k++;
      }
      let j = s;
      while (j < e && units[k] === src[j]) {
        k++;
        j++;
      }
      if (j === e) return id;
    }
  }
}
