/** The background's answers to the message protocol (lib/messaging/protocol.ts), all backed by the KB store. */
import type { Handlers } from '../messaging/handle';
import type { KbStore } from './store';

/** Every protocol handler over one store. `version` is the extension version for `ping`. */
export function kbHandlers(store: KbStore, version: string): Omit<Handlers, 'options.open' | 'settings.get'> {
  return {
    ping: () => ({ ok: true, version }),
    'kb.status': () => store.status(),
    'matcher.get': ({ have }) => store.matcher(have),
    'entries.get': ({ ids }) => store.entries(ids),
    'entry.hide': async ({ id }) => (await store.hide(id), { ok: true }),
    'entry.view': ({ id }) => store.view(id),
    'entries.search': (p) => store.search(p),
    'entries.tags': () => store.tags(),
    'entry.put': async ({ entry }) => (await store.put(entry), { ok: true }),
    'entry.delete': async ({ id }) => ({ ok: true, undo: await store.delete(id) }),
    'entry.restore': async ({ view }) => (await store.restore(view), { ok: true }),
    'entry.unhide': async ({ id }) => (await store.unhide(id), { ok: true }),
    'entry.revert': async ({ id }) => (await store.revert(id), { ok: true }),
    'names.claimed': ({ names, except }) => store.namesClaimed(names, except),
    'import.preview': ({ text, format }) => store.preview(text, format),
    'import.commit': ({ text, format, job }) => store.commit(text, format, job),
    export: ({ scope, format }) => store.export(scope, format),
  };
}
