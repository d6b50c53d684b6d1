// @vitest-environment node
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startKb } from './background';
import { openKbDb } from './db';
import { entry, freshName, storedUserIds } from './test/fixtures';

const ID = fakeBrowser.runtime.id;
const OPTIONS: Browser.runtime.MessageSender = { id: ID, url: `chrome-extension://${ID}/options.html` };
const POPUP: Browser.runtime.MessageSender = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const CONTENT: Browser.runtime.MessageSender = { id: ID, url: 'https://www.aljazeera.net/news/2025/1/1/x', tab: { id: 7 } as Browser.tabs.Tab, frameId: 0 };
const FOREIGN: Browser.runtime.MessageSender = { id: 'some-other-extension', url: 'chrome-extension://some-other-extension/x.html' };

/** Delivers one message to the background's listeners as the browser would, returning the answer. */
async function send(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return answers.find((a: unknown) => a !== undefined);
}
const req = (name: string, params: unknown = {}) => ({ hamish: 1, name, params });

let tabMessages: Array<[number, unknown]>;
let pageMessages: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  tabMessages = [];
  pageMessages = [];
  vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Hamish', version: '0.1.0' });
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (tabId: number, msg: unknown) => {
    // A tab without our content script: the browser rejects; the broadcast must shrug it off.
    if (tabId === 99) throw new Error('Could not establish connection. Receiving end does not exist.');
    tabMessages.push([tabId, msg]);
  }) as never);
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (msg: unknown) => {
    pageMessages.push(msg);
  }) as never);
});
afterEach(() => vi.restoreAllMocks());

async function start() {
  const name = freshName();
  const store = startKb(() => openKbDb(name));
  await store.ready;
  return { store, name };
}

