/**
 * Public entry point of the matching engine. Browser-safe: no Node APIs here (see node.ts for those).
 */
import { compileSerialized, type SerializedMatcher } from './compile';
import { fromSerialized, type Matcher } from './matcher';
import type { MatchEntry } from './types';

export type { MatchEntry, Mention } from './types';
export type { Matcher } from './matcher';
export type { SerializedMatcher } from './compile';
export { normalizeKey, normalizeWithMap } from '../arabic/normalize';

/** Compile glossary entries into a reusable matcher (entry order breaks ranking ties). */
export function compileMatcher(entries: readonly MatchEntry[]): Matcher {
  return fromSerialized(compileSerialized(entries));
}

/** Rehydrate a matcher from `Matcher.serialize()` output (e.g. received over extension messaging). */
export function loadMatcher(s: SerializedMatcher): Matcher {
  const ok =
    typeof s === 'object' &&
    s !== null &&
    s.format === 'hamish-matcher' &&
    s.v === 2 &&
    Array.isArray(s.ids) &&
    [s.types, s.vocab, s.tok, s.kids, s.posts, s.post].every((x) => typeof x === 'string');
  if (!ok) throw new Error('unsupported serialized matcher');
  return fromSerialized(s);
}
