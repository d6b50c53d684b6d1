/**
 * The words that can begin a name (the children of the trie's root), by vocabulary id, plus a Bloom
 * filter over the hashes of those words AND of their attached forms (و+w, بال… for w = ال…, see
 * `ATTACHED` in proclitics.ts): most words of a page begin no name, with or without proclitics, and
 * are rejected with one bit test on the hash they already have, before any table probe or split.
 */
import { ALEF, ATTACHED, LAM } from '../arabic/proclitics';
import { HASH_MASK, hashPowers, hashRange, suffixHash, type WordTable } from './word-table';

/** Bits per filtered hash (one probe: about 6 % false positives), and the most bits (512 KiB). */
const BITS_PER_KEY = 16;
const MAX_BITS = 1 << 22;

export class FirstWords {
  /** Vocabulary id → root child node, or -1. */
  readonly node: Int32Array;
  /** Bloom filter bits; test with `mayBegin`, or inline it in hot loops. */
  readonly bits: Int32Array;
  /** Mask of a bit index in `bits`. */
  readonly mask: number;
  /** Longest first word, in code units. */
  readonly maxLen: number;
  /** `hashPowers(maxLen + 1)`, for the hashes of proclitic stems. */
  readonly pow: Int32Array;

  /** `tok`, `childStart`: the trie (matcher.ts); the root's children are nodes `childStart[0] .. childStart[1]`. */
  constructor(vocab: WordTable, tok: Int32Array, childStart: Int32Array) {
    const c0 = childStart[0] as number;
    const c1 = childStart[1] as number;
    this.node = new Int32Array(vocab.count).fill(-1);
    let maxLen = 0;
    for (let c = c0; c < c1; c++) {
      const id = tok[c] as number;
      this.node[id] = c;
      maxLen = Math.max(maxLen, vocab.length(id));
    }
    this.maxLen = maxLen;
    const pow = (this.pow = hashPowers(maxLen + 1));
    let size = 1024;
    while (size < (c1 - c0) * (ATTACHED.length + 1) * BITS_PER_KEY && size < MAX_BITS) size <<= 1;
    const mask = (this.mask = size - 1);
    const bits = (this.bits = new Int32Array(size >>> 5));
    // Prefix hashes: those standing for nothing first, then those standing for the alef of ال.
    const plain = ATTACHED.filter(([, replaces]) => replaces === 0).map(([p]) => hashRange(Uint16Array.from(p, (ch) => ch.charCodeAt(0)), 0, p.length));
    const alef = ATTACHED.filter(([, replaces]) => replaces === 1).map(([p]) => hashRange(Uint16Array.from(p, (ch) => ch.charCodeAt(0)), 0, p.length));
    const hashes = vocab.hashes;
    const set = (h: number): void => {
      const x = bloomBit(h) & mask;
      bits[x >>> 5] = (bits[x >>> 5] as number) | (1 << (x & 31));
    };
    for (let c = c0; c < c1; c++) {
      const id = tok[c] as number;
      const h = hashes[id] as number;
      const len = vocab.length(id);
      // hash(prefix + rest) = hash(prefix) · 33^|rest| + hash(rest) (word-table.ts)
      set(h);
      for (let k = 0; k < plain.length; k++) set((Math.imul(plain[k] as number, pow[len] as number) + h) & HASH_MASK);
      if (len > 2 && vocab.unit(id, 0) === ALEF && vocab.unit(id, 1) === LAM) {
        const rest = suffixHash(h, ALEF, len - 1, pow);
        for (let k = 0; k < alef.length; k++) set((Math.imul(alef[k] as number, pow[len - 1] as number) + rest) & HASH_MASK);
      }
    }
  }

  /** False when no first word nor attached form of one has hash `h` (word-table.ts); true when one may. */
  mayBegin(h: number): boolean {
    const b = bloomBit(h) & this.mask;
    return (((this.bits[b >>> 5] as number) >>> (b & 31)) & 1) === 1;
  }
}

/** Bit of hash `h` in the filter, before masking (spreads the high bits of the polynomial hash down). */
export function bloomBit(h: number): number {
  return h ^ (h >>> 11);
}
