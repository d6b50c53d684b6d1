/** What an import would do against the current merge: added, updated, unchanged, and conflicts. */
import type { EntryView, ImportPreview } from '../messaging/protocol';
import { contentKey } from './canonical';
import { fullNames } from './names';
import type { Entry } from './pack';
import type { ParsedImport } from './parse';
import { normalizeKey } from '../arabic/normalize';

export interface PlannedImport {
  preview: ImportPreview;
  /** Entries to write (added or updated); unchanged ones are left alone. */
  write: Entry[];
  /** Ids to hide that are not hidden yet. */
  hide: string[];
  /** Normalised full-name keys of each file entry (so the write need not compute them again). */
  keys: Map<string, string[]>;
}

/**
 * Compares parsed entries with the current views. `keysOf` gives the normalised full-name keys of a
 * current entry. Name conflicts: a normalised full name that another visible entry (or another entry of
 * the file) also claims after the import.
 */
export function planImport(parsed: ParsedImport, views: ReadonlyMap<string, EntryView>, keysOf: (id: string) => readonly string[]): PlannedImport {
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const conflicts: ImportPreview['conflicts'] = [];
  const write: Entry[] = [];
  const incoming = new Set<string>();
  const changed = new Set<string>();
  for (const e of parsed.entries) {
    incoming.add(e.id);
    const cur = views.get(e.id);
    if (!cur) {
      added++;
      write.push(e);
      changed.add(e.id);
    } else if (contentKey(cur.entry) === contentKey(e)) unchanged++;
    else {
      updated++;
      write.push(e);
      changed.add(e.id);
      conflicts.push({ kind: 'id', id: e.id });
    }
  }

  // Name claims after the import: visible entries the file does not replace, then the file's entries.
  const claims = new Map<string, string[]>();
  const claim = (k: string, id: string) => {
    const ids = claims.get(k);
    if (!ids) claims.set(k, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  for (const [id, v] of views) if (v.source !== 'hidden' && !incoming.has(id)) for (const k of keysOf(id)) claim(k, id);
  const fileNames = new Map<string, Array<[string, string]>>();
  const keys = new Map<string, string[]>();
  for (const e of parsed.entries) {
    const pairs: Array<[string, string]> = [];
    for (const n of fullNames(e)) {
      const k = normalizeKey(n);
      if (k && !pairs.some(([pk]) => pk === k)) pairs.push([k, n]);
    }
    fileNames.set(e.id, pairs);
    keys.set(e.id, pairs.map(([k]) => k));
    for (const [k] of pairs) claim(k, e.id);
  }
  const reported = new Set<string>();
  for (const e of parsed.entries) {
    // An entry the import leaves as it is brings no new claim; its partner reports the clash if it is new.
    if (!changed.has(e.id)) continue;
    for (const [k, name] of fileNames.get(e.id)!) {
      for (const other of claims.get(k)!) {
        if (other === e.id) continue;
        const pair = e.id < other ? `${e.id}\u0000${other}\u0000${k}` : `${other}\u0000${e.id}\u0000${k}`;
        if (reported.has(pair)) continue;
        reported.add(pair);
        conflicts.push({ kind: 'name', id: e.id, otherId: other, name });
      }
    }
  }

  const hide = parsed.hidden.filter((id) => views.get(id)?.source !== 'hidden' && (views.has(id) || incoming.has(id)));
  const ok = parsed.issues.length === 0;
  return {
    preview: { ok, issues: parsed.issues, added, updated, unchanged, conflicts, total: parsed.total },
    write: ok ? write : [],
    hide: ok ? hide : [],
    keys,
  };
}
