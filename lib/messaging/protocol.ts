/**
 * The one message protocol between the content script, the extension pages and the background
 * (after Yomitan's api.d.ts): each message names its params schema, its return type and who may send it.
 * Params are validated at the boundary by `handle.ts`; nothing malformed reaches a handler.
 */
import { z } from 'zod';
import { entrySchema, ENTITY_TYPES, type Entry, type EntityType } from '../kb/pack';
import type { Effective } from '../settings/live';

/** Who may send a message. `read`: any of our contexts (content scripts too). `page-action`: content scripts
 * and extension pages, for the card's reversible "hide" only. `write`: extension pages only (popup, options). */
export type Access = 'read' | 'page-action' | 'write';

/** How an entry stands between the bundled layer and the user layer. */
export type EntrySource = 'bundled' | 'user' | 'edited' | 'hidden';

export interface EntryView {
  entry: Entry;
  source: EntrySource;
  /** For an edited bundled entry: the bundled version, to show beside the user's and to revert to. */
  bundled?: Entry;
  /** The bundled entry changed after the user edited it (the user's edit still wins). */
  bundledChanged?: boolean;
}

export interface KbStatus {
  /** False when IndexedDB could not be opened: the bundled KB runs from memory, user edits are unavailable. */
  idb: boolean;
  /** Machine-readable reason when idb is false (e.g. 'QuotaExceededError', 'UnknownError'). */
  idbError?: string;
  bundledRevision: string;
  counts: { total: number; bundled: number; user: number; edited: number; hidden: number };
  /** Increments with every change that alters what pages see. */
  rev: number;
}

export interface ImportIssue {
  /** Entry index (0-based) for a pack, row number (1-based, header = row 1) for CSV; absent for file-level problems. */
  index?: number;
  row?: number;
  field?: string;
  /** Message key in the locale files, with substitutions; rendered in the reader's language by the UI. */
  code: string;
  params?: string[];
}

export interface ImportPreview {
  ok: boolean;
  issues: ImportIssue[];
  added: number;
  updated: number;
  unchanged: number;
  conflicts: Array<{ kind: 'id' | 'name'; id: string; otherId?: string; name?: string }>;
  total: number;
}

