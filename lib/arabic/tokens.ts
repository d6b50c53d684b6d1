/**
 * Word tokenisation of NORMALISED text (see normalize.ts). A word is a maximal run of letters, digits and
 * combining marks (Unicode L, N, M) in any script; everything else separates words, so Arabic punctuation
 * (، ؛ ؟ « ») and Latin punctuation both end a word.
 */

/** Character classes (cached per code unit; 0 = not yet classified). */
export const WORD = 1;
export const SPACE = 2; // horizontal whitespace
export const JOIN = 3; // hyphens, underscore
export const DOT = 4; // full stop, apostrophe
export const HARD = 5; // anything else: punctuation, line breaks, symbols
const cls = new Uint8Array(0x10000);
const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * `WORD_RE` over U+0000–U+00FF and the Arabic block U+0600–U+06FF as inclusive ranges (pinned by
 * tokens.test.ts; both blocks are fully assigned since Unicode 6.3 but for U+061D, which is not a word
 * character either way). Common page text then never compiles the Unicode-property regex, which costs
 * milliseconds in a fresh page.
 */
const LATIN1_WORD = [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a, 0xaa, 0xaa, 0xb2, 0xb3, 0xb5, 0xb5, 0xb9, 0xba, 0xbc, 0xbe, 0xc0, 0xd6, 0xd8, 0xf6, 0xf8, 0xff];
const ARABIC_WORD = [0x0610, 0x061a, 0x0620, 0x0669, 0x066e, 0x06d3, 0x06d5, 0x06dc, 0x06df, 0x06e8, 0x06ea, 0x06fc, 0x06ff, 0x06ff];

function inRanges(cu: number, ranges: readonly number[]): boolean {
  for (let k = 0; k < ranges.length; k += 2) if (cu >= (ranges[k] as number) && cu <= (ranges[k + 1] as number)) return true;
  return false;
}

function classify(cu: number): number {
  switch (cu) {
    case 0x20:
    case 0x09:
    case 0xa0:
    case 0x202f:
    case 0x3000:
      return SPACE;
    case 0x2d: // hyphen-minus
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x5f: // underscore
      return JOIN;
    case 0x2e: // full stop (initials: U.S.)
    case 0x27: // apostrophe (O'Brien)
    case 0x2019:
      return DOT;
    default:
      if (cu >= 0x2000 && cu <= 0x200a) return SPACE;
      // Surrogates count as separators (emoji next to a name must not glue to it).
      if (cu >= 0xd800 && cu <= 0xdfff) return HARD;
      if (cu < 0x100) return inRanges(cu, LATIN1_WORD) ? WORD : HARD;
      if (cu >= 0x0600 && cu <= 0x06ff) return inRanges(cu, ARABIC_WORD) ? WORD : HARD;
      return WORD_RE.test(String.fromCharCode(cu)) ? WORD : HARD;
  }
}

/** Class (WORD, SPACE, JOIN, DOT or HARD) of a normalised code unit. */
export function classOf(cu: number): number {
  let c = cls[cu] as number;
  if (c === 0) cls[cu] = c = classify(cu);
  return c;
}

/** True when the code unit belongs to a word (Unicode letters, digits, marks). */
export function isWordUnit(cu: number): boolean {
  return classOf(cu) === WORD;
}

/** Words of a normalised text: `[start[i], end[i])`; `soft[i]` is 1 when a name may continue into word i+1. */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  soft: Uint8Array;
}

/**
 * Split normalised text into words. The gap between two words is "soft" (a multi-word name may span it)
 * when it holds only horizontal spaces and hyphens, or a dot/apostrophe without spaces (U.S, O'Brien),
 * or a dot after a single letter (initials: "J. Smith"). Line breaks and other punctuation are hard.
 */
export function tokenize(norm: string): Tokens {
  const units = new Uint16Array(norm.length);
  for (let i = 0; i < norm.length; i++) units[i] = norm.charCodeAt(i);
  return tokenizeUnits(units, norm.length);
}

/**
 * `tokenize` over normalised code units `units[0, n)`. With `reuse` (whose arrays must not be subarrays
 * handed out earlier), its arrays are reused when large enough and the result views them.
 */
export function tokenizeUnits(units: Uint16Array, n: number, reuse?: Tokens): Tokens {
  // Upper bound on words: every other character.
  const cap = (n >> 1) + 1;
  const big = reuse !== undefined && reuse.start.length >= cap;
  const start = big ? reuse.start : new Int32Array(cap);
  const end = big ? reuse.end : new Int32Array(cap);
  const soft = big ? reuse.soft : new Uint8Array(cap);
  if (reuse && !big) {
    reuse.start = start;
    reuse.end = end;
    reuse.soft = soft;
  }
  let count = 0;
  let i = 0;
  // Gap state since the last word: saw a space / a dot / something hard.
  let space = false;
  let dot = false;
  let hard = true;
  while (i < n) {
    const c = classOf(units[i] as number);
    if (c !== WORD) {
      if (c === SPACE) space = true;
      else if (c === DOT) dot = true;
      else if (c === HARD) hard = true;
      i++;
      continue;
    }
    if (count > 0 && !hard) {
      const p = count - 1;
      if (!dot || !space || (end[p] as number) - (start[p] as number) === 1) soft[p] = 1;
    }
    start[count] = i;
    soft[count] = 0;
    i++;
    while (i < n && classOf(units[i] as number) === WORD) i++;
    end[count] = i;
    count++;
    space = dot = hard = false;
  }
  return { count, start: start.subarray(0, count), end: end.subarray(0, count), soft: soft.subarray(0, count) };
}

/** The words of a normalised string (for names), as strings. */
export function words(norm: string): string[] {
  const out: string[] = [];
  const n = norm.length;
  let i = 0;
  while (i < n) {
    while (i < n && classOf(norm.charCodeAt(i)) !== WORD) i++;
    if (i >= n) break;
    const s = i;
    while (i < n && classOf(norm.charCodeAt(i)) === WORD) i++;
    out.push(norm.slice(s, i));
  }
  return out;
}
