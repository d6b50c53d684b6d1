/**
 * Arabic orthographic normalisation with an offset map back to the original text.
 *
 * Ignored (dropped): tashkeel U+064B–U+0652 (shadda included), U+0653–U+065F (maddah, hamza marks and
 * other Arabic combining marks), superscript alef U+0670, Quranic annotation marks U+0610–U+061A and
 * U+06D6–U+06ED, tatweel U+0640, and invisible format characters (U+200B–U+200F, U+061C, U+202A–U+202E,
 * U+2066–U+2069, U+FEFF, U+00AD).
 * Folded: أ إ آ ٱ (and the rarer ٲ ٳ ٵ) → ا; ى → ي; ة → ه; Persian ک ی → ك ي; Arabic-Indic ٠–٩ and
 * extended (Persian) ۰–۹ digits → 0–9; presentation forms and other compatibility characters via NFKC
 * (e.g. ﻻ → لا); letters lower-cased.
 */

/** Sentinel values of the per-code-unit cache. */
const UNKNOWN = 0xffff;
const IGNORE = 0xfffe;
const MULTI = 0xfffd;

/** BMP code unit → folded code unit (or a sentinel). Filled lazily: only characters actually seen cost anything. */
const single = new Uint16Array(0x10000).fill(UNKNOWN);
/** Folds that expand to several code units (NFKC ligatures such as ﻻ or ﷲ). */
const multi = new Map<number, string>();

/** True for the code points the matcher treats as invisible. */
export function isIgnorable(cp: number): boolean {
  return (
    (cp >= 0x064b && cp <= 0x065f) ||
    cp === 0x0670 ||
    (cp >= 0x0610 && cp <= 0x061a) ||
    (cp >= 0x06d6 && cp <= 0x06ed && cp !== 0x06e5 && cp !== 0x06e6) ||
    cp === 0x0640 ||
    (cp >= 0x200b && cp <= 0x200f) ||
    cp === 0x061c ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff ||
    cp === 0x00ad
  );
}

/** Arabic letter folds (after NFKC). */
function foldArabic(cp: number): number {
  switch (cp) {
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
    case 0x0672: // ٲ
    case 0x0673: // ٳ
    case 0x0675: // ٵ
      return 0x0627;
    case 0x0649: // ى
    case 0x06cc: // ی
      return 0x064a;
    case 0x0629: // ة
      return 0x0647;
    case 0x06a9: // ک
      return 0x0643;
    default:
      if (cp >= 0x0660 && cp <= 0x0669) return cp - 0x0660 + 0x30;
      if (cp >= 0x06f0 && cp <= 0x06f9) return cp - 0x06f0 + 0x30;
      return cp;
  }
}

/** Fold one code point to its normalised string ('' when ignorable). */
function foldCodePoint(cp: number): string {
  if (isIgnorable(cp)) return '';
  if (cp < 0x80) {
    return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  }
  if (cp >= 0x0600 && cp <= 0x06ff) return String.fromCharCode(foldArabic(cp));
  const ch = String.fromCodePoint(cp);
  let out = '';
  // Isolated harakat presentation forms (U+FE70–U+FE7F) decompose to a space plus a mark: drop them whole.
  if (cp >= 0xfe70 && cp <= 0xfe7f && cp !== 0xfe74) {
    const n = ch.normalize('NFKC');
    if ([...n].every((c) => c === ' ' || isIgnorable(c.codePointAt(0) ?? 0))) return '';
  }
  for (const c of ch.normalize('NFKC').toLowerCase()) {
    const p = c.codePointAt(0) ?? 0;
    if (isIgnorable(p)) continue;
    out += String.fromCodePoint(foldArabic(p));
  }
  return out;
}

function lookupBmp(cu: number): number {
  let f = single[cu] as number;
  if (f !== UNKNOWN) return f;
  // Lone surrogates stay as they are (a well-formed pair never reaches here).
  const s = cu >= 0xd800 && cu <= 0xdfff ? String.fromCharCode(cu) : foldCodePoint(cu);
  if (s.length === 0) f = IGNORE;
  else if (s.length === 1 && s.charCodeAt(0) < MULTI) f = s.charCodeAt(0);
  else {
    multi.set(cu, s);
    f = MULTI;
  }
  single[cu] = f;
  return f;
}

/**
 * Folded code unit of the BMP code unit `cu`, or FOLD_IGNORE (no output) or FOLD_EXPANDS (several units,
 * see `foldedAt`). High surrogates fold to themselves here; `foldedAt` pairs them.
 */
export function foldUnit(cu: number): number {
  if (cu < 0x80) return cu >= 0x41 && cu <= 0x5a ? cu + 32 : cu;
  const f = single[cu] as number;
  return f === UNKNOWN ? lookupBmp(cu) : f;
}

export const FOLD_IGNORE = IGNORE;
export const FOLD_EXPANDS = MULTI;

/**
 * Normalised units of the character at `text[i]` when it expands (FOLD_EXPANDS) or is a high surrogate:
 * a surrogate pair folds as one code point (it then spans two code units of `text`), a lone surrogate
 * stays as it is.
 */
