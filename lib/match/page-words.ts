/**
 * The matcher's one pass over a page: normalise (normalize.ts), split into words (tokens.ts, same soft-gap
 * rule) and hash every word for the vocabulary table (word-table.ts), reading each character once. The
 * separate passes cost more than the work itself while the JIT is still cold (first scan in a tab).
 */
import { charWidthAt, foldedAt } from '../arabic/normalize';
import { DOT, HARD, SPACE } from '../arabic/tokens';
import { infoOfFolded, SKIP, SLOW, UNIT_INFO, unitInfo, UNSEEN } from '../arabic/units';
import { HASH_MASK } from './word-table';

/** Ints per word in `PageWords.words`, and their meaning. */
export const STRIDE = 8;
export const W_START = 0; // first normalised unit
export const W_END = 1; // after the last unit
export const W_HASH = 2; // `hashRange` of the word
export const W_SOFT = 3; // 1 when a name may continue into the next word (tokens.ts)
export const W_FREE = 4; // 0, for the caller (the matcher caches the word's vocabulary id there)
export const W_ORIG_START = 5; // index in the original text of the word's first unit
export const W_ORIG_END = 6; // index in the original text of the unit after the word (text.length at the end)
export const W_ORIG_SKIP = 7; // units of the character at W_ORIG_START before the word's (> 0 inside an expansion)

export interface PageWords {
  text: string;
  /** Normalised code units `[0, length)`; only those of words are filled in (separators read 0). */
  units: Uint16Array;
  length: number;
  count: number;
  /** `STRIDE` ints per word. */
  words: Int32Array;
}

/** Buffers for `cap` normalised units, in one allocation (words ≤ every other unit). */
function alloc(cap: number): { units: Uint16Array; words: Int32Array } {
  const maxWords = (cap >> 1) + 1;
  const buf = new ArrayBuffer(4 * STRIDE * maxWords + 2 * cap);
  return { words: new Int32Array(buf, 0, STRIDE * maxWords), units: new Uint16Array(buf, 4 * STRIDE * maxWords, cap) };
}

/**
 * Normalised units and words of `text`: the units of normalizeUnits and the words of tokenizeUnits
 * (normalize.ts, tokens.ts), each word with its hash and its original span.
 */
export function pageWords(text: string): PageWords {
  const n = text.length;
  let { units, words } = alloc(n + 8);
  let cap = units.length;
  // Module constants as locals: the first scan runs mostly unoptimised, where every load counts.
  const info = UNIT_INFO;
  const mask = HASH_MASK;
  let o = 0;
  let count = 0;
  let ws = -1; // start of the current word, -1 between words
  let wo = 0; // its start in `text`
  let wk = 0; // and units of that character before it
  let h = 0;
  // Gap state since the last word: saw a space / a dot / something hard.
  let space = false;
  let dot = false;
  let hard = true;
  // Expansions (ligatures, surrogate pairs): their units are fed one by one before reading on, while
  // `lim` is lowered to make the common path's one test fail.
  let lim = n;
  let pend = '';
  let pk = 0;
  let pn = 0;
  let pat = -1;
  let i = 0;
  for (;;) {
    let v: number; // UNIT_INFO of the next unit: ≥ 0 a word unit, else minus its class
    let at: number; // where it comes from in `text`
    if (i < lim) {
      v = info[text.charCodeAt(i)] as number;
      if (v < -HARD) {
        if (v === UNSEEN) v = unitInfo(text.charCodeAt(i));
        if (v === SKIP) {
          i++;
          continue;
        }
        if (v === SLOW) {
          pend = foldedAt(text, i);
          pk = 0;
          pn = pend.length;
          pat = i;
          i += charWidthAt(text, i);
          if (pn > 0) lim = i;
          if (o + pn + (n - i) + 1 > cap) {
            // Expansions outgrew the buffers: rare, so simply copy into larger ones.
            const next = alloc(Math.max(2 * cap, o + pn + (n - i) + 9));
            next.units.set(units.subarray(0, o));
            next.words.set(words.subarray(0, count * STRIDE));
            ({ units, words } = next);
            cap = units.length;
          }
          continue;
        }
      }
      at = i++;
    } else if (pk < pn) {
      v = infoOfFolded(pend.charCodeAt(pk++));
      at = pat;
      if (pk === pn) lim = n;
    } else if (ws >= 0) {
      // The end of the text closes the last word as a hard separator would (the loop ends below).
      v = -HARD;
      at = n;
    } else break;
    if (v >= 0) {
      units[o] = v;
      if (ws < 0) {
        if (count > 0 && !hard) {
          const p = (count - 1) * STRIDE;
          if (!dot || !space || (words[p + W_END] as number) - (words[p + W_START] as number) === 1) words[p + W_SOFT] = 1;
        }
        ws = o;
        wo = at;
        wk = at === pat ? pk - 1 : 0;
        h = 0;
      }
      h = ((h << 5) + h + v) & mask;
    } else {
      if (ws >= 0) {
        const p = count * STRIDE;
        words[p + W_START] = ws;
        words[p + W_END] = o;
        words[p + W_HASH] = h;
        words[p + W_ORIG_START] = wo;
        words[p + W_ORIG_SKIP] = wk;
        words[p + W_ORIG_END] = at;
        count++;
        ws = -1;
        space = dot = hard = false;
      }
      if (v === -SPACE) space = true;
      else if (v === -DOT) dot = true;
      else if (v === -HARD) {
        // Only the end of the text has `at === n` (a real unit comes from before it).
        if (at === n) break;
        hard = true;
      }
    }
    o++;
  }
  // Created once, complete: objects changed after creation make V8 throw optimised code away.
  return { text, units, length: o, count, words };
}

/**
 * Index in the original text of unit `k` of a word (normalizeUnits' `map`), from the word's
 * W_ORIG_START and W_ORIG_SKIP.
 */
export function origOfUnit(text: string, origStart: number, origSkip: number, k: number): number {
  let i = origStart;
  k += origSkip;
  for (;;) {
    let v = UNIT_INFO[text.charCodeAt(i)] as number;
    if (v === UNSEEN) v = unitInfo(text.charCodeAt(i));
    if (v === SKIP) {
      i++;
      continue;
    }
    const units = v === SLOW ? foldedAt(text, i).length : 1;
    if (k < units) return i;
    k -= units;
    i += v === SLOW ? charWidthAt(text, i) : 1;
  }
}
