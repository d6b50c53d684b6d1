/**
 * One canonical shape per entry, so that "unchanged", hashes and export → import round trips do not
 * depend on key order, empty lists or timestamps.
 */
import type { Entry } from './pack';

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v as object).every((k) => isEmpty((v as Record<string, unknown>)[k]));
  return false;
}

function clean(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clean);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v as object)) {
      const x = (v as Record<string, unknown>)[k];
      if (!isEmpty(x)) out[k] = clean(x);
    }
    return out;
  }
  return v;
}

function hasEmpty(v: unknown): boolean {
  if (Array.isArray(v)) return v.some((x) => isEmpty(x) || hasEmpty(x));
  if (v && typeof v === 'object') {
    for (const k in v as object) {
      const x = (v as Record<string, unknown>)[k];
      if (isEmpty(x) || hasEmpty(x)) return true;
    }
  }
  return false;
}

/** The entry without empty lists, empty objects or undefined fields (an empty `aliases: []` means no aliases). */
export function canonicalEntry(e: Entry): Entry {
  // Most entries are already canonical: copy only those that are not (an import of 50,000 feels the garbage).
  return hasEmpty(e) ? (clean(e) as Entry) : e;
}

/** JSON with object keys sorted at every level: equal data gives equal text. */
export function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(stableStringify).join(',') + ']';
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return '{' + Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => JSON.stringify(k) + ':' + stableStringify(o[k])).join(',') + '}';
  }
  return JSON.stringify(v) ?? 'null';
}

/** What an entry says, without its timestamps: two entries with equal content keys are the same entry. */
export function contentKey(e: Entry): string {
  const { created: _c, updated: _u, ...rest } = canonicalEntry(e);
  return stableStringify(rest);
}

/** cyrb53 (public domain, bryc): a fast 53-bit string hash, as 14 hex digits. Not cryptographic; it only detects change. */
export function hashString(s: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** Hash of an entry's content (timestamps excluded). */
export function entryHash(e: Entry): string {
  return hashString(contentKey(e));
}
