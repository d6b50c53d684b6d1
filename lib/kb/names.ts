/** The names an entry answers to, and their normalised keys (the engine's folding, lib/arabic/normalize.ts). */
import { normalizeKey } from '../arabic/normalize';
import type { Entry } from './pack';

/** Full names: both labels and every alias (short aliases are meant to be shared, so they are left out). */
export function fullNames(e: Pick<Entry, 'label' | 'aliases'>): string[] {
  const out: string[] = [];
  if (e.label.ar) out.push(e.label.ar);
  if (e.label.en) out.push(e.label.en);
  for (const a of e.aliases ?? []) out.push(a);
  return out;
}

/** Distinct normalised keys of an entry's full names (for the `name` index and clash detection). */
export function nameKeys(e: Pick<Entry, 'label' | 'aliases'>): string[] {
  const keys = new Set<string>();
  for (const n of fullNames(e)) {
    const k = normalizeKey(n);
    if (k) keys.add(k);
  }
  return [...keys];
}
