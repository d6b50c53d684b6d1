/**
 * An open-addressing hash table from words to vocabulary ids, built over the vocabulary string itself
 * (words joined by single spaces, no copy), and probed with a RANGE of normalised code units (optionally
 * behind one extra leading unit), so scanning a page allocates no substrings.
 */

/** Final avalanche (MurmurHash3 fmix32): FNV-1a alone leaves the low bits, which index the table, clustered. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const SPACE = 0x20;

export class WordTable {
  private readonly mask: number;
  private readonly slots: Int32Array; // word id + 1, 0 = empty
  private readonly offs: Int32Array; // word id → start in `text`; offs[count] = text.length + 1
  /** Number of words. */
  readonly count: number;

  /** `text`: the words, joined by single spaces (empty string: no words). */
  constructor(private readonly text: string) {
    const n = text.length;
    let count = n === 0 ? 0 : 1;
    for (let i = 0; i < n; i++) if (text.charCodeAt(i) === SPACE) count++;
    this.count = count;
    let size = 16;
    while (size < count * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.offs = new Int32Array(count + 1);
    let id = 0;
    let h = 0x811c9dc5;
    for (let i = 0; i <= n && count > 0; i++) {
      const c = i < n ? text.charCodeAt(i) : SPACE;
      if (c !== SPACE) {
        h = Math.imul(h ^ c, 0x01000193);
        continue;
      }
      let p = mix(h) & this.mask;
      while (this.slots[p] !== 0) p = (p + 1) & this.mask;
      this.slots[p] = id + 1;
      this.offs[++id] = i + 1;
      h = 0x811c9dc5;
    }
    this.offs[count] = n + 1;
  }

  /** Id of the word `lead + src[s, e)` (lead < 0: none), or -1. */
  find(src: Uint16Array, s: number, e: number, lead = -1): number {
    let h = 0x811c9dc5;
    if (lead >= 0) h = Math.imul(h ^ lead, 0x01000193);
    for (let k = s; k < e; k++) h = Math.imul(h ^ (src[k] as number), 0x01000193);
    const len = e - s + (lead >= 0 ? 1 : 0);
    const { slots, offs, text, mask } = this;
    for (let p = mix(h) & mask; ; p = (p + 1) & mask) {
      const v = slots[p] as number;
      if (v === 0) return -1;
      const id = v - 1;
      const o = offs[id] as number;
      if ((offs[id + 1] as number) - 1 - o !== len) continue;
      let k = o;
      if (lead >= 0) {
        if (text.charCodeAt(k) !== lead) continue;
        k++;
      }
      let j = s;
      while (j < e && text.charCodeAt(k) === src[j]) {
        k++;
        j++;
      }
      if (j === e) return id;
    }
  }
}
