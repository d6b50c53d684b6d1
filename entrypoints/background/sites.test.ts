import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hostOfPattern, initSites, wantedMatches } from './sites';
import { sitesItem } from '@/lib/settings/items';

describe('hostOfPattern', () => {
  it.each([
    ['*://example.com/*', 'example.com'],
    ['https://www.example.com/*', 'example.com'],
    ['*://127.0.0.1:8080/*', '127.0.0.1'],
    ['*://*/*', null],
    ['*://*.example.com/*', null],
    ['<all_urls>', null],
  ])('%s → %s', (p, h) => expect(hostOfPattern(p)).toBe(h));
});

/** A permission store standing in for the browser's (the fake browser has none). */
function grant(origins: string[]) {
  const granted = new Set(origins);
  (fakeBrowser as unknown as { permissions: unknown }).permissions = {
    contains: vi.fn(async ({ origins: o }: { origins: string[] }) => o.every((x) => granted.has(x))),
    onAdded: { addListener: vi.fn(), removeListener: vi.fn() },
    onRemoved: { addListener: vi.fn(), removeListener: vi.fn() },
  };
  return granted;
}

describe('wantedMatches', () => {
  beforeEach(() => fakeBrowser.reset());
  it('only sites switched on, outside the default list, with their permission', async () => {
    grant(['*://example.com/*', '*://www.example.com/*', '*://other.org/*', '*://www.other.org/*']);
    const m = await wantedMatches({ 'example.com': true, 'other.org': false, 'nogrant.net': true, 'aljazeera.net': true });
    expect(m).toEqual(['*://example.com/*', '*://www.example.com/*']);
  });
});

describe('initSites (MV3)', () => {
  beforeEach(() => fakeBrowser.reset());
  it('registers the content script for granted sites, updates on change, unregisters when none is left', async () => {
    grant(['*://example.com/*', '*://www.example.com/*', '*://news.org/*', '*://www.news.org/*']);
    const registered: Array<{ id: string; matches: string[]; js: string[] }> = [];
    const scripting = {
      getRegisteredContentScripts: vi.fn(async () => registered.slice()),
      registerContentScripts: vi.fn(async (s: typeof registered) => void registered.push(...s)),
      updateContentScripts: vi.fn(async (s: typeof registered) => void registered.splice(0, 1, ...s)),
      unregisterContentScripts: vi.fn(async () => void registered.splice(0)),
    };
    (fakeBrowser as unknown as { scripting: unknown }).scripting = scripting;
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, content_scripts: [{ matches: ['*://x/*'], js: ['content-scripts/content.js'] }] } as never);

    await sitesItem.setValue({ 'example.com': true });
    const stop = initSites();
    await vi.waitFor(() => expect(registered).toHaveLength(1));
    expect(registered[0]).toMatchObject({ id: 'hamish-reader-sites', matches: ['*://example.com/*', '*://www.example.com/*'], js: ['content-scripts/content.js'] });

    await sitesItem.setValue({ 'example.com': true, 'news.org': true });
    await vi.waitFor(() => expect(registered[0]?.matches).toHaveLength(4));
    expect(scripting.updateContentScripts).toHaveBeenCalled();

    await sitesItem.setValue({ 'example.com': false, 'news.org': false });
    await vi.waitFor(() => expect(registered).toHaveLength(0));
    stop();
  });
});

describe('a permission granted (from the popup or the browser menu)', () => {
  beforeEach(() => fakeBrowser.reset());
  it('switches the site on and starts the content script in its open tabs that lack it', async () => {
    grant(['*://example.com/*', '*://www.example.com/*']);
    const perms = (fakeBrowser as unknown as { permissions: { onAdded: { addListener: ReturnType<typeof vi.fn> } } }).permissions;
    const scripting = {
      getRegisteredContentScripts: vi.fn(async () => []),
      registerContentScripts: vi.fn(async () => undefined),
      updateContentScripts: vi.fn(async () => undefined),
      unregisterContentScripts: vi.fn(async () => undefined),
      executeScript: vi.fn(async () => []),
      insertCSS: vi.fn(async () => undefined),
    };
    (fakeBrowser as unknown as { scripting: unknown }).scripting = scripting;
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, content_scripts: [{ matches: ['*://x/*'], js: ['content-scripts/content.js'] }] } as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 1, url: 'https://www.example.com/a' },
      { id: 2, url: 'https://example.com/b' },
    ] as never);
    // Tab 1 already runs the content script; tab 2 does not.
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (id: number) => {
      if (id === 1) return { total: 0, byType: {}, items: [] };
      throw new Error('Receiving end does not exist.');
    }) as never);

    const stop = initSites();
    const onAdded = perms.onAdded.addListener.mock.calls[0]![0] as (p: { origins: string[] }) => void;
    onAdded({ origins: ['*://example.com/*', '*://www.example.com/*'] });
    await vi.waitFor(async () => expect(await sitesItem.getValue()).toEqual({ 'example.com': true }));
    await vi.waitFor(() => expect(scripting.executeScript).toHaveBeenCalledTimes(1));
    expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 2 }, files: ['content-scripts/content.js'] });
    stop();
  });
});