export const searchParams = z
  .object({
    query: z.string().max(500),
    type: z.enum(ENTITY_TYPES).optional(),
    source: z.enum(['bundled', 'user', 'edited', 'hidden']).optional(),
    tag: z.string().max(50).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export interface SearchResult {
  total: number;
  items: Array<{ id: string; type: EntityType; label: Entry['label']; source: EntrySource; tags?: string[] }>;
}

const id = z.string().min(1).max(100);
const importFormat = z.enum(['json', 'csv']);
/** 60 MB of text: far above the 50,000-entry target, well below what would hurt the background. */
const importText = z.string().max(60_000_000);

/** The protocol map: params schema, return type (phantom), access. */
export const protocol = {
  ping: { params: z.object({}).strict(), access: 'read', ret: null as unknown as { ok: true; version: string } },
  'kb.status': { params: z.object({}).strict(), access: 'read', ret: null as unknown as KbStatus },
  /** The compiled matcher, serialised; `have` lets a tab skip the transfer when it is current. */
  'matcher.get': {
    params: z.object({ have: z.number().int().optional() }).strict(),
    access: 'read',
    ret: null as unknown as { rev: number; matcher: unknown | null },
  },
  'entries.get': { params: z.object({ ids: z.array(id).max(1000) }).strict(), access: 'read', ret: null as unknown as Entry[] },
  /** The settings as they apply to one host: content scripts read settings only through this snapshot. */
  'settings.get': { params: z.object({ host: z.string().max(255) }).strict(), access: 'read', ret: null as unknown as Effective },
  'entry.hide': { params: z.object({ id }).strict(), access: 'page-action', ret: null as unknown as { ok: true } },
  /** The card's "edit in glossary": pages may not open extension pages themselves, so the background does. */
  'options.open': { params: z.object({ id: id.optional() }).strict(), access: 'page-action', ret: null as unknown as { ok: true } },

  'entry.view': { params: z.object({ id }).strict(), access: 'write', ret: null as unknown as EntryView | null },
  'entries.search': { params: searchParams, access: 'write', ret: null as unknown as SearchResult },
  'entries.tags': { params: z.object({}).strict(), access: 'write', ret: null as unknown as string[] },
  'entry.put': { params: z.object({ entry: entrySchema }).strict(), access: 'write', ret: null as unknown as { ok: true } },
  'entry.delete': { params: z.object({ id }).strict(), access: 'write', ret: null as unknown as { ok: true; undo: EntryView } },
  /** Undo of a delete: puts back exactly what entry.delete returned. */
  'entry.restore': { params: z.object({ view: z.unknown() }).strict(), access: 'write', ret: null as unknown as { ok: true } },
  'entry.unhide': { params: z.object({ id }).strict(), access: 'write', ret: null as unknown as { ok: true } },
  'entry.revert': { params: z.object({ id }).strict(), access: 'write', ret: null as unknown as { ok: true } },
  'names.claimed': {
    params: z.object({ names: z.array(z.string().max(500)).max(200), except: id.optional() }).strict(),
    access: 'write',
    ret: null as unknown as Array<{ name: string; id: string; label: Entry['label'] }>,
  },
  'import.preview': { params: z.object({ text: importText, format: importFormat }).strict(), access: 'write', ret: null as unknown as ImportPreview },
  'import.commit': {
    /** `job`: any tag the page picks; progress messages ({ hamishProgress }) carry it back. */
    params: z.object({ text: importText, format: importFormat, job: z.string().max(100).optional() }).strict(),
    access: 'write',
    ret: null as unknown as { ok: boolean; preview: ImportPreview; written: number },
  },
  export: {
    params: z.object({ scope: z.enum(['user', 'all']), format: importFormat }).strict(),
    access: 'write',
    ret: null as unknown as { text: string; count: number },
  },
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type Params<N extends MessageName> = z.input<Protocol[N]['params']>;
export type Return<N extends MessageName> = Protocol[N]['ret'];

/** On the wire. */
export interface Request<N extends MessageName = MessageName> {
  hamish: 1;
  name: N;
  params: Params<N>;
}
export type Response<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Progress of a long import, broadcast by the background to extension pages with
 * `browser.runtime.sendMessage({ hamishProgress: ImportProgress })` while `import.commit` runs.
 * Phases in order: parse, validate (done/total entries, every 5,000), write (done/total rows, every 5,000),
 * done (also sent, with total 0, when the file had problems or nothing to write).
 */
export interface ImportProgress {
  op: 'import';
  /** The `job` the page passed to import.commit, so a page can tell its own import from another's. */
  job?: string;
  phase: 'parse' | 'validate' | 'write' | 'done';
  done: number;
  total: number;
}
export interface ProgressMessage {
  hamishProgress: ImportProgress;
}

/** Messages the background and popup send TO a tab's content script (browser.tabs.sendMessage). */
export interface TabMessages {
  /** The compiled matcher or the merged entries changed: fetch again. */
  'matcher.changed': { params: { rev: number }; ret: void };
  /** The settings or the site switches changed: ask for the snapshot again (`settings.get`). */
  'settings.changed': { params: Record<string, never>; ret: void };
  /** Popup: the entities on this page, with counts. */
  'page.mentions': {
    params: Record<string, never>;
    ret: { total: number; byType: Partial<Record<EntityType, number>>; items: Array<{ id: string; type: EntityType; label: Entry['label']; count: number }> };
  };
  /** Popup: scroll to the first mention of this entity and open its card. */
  'page.reveal': { params: { id: string }; ret: { ok: boolean } };
  /** Keyboard command: move to the next highlighted mention, scroll it into view and open its card. */
  'page.next': { params: Record<string, never>; ret: { ok: boolean } };
  /** Keyboard command: the same, backwards. */
  'page.prev': { params: Record<string, never>; ret: { ok: boolean } };
}
export interface TabRequest<N extends keyof TabMessages = keyof TabMessages> {
  hamishTab: 1;
  name: N;
  params: TabMessages[N]['params'];
}
