/**
 * The card in real Chromium: hover with the intent delay and the grace period, keyboard (next /
 * previous through the commands' TabMessages, Esc, focus), pin, tap, reveal, hide, and placement on
 * RTL, LTR, zoomed, transformed and `* { all: unset }` pages. Screenshots go to out/screenshots/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIREFOX_EXT, SCREENSHOTS, launchChromium, launchFirefox, openAnnotated, startServer, waitForCount, type Hamish, type TestServer } from './harness';
import { card, clickInCard, fixture, hover, inCard, overlaps, textRects, untilCard, waitForCard, waitForNoCard, type Box } from './fixtures/helpers';

let server: TestServer;
let h: Hamish;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  for (const f of ['hostile.html', 'ltr.html', 'dark.html']) server.route('/fixtures/' + f, fixture(f));
  h = await launchChromium();
});
afterAll(async () => {
  await h?.close();
  await server?.close();
});

async function open(path: string, min = 1): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(server.url + path, { waitUntil: 'domcontentloaded' });
  await waitForCount(page, min);
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, name) });
const viewport = (page: Page) => page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }));

/** The card is beside the mention (not over it) and wholly inside the viewport. */
async function expectWellPlaced(page: Page, mention: Box[]): Promise<void> {
  const c = await card(page);
  expect(c).not.toBeNull();
  const box = (c as NonNullable<typeof c>).box;
  for (const r of mention) expect(overlaps(box, r), 'card covers the mention').toBe(false);
  const v = await viewport(page);
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(v.width + 0.5);
  expect(box.bottom).toBeLessThanOrEqual(v.height + 0.5);
  // Close to the mention: within 40px vertically of one of its lines.
  const near = mention.some((r) => Math.abs(box.top - r.bottom) < 40 || Math.abs(r.top - box.bottom) < 40);
  expect(near, 'card next to the mention').toBe(true);
}

describe('hover', () => {
  it('shows the card of «جيم جيفري» after the intent delay, in Arabic, right-to-left, next to the name', async () => {
    const page = await open('/', 10);
    await hover(page, 'جيم جيفري');
    // Not before the intent delay (200 ms by default)…
    await page.waitForTimeout(60);
    expect(await card(page)).toBeNull();
    // …but soon after.
    await waitForCard(page);
    const c = await card(page);
    expect(c?.id).toBe('person:jim-jeffrey');
    expect(c?.name).toBe('جيم جيفري');
    expect(c?.role).toBe('dialog');
    expect(c?.label).toBe('جيم جيفري');
    expect(c?.dir).toBe('rtl');
    expect(c?.text).toContain('Jim Jeffrey');
    expect(c?.text).toContain('دبلوماسي أمريكي');
    expect(c?.text).toContain('2018–2020');
    expect(c?.fontSize).toBe('15px');
    expect(parseFloat(c?.lineHeight ?? '0')).toBeGreaterThan(15 * 1.5);
    await expectWellPlaced(page, await textRects(page, 'جيم جيفري'));
    // The mention is marked while its card is open.
    expect(await page.evaluate(() => CSS.highlights.get('hamish-active')?.size)).toBe(1);
    // Announced to screen readers.
    await untilCard(page, (root) => !!root?.querySelector('[role=status]')?.textContent);
    await shot(page, 'card-demo-rtl.png');
    await page.close();
  });

  it('lets the pointer travel into the card, and hides after the grace period once it leaves', async () => {
    const page = await open('/', 10);
    await hover(page, 'جيم جيفري');
    await waitForCard(page);
    const box = (await card(page))?.box as Box;
    // Into the card (passing over empty space): it stays.
    await page.mouse.move(box.left + box.width / 2, box.top + 20, { steps: 4 });
    await page.waitForTimeout(600);
    expect(await card(page)).not.toBeNull();
    // Away from both: it goes.
    await page.mouse.move(5, 880, { steps: 4 });
    await waitForNoCard(page);
    expect(await page.evaluate(() => CSS.highlights.get('hamish-active')?.size ?? 0)).toBe(0);
    await page.close();
  });

  it('pinned, the card stays when the pointer leaves; the close button closes it', async () => {
    const page = await open('/', 10);
    await hover(page, 'مايك بومبيو');
    await waitForCard(page);
    await clickInCard(page, 'button.pin');
    await page.mouse.move(5, 880, { steps: 4 });
    await page.waitForTimeout(700);
    expect((await card(page))?.name).toContain('بومبيو');
    await clickInCard(page, 'button.close');
    await waitForNoCard(page);
    await page.close();
  });

  it('a tap on a mention opens its card', async () => {
    const page = await open('/', 10);
    const r = (await textRects(page, 'مايك بومبيو'))[0] as Box;
    // A real tap through the input pipeline (trusted pointer events of type touch, then a click).
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await waitForCard(page);
    expect((await card(page))?.text).toContain('Mike Pompeo');
    await page.close();
  });
});

