/**
 * Random glossaries for tests (imported by *.test.ts only): names of random letters, so nearly every
 * word is unique and any letter may begin one — harsher on proclitic splitting and hashing than real
 * names.
 */
import { rng as floats } from '../../scripts/bench/generate';
import type { MatchEntry } from './types';

/** Seeded integers in [0, n). */
function rng(seed: number): (n: number) => number {
  const next = floats(seed);
  return (n) => Math.floor(next() * n);
}

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** Synthetic entries: two-word persons with a short surname, one-word places, three-word organisations. */
export function syntheticEntries(n: number, seed = 1): MatchEntry[] {
  const r = rng(seed);
  const word = (): string => {
    let w = '';
    const len = 3 + r(5);
    for (let i = 0; i < len; i++) w += LETTERS[r(LETTERS.length)];
    return w;
  };
  const out: MatchEntry[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % 3;
    const family = word();
    const ar = k === 0 ? `${word()} ${family}` : k === 1 ? word() : `${word()} ${word()} ${word()}`;
    out.push({
      id: `e${i}`,
      type: k === 0 ? 'person' : k === 1 ? 'place' : 'organization',
      label: { ar, en: `Name${i} Family${i}` },
      aliases: [`${word()} ${word()}`],
      ...(k === 0 ? { shortAliases: [family] } : {}),
    });
  }
  return out;
}