describe('background message handling', () => {
  it('answers reads from a content script and the bundled KB is there', async () => {
    await start();
    expect(await send(req('ping'), CONTENT)).toEqual({ ok: true, value: { ok: true, version: '0.1.0' } });
    const status = (await send(req('kb.status'), CONTENT)) as { ok: true; value: { idb: boolean; counts: { bundled: number } } };
    expect(status.value.idb).toBe(true);
    expect(status.value.counts.bundled).toBeGreaterThan(0);
    const m = (await send(req('matcher.get'), CONTENT)) as { ok: true; value: { rev: number; matcher: unknown } };
    expect(m.value.matcher).not.toBeNull();
    expect(await send(req('matcher.get', { have: m.value.rev }), CONTENT)).toEqual({ ok: true, value: { rev: m.value.rev, matcher: null } });
  });

  it('refuses writes from a content script (sender.tab set, web page url) and from other extensions', async () => {
    const { name } = await start();
    const put = req('entry.put', { entry: entry('u:evil', 'شرير') });
    expect(await send(put, CONTENT)).toEqual({ ok: false, error: 'forbidden' });
    expect(await send(put, FOREIGN)).toEqual({ ok: false, error: 'forbidden' });
    expect(await send(req('import.commit', { text: '{}', format: 'json' }), CONTENT)).toEqual({ ok: false, error: 'forbidden' });
    expect(await send(req('export', { scope: 'all', format: 'json' }), CONTENT)).toEqual({ ok: false, error: 'forbidden' });
    expect(await send(req('kb.status'), FOREIGN)).toEqual({ ok: false, error: 'forbidden' });
    const db = await openKbDb(name);
    expect((await storedUserIds(db)).length).toBe(0);
    db.close();
    expect(tabMessages).toEqual([]);
  });

  it('lets the card hide an entry its tab was shown, and the options page unhide it', async () => {
    const { store } = await start();
    const [a, b] = (await store.search({ query: '', offset: 0, limit: 2 })).items.map((i) => i.id) as [string, string];
    // Not shown in this tab yet: refused, nothing hidden.
    expect(await send(req('entry.hide', { id: a }), CONTENT)).toEqual({ ok: false, error: 'refused' });
    expect((await store.view(a))?.source).not.toBe('hidden');
    await send(req('entries.get', { ids: [a] }), CONTENT);
    expect(await send(req('entry.hide', { id: a }), CONTENT)).toEqual({ ok: true, value: { ok: true } });
    expect((await store.view(a))?.source).toBe('hidden');
    // Shown in tab 7 is not shown in tab 8.
    await send(req('entries.get', { ids: [b] }), CONTENT);
    expect(await send(req('entry.hide', { id: b }), { ...CONTENT, tab: { id: 8 } as Browser.tabs.Tab })).toEqual({ ok: false, error: 'refused' });
    expect(await send(req('entry.unhide', { id: a }), CONTENT)).toEqual({ ok: false, error: 'forbidden' });
    expect(await send(req('entry.unhide', { id: a }), OPTIONS)).toEqual({ ok: true, value: { ok: true } });
    // The options page hides without having been shown anything.
    expect(await send(req('entry.hide', { id: b }), OPTIONS)).toEqual({ ok: true, value: { ok: true } });
  });

  it('accepts only a few hides a minute from content scripts', async () => {
    const { store } = await start();
    const ids = (await store.search({ query: '', offset: 0, limit: 6 })).items.map((i) => i.id);
    await send(req('entries.get', { ids }), CONTENT);
    const answers = [];
    for (const id of ids) answers.push(await send(req('entry.hide', { id }), CONTENT));
    expect(answers.filter((a) => (a as { ok: boolean }).ok)).toHaveLength(3);
    expect((await store.status()).counts.hidden).toBe(3);
  });

  it('options.open from a card reuses an open editor, and is limited per minute', async () => {
    await start();
    const created = vi.spyOn(browser.tabs, 'create').mockResolvedValue({ id: 50 } as never);
    const updated = vi.spyOn(browser.tabs, 'update').mockResolvedValue({} as never);
    // No editor open: runtime.sendMessage finds no answer (mocked above), so one tab is created.
    expect(await send(req('options.open', { id: 'place:syria' }), CONTENT)).toEqual({ ok: true, value: { ok: true } });
    expect(created).toHaveBeenCalledTimes(1);
    expect(String(created.mock.calls[0]?.[0]?.url)).toMatch(/options\.html#entry=place%3Asyria$/);
    // An editor answers: it is brought to the front instead.
    vi.mocked(browser.runtime.sendMessage).mockResolvedValue({ tabId: 50, windowId: 1 } as never);
    for (let i = 0; i < 6; i++) await send(req('options.open', { id: 'place:syria' }), CONTENT);
    expect(created).toHaveBeenCalledTimes(1);
    expect(updated).toHaveBeenCalledTimes(4);
    expect(updated).toHaveBeenCalledWith(50, { active: true });
    expect(await send(req('options.open', {}), CONTENT)).toEqual({ ok: false, error: 'refused' });
    // The popup and options pages are not limited.
    expect(await send(req('options.open', {}), POPUP)).toEqual({ ok: true, value: { ok: true } });
  });

  it('answers malformed messages with an error, and leaves messages that are not ours alone', async () => {
    await start();
    expect(await send(req('entry.put', { entry: { id: '' } }), OPTIONS)).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid-params/) });
    expect(await send(req('entries.get', { ids: 'x' }), CONTENT)).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid-params/) });
    expect(await send(req('no.such.thing'), OPTIONS)).toEqual({ ok: false, error: 'unknown-message' });
    expect(await send({ hamishTab: 1, name: 'matcher.changed', params: { rev: 1 } }, OPTIONS)).toBeUndefined();
    expect(await send('hello', OPTIONS)).toBeUndefined();
    // Store errors come back as locale keys.
    expect(await send(req('entry.revert', { id: 'nope' }), OPTIONS)).toEqual({ ok: false, error: 'store_error_not_found' });
  });

  it('after a write, tells every tab the new rev (tabs without our script are skipped)', async () => {
    const { store } = await start();
    await fakeBrowser.tabs.create({ url: 'https://www.bbc.com/arabic' });
    const tabs = await browser.tabs.query({});
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([...tabs, { id: 99 } as Browser.tabs.Tab] as never);
    const before = (await store.status()).rev;
    expect(await send(req('entry.put', { entry: entry('u:new', 'جديد') }), OPTIONS)).toEqual({ ok: true, value: { ok: true } });
    await vi.waitFor(() => expect(tabMessages.length).toBe(tabs.length));
    for (const [, msg] of tabMessages) expect(msg).toEqual({ hamishTab: 1, name: 'matcher.changed', params: { rev: before + 1 } });
    expect(new Set(tabMessages.map(([id]) => id))).toEqual(new Set(tabs.map((t) => t.id)));
  });

  it('two pages writing at once: both writes land', async () => {
    const { store } = await start();
    const a = Array.from({ length: 10 }, (_, i) => send(req('entry.put', { entry: entry(`u:opt${i}`, `خيار ${i}`) }), OPTIONS));
    const b = Array.from({ length: 10 }, (_, i) => send(req('entry.put', { entry: entry(`u:pop${i}`, `نافذة ${i}`) }), POPUP));
    const answers = await Promise.all([...a, ...b]);
    expect(answers.every((x) => (x as { ok: boolean }).ok)).toBe(true);
    expect((await store.status()).counts.user).toBe(20);
  });

  it('broadcasts import progress to extension pages, tagged with the job', async () => {
    await start();
    const text = JSON.stringify({ format: 'hamish-glossary', version: 1, entries: [entry('u:i1', 'استيراد')] });
    const r = (await send(req('import.commit', { text, format: 'json', job: 'opt-42' }), OPTIONS)) as { ok: true; value: { ok: boolean; written: number } };
    expect(r.value).toMatchObject({ ok: true, written: 1 });
    const progress = pageMessages.map((m) => (m as { hamishProgress: { phase: string; job: string } }).hamishProgress);
    expect(progress.map((p) => p.phase)).toEqual(['parse', 'validate', 'validate', 'write', 'done']);
    expect(progress.every((p) => p.job === 'opt-42')).toBe(true);
  });

  it('with IndexedDB failing to open, the protocol still answers from the bundled KB and reports it', async () => {
    const store = startKb(() => Promise.reject(new DOMException('no', 'InvalidStateError')));
    await store.ready;
    const status = (await send(req('kb.status'), POPUP)) as { ok: true; value: { idb: boolean; idbError: string; counts: { total: number } } };
    expect(status.value).toMatchObject({ idb: false, idbError: 'InvalidStateError' });
    expect(status.value.counts.total).toBeGreaterThan(0);
    expect(await send(req('entry.put', { entry: entry('u:x', 'س') }), OPTIONS)).toEqual({ ok: false, error: 'store_error_no_idb' });
  });
});

describe('settings for content scripts', () => {
  it('answers settings.get with the snapshot for a host (after running the migrations)', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: true, hoverDelay: 9000 }, sites: { 'www.aljazeera.net': false } });
    await start();
    const r = (await send(req('settings.get', { host: 'www.aljazeera.net' }), CONTENT)) as { ok: true; value: { active: boolean; settings: { hoverDelay: number } } };
    expect(r.value.active).toBe(false);
    expect(r.value.settings.hoverDelay).toBe(1500);
    const bbc = (await send(req('settings.get', { host: 'www.bbc.com' }), CONTENT)) as { ok: true; value: { active: boolean } };
    expect(bbc.value.active).toBe(true);
  });
});
