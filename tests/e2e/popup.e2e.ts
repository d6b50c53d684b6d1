/**
 * The popup and the settings in real Chromium: site and type switches act on an open tab without a
 * reload, the popup's list matches what is highlighted and reveals a mention with its card, settings
 * survive a browser restart, and screenshots of the popup in Arabic and English.
 *
 * The popup opens here as an ordinary tab with `?tab=<id>` naming the page it acts on (in a tab the
 * "active tab" would be the popup itself).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, launchChromium, startServer, waitForCount, type Hamish, type TestServer } from './harness';
import { untilCard } from './fixtures/helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

const count = (page: Page) => page.evaluate(() => Number(document.documentElement.dataset.hamishCount ?? -1));
/** Ranges drawn per highlight name (hamish-person, hamish-place, …), without the active-mention layer. */
const drawn = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...CSS.highlights.entries()].filter(([k, v]) => k.startsWith('hamish-') && k !== 'hamish-active' && v.size > 0).map(([k, v]) => [k.slice('hamish-'.length), v.size]),
    ),
  );
const waitCount = (page: Page, n: number) => page.waitForFunction((m) => Number(document.documentElement.dataset.hamishCount) === m, n, { timeout: 10_000 });

/** The demo article and the popup acting on it. */
async function openPair(h: Hamish): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await h.page(server.url + '/');
  await waitForCount(page, 10);
  const tabId = await h.tabIdOf(page);
  const popup = await h.extensionPage('popup.html', `?tab=${tabId}`);
  await popup.waitForSelector('.popup__entity');
  return { page, popup, tabId };
}

/** The entity ids listed in the popup, and the per-type counts it shows. */
const popupList = (popup: Page) =>
  popup.evaluate(() => ({
    ids: [...document.querySelectorAll<HTMLElement>('.popup__entity')].map((b) => b.dataset.entityId as string),
    types: [...document.querySelectorAll<HTMLElement>('.popup__entity')].map((b) => b.dataset.type as string),
    counts: Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-type-count]')].map((e) => [e.dataset.typeCount, Number(e.querySelector('bdi')!.textContent)])),
    total: Number(document.querySelector<HTMLElement>('[data-total]')?.dataset.total ?? -1),
  }));

const switchOf = (popup: Page, name: RegExp) => popup.getByRole('switch', { name });