describe('keyboard', () => {
  it('next / previous open the cards of successive mentions, with focus in the card; Esc closes and gives focus back', async () => {
    const page = await open('/', 10);
    const tab = await h.tabIdOf(page);
    await page.bringToFront();
    expect(await h.sendToTab(tab, 'page.next')).toEqual({ ok: true });
    await waitForCard(page);
    const first = await card(page);
    expect(first?.focused).toBe(true);
    const order = await page.evaluate(() => {
      const all = (['person', 'organization', 'place', 'document', 'event', 'other'] as const).flatMap((t) => [...(CSS.highlights.get('hamish-' + t) ?? [])] as Range[]);
      all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return all.slice(0, 4).map((r) => r.toString());
    });
    const active = () => page.evaluate(() => [...(CSS.highlights.get('hamish-active') ?? [])].map((r) => (r as Range).toString())[0]);
    expect(await active()).toBe(order[0]);
    await h.sendToTab(tab, 'page.next');
    await page.waitForFunction((t) => [...(CSS.highlights.get('hamish-active') ?? [])].map((r) => (r as Range).toString())[0] === t, order[1]);
    await h.sendToTab(tab, 'page.next');
    await page.waitForFunction((t) => [...(CSS.highlights.get('hamish-active') ?? [])].map((r) => (r as Range).toString())[0] === t, order[2]);
    await h.sendToTab(tab, 'page.prev');
    await page.waitForFunction((t) => [...(CSS.highlights.get('hamish-active') ?? [])].map((r) => (r as Range).toString())[0] === t, order[1]);
    expect((await card(page))?.focused).toBe(true);
    await shot(page, 'card-keyboard-rtl.png');
    // Tab moves through the card's controls; Esc closes.
    await page.keyboard.press('Tab');
    expect(await inCard(page, (root) => root?.activeElement?.tagName)).toBe('BUTTON');
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('HAMISH-CARD');
    await page.close();
  });

  it('focusing a link around a name (Tab) shows its card without taking the focus', async () => {
    const page = await open('/', 10);
    // A script's focus() opens nothing; keyboard navigation onto the link does.
    await page.evaluate(() => {
      const a = [...document.querySelectorAll('a')].find((x) => x.textContent === 'جيم جيفري') as HTMLElement;
      const before = document.createElement('button');
      before.textContent = '·';
      a.before(before);
      a.focus();
      setTimeout(() => before.focus(), 0);
    });
    await page.waitForTimeout(600);
    expect(await card(page)).toBeNull();
    await page.keyboard.press('Tab');
    await waitForCard(page);
    expect((await card(page))?.id).toBe('person:jim-jeffrey');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('جيم جيفري');
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    await page.close();
  });

  it('Esc closes a hovered card while the focus is on the page', async () => {
    const page = await open('/', 10);
    await hover(page, 'جيم جيفري');
    await waitForCard(page);
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    await page.close();
  });

  it('next scrolls a mention below the fold into view', async () => {
    const page = await open('/', 10);
    const tab = await h.tabIdOf(page);
    // Open the last mention on the page: previous from the top wraps around to it.
    await h.sendToTab(tab, 'page.prev');
    await h.sendToTab(tab, 'page.prev');
    await waitForCard(page);
    const r = await page.evaluate(() => {
      const m = [...(CSS.highlights.get('hamish-active') ?? [])][0] as Range;
      const b = m.getBoundingClientRect();
      return { top: b.top, bottom: b.bottom, vh: innerHeight };
    });
    expect(r.top).toBeGreaterThanOrEqual(0);
    expect(r.bottom).toBeLessThanOrEqual(r.vh);
    await page.close();
  });
});

