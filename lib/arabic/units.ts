/**
 * Fold and word class of every BMP code unit in one lazily filled table, so that a single pass over a
 * page (lib/match/page-words.ts) normalises and tokenises with one lookup per character.
 *
 * `UNIT_INFO[cu]`: the folded unit (≥ 0) when it belongs to a word; otherwise minus its class from
 * tokens.ts (SPACE, JOIN, DOT, HARD: −2 … −5), or SKIP (ignorable), SLOW (expands to several units, or
 * a high surrogate: see `foldedAt` in normalize.ts), UNSEEN (not looked at yet: call `unitInfo`).
 */
import { FOLD_EXPANDS, FOLD_IGNORE, foldUnit } from './normalize';
import { classOf, HARD, WORD } from './tokens';

export const SKIP = -HARD - 1;
export const SLOW = -HARD - 2;
export const UNSEEN = -HARD - 3;

export const UNIT_INFO = new Int32Array(0x10000).fill(UNSEEN);

/** Fill and return the `UNIT_INFO` entry of `cu`. */
export function unitInfo(cu: number): number {
  const f = foldUnit(cu);
  let v: number;
  if (f === FOLD_IGNORE) v = SKIP;
  else if (f === FOLD_EXPANDS || (cu >= 0xd800 && cu <= 0xdbff)) v = SLOW;
  else v = infoOfFolded(f);
  UNIT_INFO[cu] = v;
  return v;
}

/** The `UNIT_INFO` value of an already folded unit (the units of an expansion). */
export function infoOfFolded(f: number): number {
  const c = classOf(f);
  return c === WORD ? f : -c;
}
