/**
 * The bundled knowledge base: assets/kb/*.json, imported statically (Vite and tsx both inline JSON),
 * merged into one pack. `bundledRevision()` changes exactly when the content does, so the background
 * reloads the bundled layer only then.
 */
import places from '../../assets/kb/places.json';
import people from '../../assets/kb/people.json';
import organizations from '../../assets/kb/organizations.json';
import { canonicalEntry, hashString, stableStringify } from './canonical';
import { packSchema, PACK_FORMAT, PACK_VERSION, type Entry, type Pack } from './pack';

const SOURCES: Array<[string, unknown]> = [
  ['places', places],
  ['people', people],
  ['organizations', organizations],
];

let cached: { pack: Pack; revision: string } | undefined;

function load(): { pack: Pack; revision: string } {
  if (cached) return cached;
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const [name, data] of SOURCES) {
    // The sources are checked in CI (scripts/kb-check.ts); a broken one is a build bug, so fail loudly.
    const pack = packSchema.parse(data);
    for (const e of pack.entries) {
      if (seen.has(e.id)) throw new Error(`bundled KB: duplicate id ${e.id} in ${name}`);
      seen.add(e.id);
      entries.push(canonicalEntry(e));
    }
  }
  const revision = hashString(stableStringify([PACK_VERSION, entries]));
  cached = { pack: { format: PACK_FORMAT, version: PACK_VERSION, name: 'Hamish bundled', revision, entries }, revision };
  return cached;
}

/** The bundled knowledge base as one validated pack (entries in canonical form). */
export function bundledPack(): Pack {
  return load().pack;
}

/** A stable hash of the bundled content: equal content gives the same revision on every build. */
export function bundledRevision(): string {
  return load().revision;
}
