/**
 * Wires the KB store into the background: opens the database, answers the message protocol, tells open
 * tabs when the matcher changed, and broadcasts import progress to extension pages.
 */
import { browser, type Browser } from 'wxt/browser';
import { dispatch, senderKind } from '../messaging/handle';
import type { ImportProgress, ProgressMessage, TabRequest } from '../messaging/protocol';
import { bundledPack, bundledRevision } from './bundled';
import { openKbDb } from './db';
import { kbHandlers } from './handlers';
import { PageActionGuard, type ShownStore } from './page-actions';
import { loadEffective } from '../settings/live';
import { migrateSettings } from '../settings/migrate';
import { KbStore } from './store';

/** Sends one tab message to every tab's content script; tabs without our script are skipped. */
export async function broadcastToTabs(msg: TabRequest): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => [] as Browser.tabs.Tab[]);
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, msg).catch(() => undefined))));
}

/** Tells every tab's content script to fetch the matcher again. */
export function broadcastMatcherChanged(rev: number): Promise<void> {
  return broadcastToTabs({ hamishTab: 1, name: 'matcher.changed', params: { rev } });
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

/** The shown ids survive a service-worker restart in storage.session (memory only, never written to disk). */
function sessionStore(): ShownStore | undefined {
  const area = (browser.storage as unknown as { session?: Browser.storage.StorageArea }).session;
  if (!area) return undefined;
  return {
    get: async () => ((await area.get('hamishShown')) as { hamishShown?: Record<string, string[]> }).hamishShown,
    set: (value) => area.set({ hamishShown: value }),
  };
}

/** Message an open options page answers (entrypoints/options): it moves to `hash` and says which tab it is. */
export interface OptionsFocusMessage {
  hamishOptions: { hash: string };
}

/**
 * Opens the glossary editor at `url`'s hash, reusing an options page that is already open: it is asked
 * to move there and is brought to the front (no `tabs` permission needed: the page names its own tab).
 */
async function openOptions(url: string): Promise<void> {
  const msg: OptionsFocusMessage = { hamishOptions: { hash: new URL(url).hash } };
  const open = (await browser.runtime.sendMessage(msg).catch(() => undefined)) as { tabId?: number; windowId?: number } | undefined;
  if (typeof open?.tabId === 'number') {
    await browser.tabs.update(open.tabId, { active: true });
    if (typeof open.windowId === 'number') await browser.windows?.update(open.windowId, { focused: true }).catch(() => undefined);
    return;
  }
  await browser.tabs.create({ url });
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
  const ids = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, '') };
  const guard = new PageActionGuard(sessionStore());
  const fromPage = (sender: Browser.runtime.MessageSender) => senderKind(sender, ids.extensionId, ids.extensionOrigin) === 'content-script';
  browser.tabs.onRemoved?.addListener((tabId) => void guard.forgetTab(tabId));
  const base = kbHandlers(store, browser.runtime.getManifest().version);
  const handlers = {
    ...base,
    'entries.get': async (p: { ids: string[] }, sender: Browser.runtime.MessageSender) => {
      const entries = await base['entries.get'](p, sender);
      const tabId = sender.tab?.id;
      if (fromPage(sender) && tabId !== undefined) await guard.shown(tabId, entries.map((e) => e.id));
      return entries;
    },
    'entry.hide': async (p: { id: string }, sender: Browser.runtime.MessageSender) => {
      const tabId = sender.tab?.id;
      if (fromPage(sender) && (tabId === undefined || !(await guard.mayHide(tabId, p.id)))) throw new Error('refused');
      return base['entry.hide'](p, sender);
    },
    'settings.get': async ({ host }: { host: string }) => {
      await migrateSettings();
      return loadEffective(host);
    },
    'options.open': async ({ id }: { id?: string }, sender: Browser.runtime.MessageSender) => {
      if (fromPage(sender) && !guard.mayOpen()) throw new Error('refused');
      await openOptions(optionsUrl(id));
      return { ok: true as const };
    },
  };
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isRequest(message)) return undefined;
    return dispatch(message, sender, handlers, ids);
  });
  return store;
}