describe('popup in Chromium (English UI)', () => {
  let h: Hamish;
  let page: Page;
  let popup: Page;
  let tabId: number;

  beforeAll(async () => {
    h = await launchChromium({ locale: 'en' });
    ({ page, popup, tabId } = await openPair(h));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the list and the counts match what is highlighted on the page', async () => {
    const n = await count(page);
    const sizes = await drawn(page);
    const answer = await h.sendToTab<{ items: Array<{ id: string; count: number }> }>(tabId, 'page.mentions');
    await popup.waitForFunction((t) => Number(document.querySelector<HTMLElement>('[data-total]')?.dataset.total) === t, n);
    const list = await popupList(popup);
    // Every type the page draws, with the same number of ranges; the total is the page's count.
    for (const [type, size] of Object.entries(sizes)) expect(list.counts[type], type).toBe(size);
    for (const [type, c] of Object.entries(list.counts)) expect(c, type).toBe(sizes[type] ?? 0);
    expect(list.total).toBe(n);
    // The same entities as the content script found, each once.
    expect(new Set(list.ids)).toEqual(new Set(answer.items.map((i) => i.id)));
    expect(list.ids.length).toBe(new Set(list.ids).size);
    // The demo article's names are there.
    const names = await popup.locator('.popup__entity-name').allTextContents();
    expect(names.join(' ')).toMatch(/Jeffrey|جيفري/);
  });

  it('clicking an entity scrolls the page to it and opens its card', async () => {
    await page.setViewportSize({ width: 1000, height: 360 });
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => window.scrollY > 200);
    const before = await page.evaluate(() => window.scrollY);
    // The most mentioned entity: its first mention is in the article's first lines.
    await popup.bringToFront();
    const first = popup.locator('.popup__entity').first();
    const id = (await first.getAttribute('data-entity-id'))!;
    await first.click();
    await untilCard(page, (root, want) => !!root?.querySelector(`[role="dialog"][data-entry-id="${want}"]`), id, 10_000);
    const after = await page.evaluate(() => window.scrollY);
    expect(after).toBeLessThan(before);
    // The active mention is inside the viewport.
    const visible = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('hamish-active') ?? [])][0] as Range | undefined;
      if (!r) return false;
      const b = r.getBoundingClientRect();
      return b.bottom > 0 && b.top < window.innerHeight;
    });
    expect(visible).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('a type switch hides that type on the page and in the list, and brings it back', async () => {
    const n = await count(page);
    const persons = (await drawn(page)).person ?? 0;
    expect(persons).toBeGreaterThan(0);
    await switchOf(popup, /^People/).click();
    await waitCount(page, n - persons);
    expect((await drawn(page)).person).toBeUndefined();
    await popup.waitForFunction(() => ![...document.querySelectorAll<HTMLElement>('.popup__entity')].some((b) => b.dataset.type === 'person'));
    expect(await switchOf(popup, /^People/).isChecked()).toBe(false);
    // Back on from the keyboard: the switch takes focus and Space toggles it.
    await switchOf(popup, /^People/).focus();
    await popup.keyboard.press('Space');
    await waitCount(page, n);
    expect((await drawn(page)).person).toBe(persons);
    await popup.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.popup__entity')].some((b) => b.dataset.type === 'person'));
  });

  it('turning the site off removes the highlights without a reload; on restores them', async () => {
    const n = await count(page);
    expect(n).toBeGreaterThan(0);
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    const site = switchOf(popup, /Highlight on this site/);
    expect(await site.isChecked()).toBe(true);
    await site.click();
    await waitCount(page, 0);
    expect(await drawn(page)).toEqual({});
    await popup.getByText('Highlighting is off on this page.').waitFor();
    expect(await popup.locator('.popup__entity').count()).toBe(0);
    await site.click();
    await waitCount(page, n);
    expect(Object.values(await drawn(page)).reduce((a, b) => a + b, 0)).toBe(n);
    // The same document all along.
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    await popup.waitForSelector('.popup__entity');
  });

  it('the master switch turns Hamish off everywhere and back on', async () => {
    const n = await count(page);
    await switchOf(popup, /Hamish on/).click();
    await waitCount(page, 0);
    expect(await switchOf(popup, /Highlight on this site/).isDisabled()).toBe(true);
    await switchOf(popup, /Hamish on/).click();
    await waitCount(page, n);
  });

  it('the settings section of the options page changes the highlight style of the open page at once', async () => {
    const options = await h.extensionPage('options.html', '#tab=settings');
    const section = options.locator('#settings');
    await section.waitFor();
    await section.getByRole('radio', { name: 'Coloured background' }).check();
    await options.waitForFunction(async () => ((await chrome.storage.local.get('settings')).settings as { highlightStyle?: string } | undefined)?.highlightStyle === 'background');
    // The content script applies it: its ::highlight rule for people now paints a background.
    await page.waitForFunction(
      () => {
        const sheets = [...document.adoptedStyleSheets, ...document.styleSheets];
        const rules = sheets.flatMap((sh) => [...sh.cssRules].map((r) => r.cssText));
        return rules.some((r) => r.startsWith('::highlight(hamish-person)') && r.includes('background'));
      },
      undefined,
      { timeout: 10_000 },
    );
    await section.getByRole('radio', { name: 'Underline' }).check();
    await options.close();
  });
});

