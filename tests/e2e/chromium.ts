/** Launches Debian's Chromium with the built extension loaded (playwright-core, no downloaded browser). */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from './browsers';

import { CHROME_EXT } from './paths';

export interface Hamish {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** A new tab on `url`. */
  page(url: string): Promise<Page>;
  /** An extension page (popup.html, options.html) in an ordinary tab; `suffix` is appended (?tab=3, #entry=x). */
  extensionPage(path: string, suffix?: string): Promise<Page>;
  /** The background service worker. */
  worker(): Promise<Worker>;
  /** The browser's tab id of a page (for messages addressed to its content script). */
  tabIdOf(page: Page): Promise<number>;
  /** Sends a TabMessages message to a tab's content script from the background, returns the answer. */
  sendToTab<T = unknown>(tabId: number, name: string, params?: unknown): Promise<T>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (to test what survives a restart). */
  userDataDir?: string;
  /** UI language: 'ar' or 'en'. */
  locale?: string;
  /** Allow requests to these origins besides 127.0.0.1 (default: none). */
  allowOrigins?: string[];
  /** Default true; `npm start` shows a window when a display is available. */
  headless?: boolean;
  /** Extension folder (default: the e2e build). */
  extensionPath?: string;
}

export async function launchChromium(opts: LaunchOptions = {}): Promise<Hamish> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'hamish-chromium-'));
  const locale = opts.locale ?? 'ar';
  const ext = opts.extensionPath ?? CHROME_EXT;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    locale,
    viewport: { width: 1280, height: 900 },
    env: { ...process.env, LANGUAGE: locale, LANG: `${locale}.UTF-8` },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--lang=${locale}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  // The network is closed here and tests must not depend on it: only loopback and the extension itself.
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    const ok =
      u.protocol === 'chrome-extension:' ||
      u.protocol === 'data:' ||
      u.hostname === '127.0.0.1' ||
      (opts.allowOrigins ?? []).includes(u.origin);
    return ok ? route.continue() : route.abort('blockedbyclient');
  });
  const worker = async (): Promise<Worker> => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL((await worker()).url()).host;
  // The first tab a persistent context opens is blank; tests open their own.
  return {
    context,
    extensionId,
    userDataDir,
    async page(url) {
      const p = await context.newPage();
      await p.goto(url);
      return p;
    },
    async extensionPage(path, suffix = '') {
      const p = await context.newPage();
      await p.goto(`chrome-extension://${extensionId}/${path}${suffix}`);
      return p;
    },
    worker,
    async tabIdOf(page) {
      const url = page.url();
      const w = await worker();
      const id = await w.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`no tab for ${url}`);
      return id;
    },
    async sendToTab(tabId, name, params = {}) {
      const w = await worker();
      return (await w.evaluate(
        ([id, n, p]) => chrome.tabs.sendMessage(id as number, { hamishTab: 1, name: n, params: p }),
        [tabId, name, params] as const,
      )) as never;
    },
    close: () => context.close(),
  };
}

/** Waits until the content script has finished a pass with at least `min` highlighted mentions. */
export async function waitForCount(page: Page, min = 1, timeout = 15_000): Promise<number> {
  await page.waitForFunction((m) => Number(document.documentElement.dataset.hamishCount ?? -1) >= m, min, { timeout });
  return Number(await page.evaluate(() => document.documentElement.dataset.hamishCount));
}
