/** Export as a pack or CSV, with entries in id order and fields in schema order, so equal data gives equal text. */
import { entriesToCsv } from './csv';
import { entrySchema, PACK_FORMAT, PACK_VERSION, type Entry, type Pack } from './pack';
import type { ImportFormat } from './parse';

export type ExportScope = 'user' | 'all';

const FIELD_ORDER = Object.keys(entrySchema.shape) as Array<keyof Entry>;

function pick<T extends object>(o: T, keys: ReadonlyArray<keyof T>): T {
  const out = {} as T;
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** The entry's fields in schema order, nested ones too (stored objects keep whatever order they were written in). */
export function orderedEntry(e: Entry): Entry {
  return pick(
    {
      ...e,
      label: pick(e.label, ['ar', 'en']),
      summary: e.summary && pick(e.summary, ['ar', 'en']),
      links: e.links?.map((l) => pick(l, ['url', 'label'])),
      roles: e.roles?.map((r) => pick(r, ['ar', 'en', 'from', 'to'])),
    },
    FIELD_ORDER,
  );
}

/** Entries (and, for the user layer, hidden ids) as pack JSON or CSV text. CSV cannot carry hidden ids. */
export function exportText(entries: readonly Entry[], format: ImportFormat, scope: ExportScope, hidden?: readonly string[]): string {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(orderedEntry);
  if (format === 'csv') return entriesToCsv(sorted);
  const pack: Pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    name: scope === 'user' ? 'Hamish: my glossary' : 'Hamish: full glossary',
    entries: sorted,
    ...(hidden?.length ? { hidden: [...hidden].sort() } : {}),
  };
  return JSON.stringify(pack, null, 1) + '\n';
}