describe('popup messages', () => {
  it('page.mentions lists the entities with counts; page.reveal opens the card of one', async () => {
    const page = await open('/', 10);
    const tab = await h.tabIdOf(page);
    const n = Number(await page.evaluate(() => document.documentElement.dataset.hamishCount));
    const res = await h.sendToTab<{ total: number; byType: Record<string, number>; items: Array<{ id: string; count: number; label: { ar?: string } }> }>(tab, 'page.mentions');
    expect(res.total).toBe(n);
    expect(Object.values(res.byType).reduce((a, b) => a + b, 0)).toBe(n);
    const jeffrey = res.items.find((i) => i.id === 'person:jim-jeffrey');
    expect(jeffrey?.label.ar).toBe('جيم جيفري');
    expect(jeffrey?.count).toBeGreaterThanOrEqual(2);
    const pompeo = res.items.find((i) => i.label.ar?.includes('بومبيو'));
    expect(await h.sendToTab(tab, 'page.reveal', { id: pompeo?.id })).toEqual({ ok: true });
    await waitForCard(page);
    expect((await card(page))?.id).toBe(pompeo?.id);
    expect(await h.sendToTab(tab, 'page.reveal', { id: 'no-such-entry' })).toEqual({ ok: false });
    await page.close();
  });
});

describe('placement on difficult pages', () => {
  it('`* { all: unset }` with zoom: the card keeps its own look and sits next to the name', async () => {
    const page = await open('/fixtures/hostile.html');
    await hover(page, 'جيم جيفري');
    await waitForCard(page);
    const c = await card(page);
    expect(c?.id).toBe('person:jim-jeffrey');
    expect(c?.fontSize).toBe('15px');
    // The card is not scaled by the page's zoom: about its normal width.
    expect(c?.box.width).toBeGreaterThan(300);
    expect(c?.box.width).toBeLessThan(380);
    await expectWellPlaced(page, await textRects(page, 'جيم جيفري'));
    await shot(page, 'card-hostile-zoom.png');
    // It follows the name when the page scrolls.
    await page.mouse.move(c?.box.left ?? 0 + 20, (c?.box.top ?? 0) + 20);
    await page.evaluate(() => scrollBy(0, 40));
    await page.waitForTimeout(100);
    await expectWellPlaced(page, await textRects(page, 'جيم جيفري'));
    await page.close();
  });

  it('on a left-to-right page with a transformed root, the card lines up with the start of the name', async () => {
    const page = await open('/fixtures/ltr.html');
    const line = await hover(page, 'جيم جيفري');
    await waitForCard(page);
    await expectWellPlaced(page, await textRects(page, 'جيم جيفري'));
    await shot(page, 'card-ltr-transform.png');
    // LTR: the card's left edge lines up with the name's left edge.
    expect(Math.abs(((await card(page))?.box.left ?? 0) - line.left)).toBeLessThan(2);
    await page.close();
  });

  it('near the bottom of the viewport the card flips above the name', async () => {
    const page = await open('/', 10);
    await page.setViewportSize({ width: 1280, height: 900 });
    // Scroll so that «مايك بومبيو» sits near the bottom edge.
    await page.evaluate(() => {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const i = (n as Text).data.indexOf('مايك بومبيو');
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 5);
          scrollBy(0, r.getBoundingClientRect().top - (innerHeight - 60));
          return;
        }
      }
    });
    const line = await hover(page, 'مايك بومبيو');
    await waitForCard(page);
    const box = (await card(page))?.box as Box;
    expect(box.bottom).toBeLessThanOrEqual(line.top);
    await expectWellPlaced(page, await textRects(page, 'مايك بومبيو'));
    await shot(page, 'card-flipped-above.png');
    await page.close();
  });
});

