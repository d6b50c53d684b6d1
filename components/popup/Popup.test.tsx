import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocale } from '@/components/common/fake-i18n';
import { settingsItem, sitesItem } from '@/lib/settings/items';
import { Popup } from './Popup';
import type { Mentions } from './types';

const mentions: Mentions = {
  total: 3,
  byType: { person: 2, place: 1 },
  items: [
    { id: 'p.jeffrey', type: 'person', label: { ar: 'جيم جيفري', en: 'James Jeffrey' }, count: 2 },
    { id: 'pl.idlib', type: 'place', label: { ar: 'إدلب', en: 'Idlib' }, count: 1 },
  ],
};

/** The browser around the popup: a news tab whose content script answers, a background that answers kb.status. */
function stubBrowser(opts: { idb?: boolean; url?: string; granted?: boolean } = {}) {
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 5, url: opts.url ?? 'https://www.aljazeera.net/news/x' } as never);
  const tabSend = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_id: number, msg: { name: string }) => {
    if (msg.name === 'page.mentions') return mentions;
    if (msg.name === 'page.reveal') return { ok: true };
    return undefined;
  }) as never);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
    ok: true,
    value: { idb: opts.idb ?? true, bundledRevision: 'x', counts: { total: 1, bundled: 1, user: 0, edited: 0, hidden: 0 }, rev: 1 },
  } as never);
  (fakeBrowser as unknown as { permissions: unknown }).permissions = {
    contains: vi.fn(async () => opts.granted ?? false),
    request: vi.fn(async () => true),
  };
  return { tabSend };
}

describe('Popup (connected)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useLocale('en');
  });

  it('acts on the tab named in ?tab=, lists its entities, and reveals one', async () => {
    const { tabSend } = stubBrowser();
    const close = vi.fn();
    render(<Popup search="?tab=5" close={close} />);
    await screen.findByRole('button', { name: /James Jeffrey/ });
    expect(screen.getByText('aljazeera.net')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Idlib/ }));
    await waitFor(() => expect(tabSend).toHaveBeenCalledWith(5, { hamishTab: 1, name: 'page.reveal', params: { id: 'pl.idlib' } }));
    await waitFor(() => expect(close).toHaveBeenCalled());
  });

  it('switches write the settings and the site switch', async () => {
    stubBrowser();
    render(<Popup search="?tab=5" />);
    await screen.findByRole('button', { name: /James Jeffrey/ });
    fireEvent.click(screen.getByRole('switch', { name: /^People/ }));
    await waitFor(async () => expect((await settingsItem.getValue()).types.person).toBe(false));
    fireEvent.click(screen.getByRole('switch', { name: /Highlight on this site/ }));
    await waitFor(async () => expect(await sitesItem.getValue()).toEqual({ 'aljazeera.net': false }));
    // The popup follows the stored state.
    await waitFor(() => expect(screen.getByText('Highlighting is off on this page.')).toBeTruthy());
  });

  it('shows the notice when kb.status reports no IndexedDB', async () => {
    stubBrowser({ idb: false });
    render(<Popup search="?tab=5" />);
    expect((await screen.findByRole('status')).textContent).toMatch(/without browser storage/);
  });

  it('a site outside the list: asks for its permission, then remembers it', async () => {
    stubBrowser({ url: 'https://www.example.com/a' });
    render(<Popup search="?tab=5" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Enable Hamish on this site' }));
    const perms = (fakeBrowser as unknown as { permissions: { request: ReturnType<typeof vi.fn> } }).permissions;
    expect(perms.request).toHaveBeenCalledWith({ origins: ['*://example.com/*', '*://www.example.com/*'] });
    await waitFor(async () => expect(await sitesItem.getValue()).toEqual({ 'example.com': true }));
    await screen.findByRole('switch', { name: /Highlight on this site/ });
  });
});
