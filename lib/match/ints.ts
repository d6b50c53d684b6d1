/**
 * Compact, JSON-safe encoding of non-negative integer arrays as ASCII strings (a base-32 varint):
 * each character carries 5 bits of the value, low bits first, plus a "more follows" flag. Values below 32
 * take one character, below 1,024 two, below 32,768 three. Strings clone and travel over extension
 * messaging far more cheaply than arrays of numbers.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Encode non-negative integers (< 2^31). */
export function encodeInts(values: ArrayLike<number>): string {
  let out = '';
  let chunk = '';
  for (let i = 0; i < values.length; i++) {
    let v = values[i] as number;
    if (!(v >= 0 && v <= 0x7fffffff) || v !== Math.floor(v)) throw new RangeError('encodeInts: value out of range');
    while (v >= 32) {
      chunk += ALPHABET[32 + (v & 31)];
      v >>>= 5;
    }
    chunk += ALPHABET[v];
    if (chunk.length > 4096) {
      out += chunk;
      chunk = '';
    }
  }
  return out + chunk;
}

/** Decode `encodeInts` output into an Int32Array; throws on malformed input. */
export function decodeInts(s: string): Int32Array {
  // One pass into a buffer of the most values the string can hold (one a character), then a copy of
  // the used part: reading the string twice cost more than the copy while the JIT is cold.
  const buf = new Int32Array(s.length);
  const table = DECODE;
  let k = 0;
  let v = 0;
  let shift = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c < 128 ? (table[c] as number) : -1;
    if (d < 0) throw new Error('decodeInts: bad character');
    if (d >= 32) {
      v |= (d - 32) << shift;
      shift += 5;
      if (shift > 30) throw new Error('decodeInts: value too large');
    } else {
      buf[k++] = v | (d << shift);
      v = 0;
      shift = 0;
    }
  }
  if (shift !== 0) throw new Error('decodeInts: truncated');
  return buf.slice(0, k);
}