describe('highlight styles', () => {
  it('underline and translucent background both show on a dark page (screenshots)', async () => {
    const page = await open('/fixtures/dark.html');
    await shot(page, 'highlights-dark-underline.png');
    const w = await h.worker();
    await w.evaluate(async () => {
      const cur = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
      await chrome.storage.local.set({ settings: { ...cur, highlightStyle: 'background' } });
    });
    await page.waitForTimeout(300);
    await shot(page, 'highlights-dark-background.png');
    await hover(page, 'مايك بومبيو');
    await waitForCard(page);
    await shot(page, 'card-dark-page.png');
    await w.evaluate(async () => {
      const cur = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
      await chrome.storage.local.set({ settings: { ...cur, highlightStyle: 'underline' } });
    });
    await page.close();
  });
});

describe('actions', () => {
  it('"hide this entity" removes its highlights at once and for later pages', async () => {
    const page = await open('/', 10);
    const before = Number(await page.evaluate(() => document.documentElement.dataset.hamishCount));
    await hover(page, 'جيم جيفري');
    await waitForCard(page);
    await clickInCard(page, 'button.hide');
    await waitForNoCard(page);
    await page.waitForFunction((b) => Number(document.documentElement.dataset.hamishCount) < b, before);
    const persons = await page.evaluate(() => [...(CSS.highlights.get('hamish-person') ?? [])].map((r) => (r as Range).toString()));
    expect(persons.some((t) => t.includes('جيفري'))).toBe(false);
    const again = await open('/', 10);
    const persons2 = await again.evaluate(() => [...(CSS.highlights.get('hamish-person') ?? [])].map((r) => (r as Range).toString()));
    expect(persons2.some((t) => t.includes('جيفري'))).toBe(false);
    // Undo through the options page's message, for the tests that follow.
    const opts = await h.extensionPage('popup.html');
    await opts.evaluate(() => chrome.runtime.sendMessage({ hamish: 1, name: 'entry.unhide', params: { id: 'person:jim-jeffrey' } }));
    await opts.close();
    await again.close();
    await page.close();
  });

  it('"edit in glossary" opens the options page at the entry', async () => {
    const page = await open('/', 10);
    await hover(page, 'مايك بومبيو');
    await waitForCard(page);
    const id = (await card(page))?.id as string;
    const [opened] = await Promise.all([h.context.waitForEvent('page', { timeout: 10_000 }), clickInCard(page, 'button.edit')]);
    await opened.waitForLoadState('domcontentloaded');
    expect(opened.url()).toBe(`chrome-extension://${h.extensionId}/options.html#entry=${encodeURIComponent(id)}`);
    await opened.close();
    await page.close();
  });
});

describe('Firefox ESR (MV2) over WebDriver BiDi', () => {
  it('hovering «جيم جيفري» shows its card', async () => {
    const ff = await launchFirefox();
    try {
      const { context, count } = await openAnnotated(ff, FIREFOX_EXT, server.url + '/', 10);
      expect(count).toBeGreaterThanOrEqual(10);
      const r = await ff.evaluate<{ x: number; y: number }>(
        context,
        `(() => { const a = [...document.querySelectorAll('a')].find((x) => x.textContent === 'جيم جيفري'); const b = a.getClientRects()[0]; return { x: Math.round(b.left + b.width / 2), y: Math.round(b.top + b.height / 2) }; })()`,
      );
      await ff.send('input.performActions', {
        context,
        actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x: r.x - 5, y: r.y }, { type: 'pointerMove', x: r.x, y: r.y }] }],
      });
      let id: string | null = null;
      for (let i = 0; i < 20 && !id; i++) {
        await new Promise((res) => setTimeout(res, 150));
        id = await ff.inCard<string | null>(context, `(root) => root?.querySelector('.card')?.dataset.entryId ?? null`);
      }
      expect(id).toBe('person:jim-jeffrey');
      const shot = await ff.send<{ data: string }>('browsingContext.captureScreenshot', { context });
      writeFileSync(join(SCREENSHOTS, 'card-demo-rtl-firefox.png'), Buffer.from(shot.data, 'base64'));
    } finally {
      await ff.close();
    }
  }, 90_000);
});
