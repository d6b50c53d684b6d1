/**
 * Wires the KB store into the background: opens the database, answers the message protocol, tells open
 * tabs when the matcher changed, and broadcasts import progress to extension pages.
 */
import { browser, type Browser } from 'wxt/browser';
import { dispatch } from '../messaging/handle';
import type { ImportProgress, ProgressMessage, TabRequest } from '../messaging/protocol';
import { bundledPack, bundledRevision } from './bundled';
import { openKbDb } from './db';
import { kbHandlers } from './handlers';
import { KbStore } from './store';

/** Tells every tab's content script to fetch the matcher again; tabs without our script are skipped. */
export async function broadcastMatcherChanged(rev: number): Promise<void> {
  const msg: TabRequest<'matcher.changed'> = { hamishTab: 1, name: 'matcher.changed', params: { rev } };
  const tabs = await browser.tabs.query({}).catch(() => [] as Browser.tabs.Tab[]);
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, msg).catch(() => undefined))));
}

/** Sends import progress to extension pages (content scripts do not receive runtime messages). */
export function broadcastProgress(p: ImportProgress): void {
  const msg: ProgressMessage = { hamishProgress: p };
  // No open page listening is normal: the import still runs.
  browser.runtime.sendMessage(msg).catch(() => undefined);
}

/** The glossary editor, opened at an entry when `id` is given (the options page reads #entry=). */
export function optionsUrl(id?: string): string {
  return browser.runtime.getURL('/options.html') + (id ? '#entry=' + encodeURIComponent(id) : '');
}

/** True for a request of our protocol (anything else is left to other listeners). */
function isRequest(m: unknown): boolean {
  return typeof m === 'object' && m !== null && (m as { hamish?: unknown }).hamish === 1;
}

/** Starts the store and the protocol listener; returns the store (tests inspect it). */
export function startKb(open = () => openKbDb()): KbStore {
  const store = new KbStore({
    bundled: bundledPack(),
    revision: bundledRevision(),
    open,
    onChange: (rev) => void broadcastMatcherChanged(rev),
    onProgress: broadcastProgress,
  });
  const handlers = {
    ...kbHandlers(store, browser.runtime.getManifest().version),
    'options.open': async ({ id }: { id?: string }) => {
      await browser.tabs.create({ url: optionsUrl(id) });
      return { ok: true as const };
    },
  };
  const ids = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, '') };
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isRequest(message)) return undefined;
    return dispatch(message, sender, handlers, ids);
  });
  return store;
}
