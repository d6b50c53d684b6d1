import { normalizeUnits } from '../arabic/normalize';
import { tokenizeUnits } from '../arabic/tokens';
import { origOfUnit, pageWords, STRIDE, W_END, W_HASH, W_ORIG_END, W_ORIG_SKIP, W_ORIG_START, W_SOFT, W_START } from './page-words';
import { hashRange } from './word-table';

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

// Letters, hamza forms, marks, tatweel, format characters, ligatures (ﻻ ﷲ ﷺ), presentation forms,
// surrogate pairs and a lone surrogate, digits, Latin, and every kind of separator.
const PIECES = [
  ...'ابتجحدرسصطعفقكلمنهويءأإآةىکی٠٣٩0179AZaz',
  '\u064e', '\u0651', '\u0640', '\u0670', '\u200c', '\u200f', '\u00ad', '\ufeff',
  'ﻻ', 'ﷲ', 'ﷺ', 'ﻟ', 'ﺄ', '½', 'ﬁ',
  '😀', '𝐀', '\ud800',
  ' ', ' ', ' ', '\u00a0', '\n', '\t', '.', "'", '-', '_', '،', '«', '»', '(', ',',
];

/** The reference: normalizeUnits + tokenizeUnits + hashRange, as the matcher did them in three passes. */
function reference(text: string) {
  const { units, map, length } = normalizeUnits(text);
  const t = tokenizeUnits(units, length);
  const words = [];
  for (let i = 0; i < t.count; i++) {
    const s = t.start[i] as number;
    const e = t.end[i] as number;
    words.push({ s, e, soft: t.soft[i], hash: hashRange(units, s, e), os: map[s], oe: map[e], text: String.fromCharCode(...units.subarray(s, e)) });
  }
  return { words, length, map };
}

describe('pageWords', () => {
  it('equals normalise + tokenise + hash on random text', () => {
    const r = rng(7);
    for (let n = 0; n < 400; n++) {
      let text = '';
      for (let k = r(40); k > 0; k--) text += PIECES[r(PIECES.length)];
      const ref = reference(text);
      const pw = pageWords(text);
      expect(pw.length).toBe(ref.length);
      const got = [];
      for (let i = 0; i < pw.count; i++) {
        const b = i * STRIDE;
        const s = pw.words[b + W_START] as number;
        const e = pw.words[b + W_END] as number;
        got.push({ s, e, soft: pw.words[b + W_SOFT], hash: pw.words[b + W_HASH], os: pw.words[b + W_ORIG_START], oe: pw.words[b + W_ORIG_END], text: String.fromCharCode(...pw.units.subarray(s, e)) });
        // Where each unit of the word comes from, as the offset map says.
        for (let k = 0; k < e - s; k++) expect(origOfUnit(text, pw.words[b + W_ORIG_START] as number, pw.words[b + W_ORIG_SKIP] as number, k)).toBe(ref.map[s + k]);
      }
      expect(got).toEqual(ref.words);
    }
  });

  it('grows its buffers when expansions outgrow the text', () => {
    const text = 'ﷺ'.repeat(50);
    expect(pageWords(text).length).toBe(normalizeUnits(text).length);
  });
});
