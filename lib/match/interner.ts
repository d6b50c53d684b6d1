/**
 * Word interning for the compiler: an open-addressing hash table over a growing character store, probed
 * with ranges of a code-unit buffer, so compiling a large glossary creates no string per word.
 */
import { decodeUnits } from '../arabic/normalize';
import { mix } from './word-table';

export class Interner {
  private chars = new Uint16Array(1024);
  private used = 0;
  private offs = new Int32Array(257); // word id → start in chars; offs[count] = used
  private slots = new Int32Array(512); // word id + 1, 0 = empty
  private hashes = new Int32Array(257); // word id → hash (same length as offs)
  count = 0;

  /** Id of the word `src[s, e)`, added if new. */
  intern(src: Uint16Array, s: number, e: number): number {
    let h = 0x811c9dc5;
    for (let k = s; k < e; k++) h = Math.imul(h ^ (src[k] as number), 0x01000193);
    h = mix(h);
    const len = e - s;
    const mask = this.slots.length - 1;
    let p = h & mask;
    for (;;) {
      const v = this.slots[p] as number;
      if (v === 0) break;
      const id = v - 1;
      if (this.hashes[id] === h) {
        const o = this.offs[id] as number;
        if ((this.offs[id + 1] as number) - o === len) {
          let k = 0;
          while (k < len && this.chars[o + k] === src[s + k]) k++;
          if (k === len) return id;
        }
      }
      p = (p + 1) & mask;
    }
    const id = this.count++;
    if (this.used + len > this.chars.length) {
      const nc = new Uint16Array(Math.max(this.chars.length * 2, this.used + len));
      nc.set(this.chars);
      this.chars = nc;
    }
    this.chars.set(src.subarray(s, e), this.used);
    this.used += len;
    if (this.count + 1 > this.offs.length) {
      const no = new Int32Array(this.offs.length * 2);
      no.set(this.offs);
      this.offs = no;
      const nh = new Int32Array(this.hashes.length * 2);
      nh.set(this.hashes);
      this.hashes = nh;
    }
    this.offs[this.count] = this.used;
    this.hashes[id] = h;
    this.slots[p] = id + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.count; id++) {
      let p = (this.hashes[id] as number) & mask;
      while (slots[p] !== 0) p = (p + 1) & mask;
      slots[p] = id + 1;
    }
    this.slots = slots;
  }

  /** All words by id, joined with single spaces. */
  text(): string {
    if (this.count === 0) return '';
    const out = new Uint16Array(this.used + this.count - 1);
    let o = 0;
    for (let id = 0; id < this.count; id++) {
      if (id > 0) out[o++] = 0x20;
      const a = this.offs[id] as number;
      const b = this.offs[id + 1] as number;
      out.set(this.chars.subarray(a, b), o);
      o += b - a;
    }
    return decodeUnits(out, out.length);
  }
}
