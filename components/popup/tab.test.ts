import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendTab, targetTab } from './tab';

beforeEach(() => fakeBrowser.reset());

describe('targetTab', () => {
  it('takes ?tab=<id> when given', async () => {
    const get = vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 42, url: 'http://127.0.0.1/demo.html' } as never);
    expect(await targetTab('?tab=42')).toEqual({ id: 42, url: 'http://127.0.0.1/demo.html' });
    expect(get).toHaveBeenCalledWith(42);
  });
  it('else the active tab of the current window', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url: 'https://www.aljazeera.net/' }] as never);
    expect(await targetTab('')).toEqual({ id: 7, url: 'https://www.aljazeera.net/' });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });
  it('ignores a malformed tab id', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    expect(await targetTab('?tab=abc')).toBeNull();
  });
});

describe('sendTab', () => {
  it('sends the tab protocol envelope and accepts a bare answer', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    expect(await sendTab(3, 'page.reveal', { id: 'x' })).toEqual({ ok: true });
    expect(send).toHaveBeenCalledWith(3, { hamishTab: 1, name: 'page.reveal', params: { id: 'x' } });
  });
  it('unwraps a { ok, value } envelope', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { total: 0, byType: {}, items: [] } } as never);
    expect(await sendTab(3, 'page.mentions', {})).toEqual({ total: 0, byType: {}, items: [] });
  });
  it('undefined when no content script answers', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await sendTab(3, 'page.mentions', {})).toBeUndefined();
  });
});
