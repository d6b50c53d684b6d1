/**
 * The extension really runs in both browsers: the background answers the protocol, the content script
 * annotates a served page, and the Firefox build loads and annotates too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_EXT, launchChromium, launchFirefox, openAnnotated, startServer, waitForCount, type Hamish, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

describe('Chromium (MV3)', () => {
  let h: Hamish;
  beforeAll(async () => {
    h = await launchChromium();
  });
  afterAll(async () => {
    await h.close();
  });

  it('background answers ping and kb.status from an extension page', async () => {
    const page = await h.extensionPage('popup.html');
    const res = await page.evaluate(async () => {
      const ping = await chrome.runtime.sendMessage({ hamish: 1, name: 'ping', params: {} });
      const status = await chrome.runtime.sendMessage({ hamish: 1, name: 'kb.status', params: {} });
      const bad = await chrome.runtime.sendMessage({ hamish: 1, name: 'entry.put', params: { entry: { id: 'x' } } });
      return { ping, status, bad };
    });
    expect(res.ping).toMatchObject({ ok: true, value: { ok: true } });
    expect(res.status.ok).toBe(true);
    expect(res.status.value.idb).toBe(true);
    expect(res.status.value.counts.bundled).toBeGreaterThanOrEqual(1000);
    expect(res.bad.ok).toBe(false);
    await page.close();
  });

  it('content script annotates the served demo page', async () => {
    const page = await h.page(server.url + '/');
    const count = await waitForCount(page, 20);
    expect(count).toBeGreaterThanOrEqual(20);
    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(names.some((n) => n.startsWith('hamish-'))).toBe(true);
    await page.close();
  });
});

describe('Firefox ESR (MV2) over WebDriver BiDi', () => {
  it('installs the extension and annotates the demo page', async () => {
    const ff = await launchFirefox();
    try {
      const { context, count } = await openAnnotated(ff, FIREFOX_EXT, server.url + '/', 20);
      expect(count).toBeGreaterThanOrEqual(20);
      const names = await ff.evaluate<string[]>(context, '[...CSS.highlights.keys()]');
      expect(names.some((n) => n.startsWith('hamish-'))).toBe(true);
    } finally {
      await ff.close();
    }
  }, 90_000);
});
