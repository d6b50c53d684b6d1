/** Test doubles for the page layer (imported by *.test.ts only). */
import type { EntityType } from '../kb/pack';
import type { Mention } from '../match/types';
import type { Highlighter } from './highlighter';
import type { PageMention } from './mention-index';

/** A scanner over a fixed name list: every occurrence, longest name first, no overlaps. */
export function fakeScan(names: Record<string, string | string[]>): (text: string) => Mention[] {
  const list = Object.entries(names).sort((a, b) => b[0].length - a[0].length);
  return (text) => {
    const out: Mention[] = [];
    const taken = new Uint8Array(text.length);
    for (const [name, id] of list) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        if (taken.subarray(i, i + name.length).some((x) => x)) continue;
        taken.fill(1, i, i + name.length);
        const ids = Array.isArray(id) ? id : [id];
        out.push({ start: i, end: i + name.length, ids, type: TYPES[ids[0] as string] ?? 'other', short: false });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };
}

/** A highlighter that only records (the registry is not in happy-dom). */
export function recordingHighlighter(): Highlighter & { drawn: Set<PageMention>; active: PageMention | null } {
  const drawn = new Set<PageMention>();
  const h = {
    mode: 'highlight' as const,
    drawn,
    active: null as PageMention | null,
    add: (m: PageMention) => void drawn.add(m),
    remove: (m: PageMention) => void drawn.delete(m),
    setActive: (m: PageMention | null) => void (h.active = m),
    clear: () => drawn.clear(),
  };
  return h;
}

export const TYPES: Record<string, EntityType> = {
  jeffrey: 'person',
  pompeo: 'person',
  un: 'organization',
  sc: 'organization',
  idlib: 'place',
  moscow: 'place',
  damascus: 'place',
  res2254: 'document',
};

export const NAMES: Record<string, string> = {
  'جيم جيفري': 'jeffrey',
  'مايك بومبيو': 'pompeo',
  'الأمم المتحدة': 'un',
  'مجلس الأمن': 'sc',
  'إدلب': 'idlib',
  'موسكو': 'moscow',
  'دمشق': 'damascus',
  'القرار 2254': 'res2254',
};