export function foldedAt(text: string, i: number): string {
  const cu = text.charCodeAt(i);
  if (charWidthAt(text, i) === 2) return foldCodePoint(((cu - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000);
  const f = foldUnit(cu);
  return f === MULTI ? (multi.get(cu) ?? '') : String.fromCharCode(f);
}

/** Code units of `text` taken by the character at `i`: 2 for a surrogate pair, else 1. */
export function charWidthAt(text: string, i: number): number {
  const cu = text.charCodeAt(i);
  if (cu < 0xd800 || cu > 0xdbff || i + 1 >= text.length) return 1;
  const lo = text.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff ? 2 : 1;
}

/** Normalised text plus `map`: norm index → original index; `map[norm.length] === text.length`. */
export interface Normalized {
  norm: string;
  map: Uint32Array;
}

/** Normalised UTF-16 units in `units[0, length)`, with `map` as in `Normalized` (valid up to `length`). */
export interface NormalizedUnits {
  units: Uint16Array;
  map: Uint32Array;
  length: number;
}

/**
 * Normalise `text` into code units plus the offset map. With `reuse`, its buffers are reused when large
 * enough (the matcher scans page after page without reallocating).
 */
export function normalizeUnits(text: string, reuse?: NormalizedUnits): NormalizedUnits {
  const n = text.length;
  // Output is almost always no longer than the input; grow on the rare ligature expansion.
  // (No closures over these locals: captured variables would make the hot loop slow.)
  let buf = reuse && reuse.units.length >= n + 8 ? reuse.units : new Uint16Array(n + 8);
  let map = reuse && reuse.map.length >= buf.length + 1 ? reuse.map : new Uint32Array(buf.length + 1);
  let cap = buf.length;
  let o = 0;
  for (let i = 0; i < n; i++) {
    const cu = text.charCodeAt(i);
    let f: number;
    if (cu < 0x80) {
      // ASCII: only upper-case letters change.
      f = cu >= 0x41 && cu <= 0x5a ? cu + 32 : cu;
    } else {
      f = single[cu] as number;
      if (f === UNKNOWN) f = lookupBmp(cu);
      if (f === IGNORE) continue;
      if (f === MULTI || (cu >= 0xd800 && cu <= 0xdbff)) {
        // Expansions (ligatures) and surrogate pairs: the rare slow path.
        const at = i;
        const s = foldedAt(text, i);
        i += charWidthAt(text, i) - 1;
        if (o + s.length >= cap) {
          [buf, map] = grown(buf, map, o + s.length);
          cap = buf.length;
        }
        for (let k = 0; k < s.length; k++) {
          buf[o] = s.charCodeAt(k);
          map[o++] = at;
        }
        continue;
      }
    }
    if (o >= cap) {
      [buf, map] = grown(buf, map, o + 1);
      cap = buf.length;
    }
    buf[o] = f;
    map[o++] = i;
  }
  map[o] = n;
  if (reuse) {
    reuse.units = buf;
    reuse.map = map;
    reuse.length = o;
  }
  return { units: buf, map, length: o };
}

function grown(buf: Uint16Array, map: Uint32Array, need: number): [Uint16Array, Uint32Array] {
  const size = Math.max(buf.length * 2, need + 8);
  const nb = new Uint16Array(size);
  nb.set(buf);
  const nm = new Uint32Array(size + 1);
  nm.set(map.subarray(0, Math.min(map.length, size + 1)));
  return [nb, nm];
}

/**
 * Normalise `text` for matching, keeping a map from every normalised UTF-16 index to the index of the
 * original code point it came from. Ignored characters vanish, so a span `[map[s], map[e])` of the
 * original ends after any diacritics that trail its last letter.
 */
export function normalizeWithMap(text: string): Normalized {
  const r = normalizeUnits(text);
  return { norm: decodeUnits(r.units, r.length), map: r.map.subarray(0, r.length + 1) };
}

const CHUNK = 8192;

/** String of `buf[0, len)`. */
export function decodeUnits(buf: Uint16Array, len: number): string {
  let s = '';
  for (let i = 0; i < len; i += CHUNK) {
    s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]);
  }
  return s;
}

const scratch: number[] = [];

/**
 * Normalise a short string (a name) without an offset map: the same folding as `normalizeWithMap`,
 * cheaper for the many short strings of a glossary.
 */
export function normalize(s: string): string {
  if (s.length > 4096) return normalizeWithMap(s).norm;
  scratch.length = 0;
  for (let i = 0; i < s.length; i++) {
    const cu = s.charCodeAt(i);
    if (cu < 0x80) {
      scratch.push(cu >= 0x41 && cu <= 0x5a ? cu + 32 : cu);
      continue;
    }
    // Surrogate pairs take the general path.
    if (cu >= 0xd800 && cu <= 0xdbff) return normalizeWithMap(s).norm;
    let f = single[cu] as number;
    if (f === UNKNOWN) f = lookupBmp(cu);
    if (f === IGNORE) continue;
    if (f === MULTI) {
      const m = multi.get(cu) ?? '';
      for (let k = 0; k < m.length; k++) scratch.push(m.charCodeAt(k));
      continue;
    }
    scratch.push(f);
  }
  return String.fromCharCode.apply(null, scratch);
}

/**
 * Normalised key for search and de-duplication: the same folding as `normalizeWithMap`, whitespace
 * collapsed to single spaces and trimmed; proclitics are NOT stripped.
 */
export function normalizeKey(s: string): string {
  return normalize(s).replace(/\s+/gu, ' ').trim();
}
