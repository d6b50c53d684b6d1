/**
 * Proclitic splitting for the FIRST word of a name, on normalised text (hamza forms already folded to ا).
 * Order of attachment (standard Arabic morphology): conjunction و ف, then preposition ب ك ل, then the
 * article ال. The preposition ل before the article drops the article's alef: ل + الأمم → للأمم.
 */

const WAW = 0x0648; // و
const FA = 0x0641; // ف
const BA = 0x0628; // ب
const KAF = 0x0643; // ك
export const LAM = 0x0644; // ل
export const ALEF = 0x0627; // ا

/** Shortest stem left after stripping, in letters (a one-letter "stem" is never a name). */
export const MIN_STEM = 2;

/** One way to read a word as proclitics + stem. */
export interface Split {
  /** The stem to look up (may differ from a suffix of the word: لل + X reads as ال + X). */
  stem: string;
  /** Number of code units of the word before where the name itself begins. */
  prefix: number;
  /** True when the article ال was removed (the stem is a name stored without it). */
  article: boolean;
}

/** True when `cu` can start a proclitic. */
export function isProcliticStart(cu: number): boolean {
  return cu === WAW || cu === FA || cu === BA || cu === KAF || cu === LAM || cu === ALEF;
}

/**
 * The proclitic strings that `splitsInto` takes off a word without taking off the article, each with how
 * many leading units of the stem they stand for: (و|ف)? then (ب|ك|ل)?, not both empty, standing for
 * none; and (و|ف)? + ل standing for the alef of a stem ال… («للأمم» = ل + الأمم). A matcher can thus
 * list, for a stem, every attached form whose reading is that stem.
 */
export const ATTACHED: ReadonlyArray<readonly [prefix: string, replaces: number]> = (() => {
  const out: Array<[string, number]> = [];
  for (const c1 of ['', 'و', 'ف']) {
    for (const c2 of ['', 'ب', 'ك', 'ل']) if (c1 + c2) out.push([c1 + c2, 0]);
    out.push([c1 + 'ل', 1]);
  }
  return out;
})();

/** Upper bound on the readings of one word (2 conjunction × 2 preposition choices × ≤ 3 stems). */
export const MAX_SPLITS = 12;

/**
 * Every proclitic reading of the word `src[s, e)` (normalised), without allocating: و/ف, then ب/ك/ل,
 * then ال; لل reads as ل + ال. Writes readings into `out` as quadruples
 * (stemStart, lead, prefix, article 0/1) — the stem is `lead` (a code unit, or -1 for none) followed by
 * `src[stemStart, e)` — and returns their number. `out` needs 4 × MAX_SPLITS slots. The unsplit word
 * itself is not reported; every stem has ≥ MIN_STEM letters.
 */
export function splitsInto(src: Uint16Array, s: number, e: number, out: Int32Array): number {
  let n = 0;
  const c0 = src[s] as number;
  const k1max = c0 === WAW || c0 === FA ? 1 : 0;
  for (let k1 = 0; k1 <= k1max; k1++) {
    const c = src[s + k1] as number;
    const k2max = c === BA || c === KAF || c === LAM ? 1 : 0;
    for (let k2 = 0; k2 <= k2max; k2++) {
      const k = k1 + k2; // letters of proclitics so far
      const at = s + k;
      const left = e - at;
      if (k > 0 && left >= MIN_STEM) {
        out[n++] = at;
        out[n++] = -1;
        out[n++] = k;
        out[n++] = 0;
      }
      const a = src[at] as number;
      if (k2 === 1 && c === LAM && a === LAM) {
        // لل = ل + ال with the alef dropped: the stem is ال + rest; without the article, the rest.
        if (left - 1 >= MIN_STEM) {
          out[n++] = at;
          out[n++] = ALEF;
          out[n++] = k;
          out[n++] = 0;
          out[n++] = at + 1;
          out[n++] = -1;
          out[n++] = k + 1;
          out[n++] = 1;
        }
      } else if (a === ALEF && src[at + 1] === LAM && left - 2 >= MIN_STEM) {
        out[n++] = at + 2;
        out[n++] = -1;
        out[n++] = k + 2;
        out[n++] = 1;
      }
    }
  }
  return n >> 2;
}

/** All proclitic readings of a normalised word (the word itself excluded), fewest stripped letters first. */
export function splits(word: string): Split[] {
  const out: Split[] = [];
  const units = new Uint16Array(word.length);
  for (let i = 0; i < word.length; i++) units[i] = word.charCodeAt(i);
  const r = new Int32Array(4 * MAX_SPLITS);
  const n = splitsInto(units, 0, units.length, r);
  for (let j = 0; j < n; j++) {
    const [stemStart, lead, prefix, article] = r.subarray(4 * j, 4 * j + 4) as unknown as [number, number, number, number];
    out.push({ stem: (lead >= 0 ? String.fromCharCode(lead) : '') + word.slice(stemStart), prefix, article: article === 1 });
  }
  out.sort((x, y) => x.prefix - y.prefix || Number(x.article) - Number(y.article));
  return out;
}