describe('settings survive a browser restart', () => {
  it('switches and settings made in the popup and the options page are there after relaunch', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'hamish-restart-'));
    let h = await launchChromium({ locale: 'en', userDataDir });
    try {
      const { page, popup } = await openPair(h);
      await switchOf(popup, /^Places/).click();
      await switchOf(popup, /Highlight on this site/).click();
      await waitCount(page, 0);
      const options = await h.extensionPage('options.html', '#tab=settings');
      const section = options.locator('#settings');
      await section.getByRole('radio', { name: 'English' }).check();
      await section.getByRole('radio', { name: 'Coloured background' }).check();
      await options.waitForFunction(async () => ((await chrome.storage.local.get('settings')).settings as { cardLanguage?: string } | undefined)?.cardLanguage === 'en');
      await options.waitForFunction(async () => ((await chrome.storage.local.get('settings')).settings as { highlightStyle?: string } | undefined)?.highlightStyle === 'background');
      // chrome.storage.local reaches the disk shortly after the write resolves; a reader's restart is never this quick.
      await options.waitForTimeout(1000);
    } finally {
      await h.close();
    }

    h = await launchChromium({ locale: 'en', userDataDir });
    try {
      const page = await h.page(server.url + '/');
      // The site is still off: the content script stays dormant.
      await page.waitForTimeout(1500);
      expect(await count(page)).toBeLessThanOrEqual(0);
      const tabId = await h.tabIdOf(page);
      const popup = await h.extensionPage('popup.html', `?tab=${tabId}`);
      await switchOf(popup, /Highlight on this site/).waitFor();
      expect(await switchOf(popup, /Highlight on this site/).isChecked()).toBe(false);
      expect(await switchOf(popup, /^Places/).isChecked()).toBe(false);
      expect(await switchOf(popup, /^People/).isChecked()).toBe(true);
      const options = await h.extensionPage('options.html', '#tab=settings');
      const section = options.locator('#settings');
      await section.waitFor();
      await options.waitForFunction(() => document.querySelector<HTMLInputElement>('#settings input[type=radio][value="en"]')?.checked === true);
      expect(await section.getByRole('radio', { name: 'Coloured background' }).isChecked()).toBe(true);
      expect(await section.getByRole('checkbox', { name: 'Place' }).isChecked()).toBe(false);
      // Back on: places stay hidden, everything else returns.
      await switchOf(popup, /Highlight on this site/).click();
      await waitForCount(page, 1);
      const sizes = await drawn(page);
      expect(sizes.place).toBeUndefined();
      expect(sizes.person).toBeGreaterThan(0);
    } finally {
      await h.close();
    }
  });
});

describe('screenshots of the popup', () => {
  for (const locale of ['ar', 'en'] as const) {
    it(`in ${locale === 'ar' ? 'Arabic' : 'English'}`, async () => {
      const h = await launchChromium({ locale });
      try {
        const { popup } = await openPair(h);
        const dir = await popup.evaluate(() => document.documentElement.dir);
        const lang = await popup.evaluate(() => document.documentElement.lang);
        expect(dir).toBe(locale === 'ar' ? 'rtl' : 'ltr');
        expect(lang).toBe(locale);
        expect(await popup.locator('.popup').getAttribute('dir')).toBe(dir);
        // The strings come from the browser's language.
        await switchOf(popup, locale === 'ar' ? /تشغيل هامش/ : /Hamish on/).waitFor();
        // A popup-sized window: the browser sizes the real popup to its content, at most 800 × 600 in Chrome.
        await popup.setViewportSize({ width: 360, height: 640 });
        const size = await popup.evaluate(() => { const r = document.querySelector('.popup')!.getBoundingClientRect(); return { w: r.width, h: r.height }; });
        expect(size.h).toBeLessThanOrEqual(600);
        expect(size.w).toBeLessThanOrEqual(360);
        mkdirSync(SCREENSHOTS, { recursive: true });
        await popup.screenshot({ path: join(SCREENSHOTS, `popup-${locale}.png`), fullPage: true });
        // Focus is visible on keyboard use.
        await popup.keyboard.press('Tab');
        const outline = await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const track = el.matches('input[role=switch]') ? (el.nextElementSibling as HTMLElement) : el;
          return getComputedStyle(track).outlineStyle;
        });
        expect(outline).toBe('solid');
        const options = await h.extensionPage('options.html', '#tab=settings');
        await options.locator('#settings').waitFor();
        await options.setViewportSize({ width: 900, height: 1100 });
        await options.locator('#settings').screenshot({ path: join(SCREENSHOTS, `settings-${locale}.png`) });
      } finally {
        await h.close();
      }
    });
  }
});
