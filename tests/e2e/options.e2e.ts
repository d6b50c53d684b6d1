/**
 * The glossary editor (issue 8) in real Chromium: search through Arabic spelling variants, add an entry and see it
 * highlighted in an already open tab, edit and revert a bundled entry, delete and undo, import with a bad row
 * (nothing written), import → export identically, and (issue 4) imported entries surviving a browser restart.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeLocale } from '../../lib/i18n/build-locales';
import { launchChromium, ROOT, SCREENSHOTS, startServer, waitForCount, type Hamish, type TestServer } from './harness';

const FIXTURES = join(ROOT, 'tests/e2e/fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
mkdirSync(SCREENSHOTS, { recursive: true });
/** A full-page screenshot from the top (the list column is sticky: scrolled, it would show lower down). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, `options-${name}.png`), fullPage: true });
}

/** One protocol message from the options page itself (it is an extension page, so writes are allowed). */
function ask<T = unknown>(page: Page, name: string, params: unknown = {}): Promise<T> {
  return page.evaluate(
    async ([n, p]) => {
      const res = await chrome.runtime.sendMessage({ hamish: 1, name: n, params: p });
      if (!res?.ok) throw new Error(`${n}: ${res?.error}`);
      return res.value;
    },
    [name, params] as const,
  ) as Promise<T>;
}

/** Types a query and waits until the list shows this query's answer. */
async function search(page: Page, query: string): Promise<void> {
  await page.getByLabel('Search the glossary').fill(query);
  // The list answers within a debounce and one round trip; wait for rows of this query (not the previous one).
  await page.waitForTimeout(250);
  await page.waitForFunction(() => !document.querySelector('#glossary-count[aria-busy="true"]'));
}
const row = (page: Page, id: string) => page.locator(`.entry-list [data-entry-id="${id}"]`);

/** Every text highlighted in a page (the CSS highlight registry is shared with the page's main world). */
function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.entries()].filter(([n]) => n.startsWith('hamish')).flatMap(([, h]) => [...h].map((r) => (r as Range).toString())));
}

/**
 * Opens an extension page with its UI strings in Arabic. Debian's Chromium here ships no Arabic UI (no
 * chromium-l10n), so `--lang=ar` still gives English messages; this answers chrome.i18n from locales/ar instead,
 * the way Chrome would with an Arabic UI.
 */
async function arabicPage(h: Hamish, path: string): Promise<Page> {
  const messages = mergeLocale(ROOT, 'ar');
  const page = await h.context.newPage();
  await page.addInitScript((m: typeof messages) => {
    const i18n = (chrome as unknown as { i18n: { getMessage: (key: string, subs?: string | string[]) => string } }).i18n;
    i18n.getMessage = (key, subs) => {
      if (key === '@@ui_locale') return 'ar';
      const e = m[key];
      if (!e) return '';
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      const named = e.message.replace(/\$([a-z0-9_]+)\$/gi, (_, n: string) => e.placeholders?.[n.toLowerCase()]?.content ?? '');
      return named.replace(/\$(\d)/g, (_, d: string) => list[Number(d) - 1] ?? '');
    };
  }, messages);
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  return page;
}

describe('options page: glossary editor', () => {
  let h: Hamish;
  let server: TestServer;
  let page: Page;
  beforeAll(async () => {
    server = await startServer();
    h = await launchChromium({ locale: 'en' });
    page = await h.extensionPage('options.html');
    await page.getByText(/^Entries: [\d,]+$/).first().waitFor();
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('is declared to open in a tab', async () => {
    const manifest = await page.evaluate(() => fetch('/manifest.json').then((r) => r.json()));
    expect(manifest.options_ui).toMatchObject({ open_in_tab: true });
  });

  // Each row: what the reader types, and an entry that must be among the results.
  it.each([
    ['اسد', 'person:bashar-al-assad', 'proclitic ال left out'],
    ['الاسد', 'person:bashar-al-assad', 'hamza left out'],
    ['الأسد', 'person:bashar-al-assad', 'as written'],
    ['بشّار', 'person:bashar-al-assad', 'shadda typed'],
    ['بَشّارُ الأَسَد', 'person:bashar-al-assad', 'full diacritics'],
    ['ادلب', 'place:idlib', 'hamza below left out'],
    ['BASHAR AL-ASSAD', 'person:bashar-al-assad', 'Latin, upper case'],
    ['idleb', 'place:idlib', 'Latin alias, lower case'],
  ])('search «%s» finds %s (%s)', async (query, id) => {
    await search(page, query);
    await row(page, id).waitFor({ timeout: 5000 });
    const count = await page.locator('#glossary-count').textContent();
    expect(count).toMatch(/^Entries: [\d,]+$/);
  });

  it('filters by source and type, and finds nothing for nonsense', async () => {
    await search(page, '');
    await page.locator('#filter-type').selectOption('place');
    await page.waitForTimeout(200);
    const types = await page.locator('.entry-list [data-entry-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entry-id')));
    expect(types.length).toBeGreaterThan(3);
    expect(types.every((id) => id?.startsWith('place:'))).toBe(true);
    await page.locator('#filter-type').selectOption('');
    await search(page, 'ققققققق');
    await expect.poll(() => page.locator('#glossary-count').textContent()).toBe('Entries: 0');
    await search(page, '');
  });

  it('opens at an entry from the address (#entry=<id>), as the card link does', async () => {
    const p = await h.extensionPage('options.html', '#entry=person:bashar-al-assad');
    await p.getByRole('heading', { name: 'Bashar al-Assad' }).waitFor();
    expect(await p.getByLabel('Name in Arabic').inputValue()).toBe('بشار الأسد');
    // Changing the address in an open page selects the new entry too.
    await p.evaluate(() => (location.hash = '#entry=place:idlib'));
    await p.getByRole('heading', { name: 'Idlib' }).waitFor();
    await p.close();
  });

  it('adds an entry and an already open tab highlights it without a reload', async () => {
    const demo = await h.context.newPage();
    await demo.goto(server.url + '/');
    const before = await waitForCount(demo, 20);
    expect(await highlightedTexts(demo)).not.toContain('الصحافيين');
    const navigations: string[] = [];
    demo.on('framenavigated', (f) => f === demo.mainFrame() && navigations.push(f.url()));

    await page.getByRole('button', { name: 'Add an entry' }).click();
    const form = page.getByRole('form', { name: 'New entry' });
    await form.getByLabel('Type').selectOption('other');
    await form.getByLabel('Name in Arabic').fill('الصحافيين');
    await form.getByLabel('Name in English').fill('The journalists');
    await form.getByLabel('Summary in English').fill('Added by the end-to-end test.');
    await form.getByRole('button', { name: 'Add entry' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: The journalists' }).waitFor();
    await page.getByRole('heading', { name: 'The journalists' }).waitFor();

    await demo.waitForFunction(() => [...CSS.highlights.entries()].some(([n, h]) => n.startsWith('hamish') && [...h].some((r) => (r as Range).toString() === 'الصحافيين')), undefined, { timeout: 15_000 });
    expect(await waitForCount(demo, before + 1)).toBeGreaterThan(before);
    expect(navigations).toEqual([]);
    await demo.close();
  });

  it('warns when a name is already claimed, with a link to that entry', async () => {
    await page.getByRole('button', { name: 'Add an entry' }).click();
    const form = page.getByRole('form', { name: 'New entry' });
    await form.getByLabel('Name in Arabic').fill('إدلب');
    const link = page.getByRole('status').getByRole('link', { name: 'Idlib' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('#entry=place%3Aidlib');
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it('rejects a javascript: link in the form', async () => {
    await page.getByRole('button', { name: 'Add an entry' }).click();
    const form = page.getByRole('form', { name: 'New entry' });
    await form.getByLabel('Name in Arabic').fill('رابط خطر');
    await form.getByRole('button', { name: 'Add a link' }).click();
    await form.getByLabel('Address of link 1').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Add entry' }).click();
    await form.getByText('A link must be a web address starting with http:// or https://.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id)).toMatch(/link-0-url$/);
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it('edits a bundled entry, shows the bundled version beside it, and reverts', async () => {
    await page.evaluate(() => (location.hash = '#entry=place:idlib'));
    await page.getByRole('heading', { name: 'Idlib' }).waitFor();
    await page.getByLabel('Name in English').fill('Idlib city (my desk)');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved:' }).waitFor();
    const bundled = page.getByRole('region', { name: 'Bundled version' });
    await bundled.waitFor();
    expect(await bundled.textContent()).toContain('Idlib');
    expect(await page.getByRole('region', { name: 'Your version' }).textContent()).toContain('Idlib city (my desk)');
    expect((await ask<{ source: string }>(page, 'entry.view', { id: 'place:idlib' })).source).toBe('edited');
    await search(page, 'my desk');
    await row(page, 'place:idlib').waitFor();
    expect(await row(page, 'place:idlib').textContent()).toContain('Edited');
    await shot(page, 'edited-bundled');

    await page.getByRole('button', { name: 'Revert to the bundled version' }).click();
    await page.getByRole('status').filter({ hasText: 'Back to the bundled version' }).waitFor();
    await bundled.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Name in English').inputValue()).toBe('Idlib');
    const view = await ask<{ source: string; entry: { label: { en: string } } }>(page, 'entry.view', { id: 'place:idlib' });
    expect([view.source, view.entry.label.en]).toEqual(['bundled', 'Idlib']);
    await search(page, '');
  });

  it('deletes an entry and brings it back with undo', async () => {
    const added = await ask<{ items: Array<{ id: string }> }>(page, 'entries.search', { query: 'The journalists', source: 'user' });
    const id = added.items[0]!.id;
    await page.evaluate((i) => (location.hash = '#entry=' + encodeURIComponent(i)), id);
    await page.getByRole('heading', { name: 'The journalists' }).waitFor();
    await page.getByRole('button', { name: 'Delete' }).click();
    const toast = page.getByRole('status').filter({ hasText: 'Deleted: The journalists' });
    await toast.waitFor();
    expect(await ask(page, 'entry.view', { id })).toBeNull();
    await search(page, 'الصحافيين');
    await expect.poll(() => page.locator('#glossary-count').textContent()).toBe('Entries: 0');
    await shot(page, 'deleted-undo-toast');

    await toast.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').filter({ hasText: 'Restored: The journalists' }).waitFor();
    await row(page, id).waitFor();
    expect(await ask<{ entry: { summary: { en: string } } }>(page, 'entry.view', { id })).toMatchObject({ source: 'user', entry: { summary: { en: 'Added by the end-to-end test.' } } });
    await search(page, '');
  });

  it('hides a bundled entry on delete, and shows it again with undo', async () => {
    await page.evaluate(() => (location.hash = '#entry=person:bashar-al-assad'));
    await page.getByRole('heading', { name: 'Bashar al-Assad' }).waitFor();
    await page.getByRole('button', { name: 'Delete' }).click();
    const toast = page.getByRole('status').filter({ hasText: 'Hidden from pages: Bashar al-Assad' });
    await toast.waitFor();
    await page.getByRole('button', { name: 'Show it again' }).waitFor();
    expect((await ask<{ source: string }>(page, 'entry.view', { id: 'person:bashar-al-assad' })).source).toBe('hidden');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await ask<{ source: string }>(page, 'entry.view', { id: 'person:bashar-al-assad' })).source).toBe('bundled');
  });

  it('"Try it" shows what would be highlighted and which entry each mention resolves to', async () => {
    await page.getByRole('tab', { name: 'Try it' }).click();
    await page.getByLabel('Text to try').fill('قال المبعوث جيم جيفري إن الرئيس بشار الأسد التقى الصحافيين في إدلب.');
    await page.locator('mark.mention').first().waitFor();
    const marks = await page.locator('mark.mention').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['بشار الأسد', 'إدلب', 'الصحافيين']));
    const list = await page.locator('.tryit-list').textContent();
    expect(list).toContain('Bashar al-Assad');
    expect(list).toContain('The journalists');
    await shot(page, 'tryit');
    await page.getByRole('tab', { name: 'Glossary' }).click();
  });

  it('imports a CSV with one bad row: row-level error, nothing written', async () => {
    const before = await ask<{ counts: { total: number } }>(page, 'kb.status');
    await page.getByRole('tab', { name: 'Import and export' }).click();
    // Drag and drop, as a reader would from the file manager.
    await page.locator('.dropzone').evaluate((zone, text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'import-bad-row.csv', { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, fixture('import-bad-row.csv'));
    const table = page.getByRole('table', { name: /Problems found: 1/ });
    await table.waitFor();
    const cells = await table.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells[0]).toBe('Row 3');
    expect(cells[1]).toMatch(/links/);
    expect(cells[2]).not.toMatch(/^store_issue_|Problem \(/);
    expect(cells[2]!.length).toBeGreaterThan(5);
    await page.getByRole('alert').filter({ hasText: 'nothing was written' }).waitFor();
    expect(await page.getByRole('button', { name: 'Import now' }).isDisabled()).toBe(true);
    await shot(page, 'import-errors');
    expect(await ask(page, 'entry.view', { id: 'user:e2e-good-one' })).toBeNull();
    expect((await ask<{ counts: { total: number } }>(page, 'kb.status')).counts.total).toBe(before.counts.total);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('lays out the glossary with an entry open (screenshot)', async () => {
    await page.getByRole('tab', { name: 'Glossary' }).click();
    await page.evaluate(() => (location.hash = '#entry=person:bashar-al-assad'));
    await page.getByRole('heading', { name: 'Bashar al-Assad' }).waitFor();
    await search(page, 'اسد');
    await shot(page, 'glossary');
    await page.getByRole('tab', { name: 'Settings' }).click();
    await shot(page, 'settings');
    await page.getByRole('tab', { name: 'Glossary' }).click();
  });

  it('reads right to left in Arabic (screenshots)', async () => {
    const ar = await arabicPage(h, 'options.html#entry=person:bashar-al-assad');
    await ar.getByRole('heading', { name: 'بشار الأسد' }).waitFor();
    expect(await ar.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title])).toEqual(['ar', 'rtl', 'هامش: المسرد']);
    await ar.getByLabel('البحث في المسرد').fill('اسد');
    await ar.waitForTimeout(400);
    await shot(ar, 'ar-glossary');
    await ar.getByRole('tab', { name: 'الاستيراد والتصدير' }).click();
    await ar.locator('#import-file').setInputFiles(join(FIXTURES, 'import-bad-row.csv'));
    await ar.getByRole('table').waitFor();
    const cells = await ar.getByRole('table').locator('tbody tr').first().locator('td').allTextContents();
    expect(cells[0]).toBe('السطر 3');
    await shot(ar, 'ar-import-errors');
    await ar.getByRole('tab', { name: 'جرّب' }).click();
    await ar.getByLabel('النص المراد تجربته').fill('قال المبعوث جيم جيفري إن الرئيس بشار الأسد التقى الصحافيين في إدلب.');
    await ar.locator('mark.mention').first().waitFor();
    await shot(ar, 'ar-tryit');
    await ar.close();
  });

  it('lists rows by keyboard', async () => {
    await search(page, '');
    await page.getByRole('listbox').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.entry-list [aria-selected="true"]').evaluateAll((rows) => rows.map((r) => r.id))).toEqual(['entry-row-1']);
    const id = await page.locator('#entry-row-1').getAttribute('data-entry-id');
    expect(page.url()).toContain('#entry=' + encodeURIComponent(id!));
    expect(await page.getByRole('listbox').getAttribute('aria-activedescendant')).toBe('entry-row-1');
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('.entry-list [aria-selected="true"]').getAttribute('aria-posinset')).toBe(await page.getByRole('listbox').locator('[role=option]').first().getAttribute('aria-setsize'));
  });
});

describe('options page: import, export, restart (issues 4 and 8)', () => {
  it('imports a pack, exports it back identically (JSON and CSV), and finds the entries after a restart', async () => {
    const pack = fixture('import-valid.json');
    const csv = fixture('import-valid.csv');
    const ids = (JSON.parse(pack) as { entries: Array<{ id: string }> }).entries.map((e) => e.id);
    let h = await launchChromium({ locale: 'en' });
    const userDataDir = h.userDataDir;
    try {
      const page = await h.extensionPage('options.html', '#tab=import');
      await page.getByRole('heading', { name: 'Import' }).waitFor();
      await page.locator('#import-file').setInputFiles(join(FIXTURES, 'import-valid.json'));
      await page.getByText('Nothing has been written yet.').waitFor();
      expect(await page.locator('[data-count="options_import_added"] dd').textContent()).toBe('3');
      const commit = page.getByRole('button', { name: 'Import now' });
      await commit.click();
      await page.getByText('Import finished. Entries written: 3').waitFor();
      for (const id of ids) expect(await ask(page, 'entry.view', { id })).toMatchObject({ source: 'user' });

      // The same entries as CSV: the preview says nothing would change.
      await page.getByRole('button', { name: 'Import another file' }).click();
      await page.locator('#import-file').setInputFiles(join(FIXTURES, 'import-valid.csv'));
      await page.getByText('Nothing has been written yet.').waitFor();
      expect(await page.locator('[data-count="options_import_unchanged"] dd').textContent()).toBe('3');
      await page.getByRole('button', { name: 'Cancel' }).click();

      const exported = async (format: 'json' | 'csv') => {
        await page.getByLabel(format === 'json' ? 'Glossary pack (JSON)' : 'Spreadsheet (CSV)').check();
        await page.getByLabel('My entries and edits').check();
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
        expect(download.suggestedFilename()).toMatch(new RegExp(`^hamish-mine-\\d{4}-\\d\\d-\\d\\d\\.${format}$`));
        return readFileSync((await download.path())!, 'utf8');
      };
      expect(await exported('json')).toBe(pack);
      expect(await exported('csv')).toBe(csv);
      await page.getByText('Export finished. Entries exported: 3').waitFor();
    } finally {
      await h.close();
    }

    h = await launchChromium({ locale: 'en', userDataDir });
    try {
      const page = await h.extensionPage('options.html');
      await search(page, 'خالد تجربه');
      await row(page, 'user:e2e-khaled-test').waitFor({ timeout: 10_000 });
      await page.locator('#filter-source').selectOption('user');
      await expect.poll(() => page.locator('.entry-list [data-entry-id]').evaluateAll((r) => r.map((x) => x.getAttribute('data-entry-id')))).toEqual(['user:e2e-khaled-test']);
      await search(page, '');
      await expect.poll(() => page.locator('#glossary-count').textContent()).toBe('Entries: 3');
    } finally {
      await h.close();
    }
  }, 120_000);
});

describe('options page at 50,000 entries', () => {
  let h: Hamish;
  let page: Page;
  beforeAll(async () => {
    h = await launchChromium({ locale: 'en' });
    page = await h.extensionPage('options.html');
    // 50,000 user entries with Arabic names, written through the same import the page uses.
    const entries = Array.from({ length: 50_000 }, (_, i) => ({ id: `user:bulk-${String(i).padStart(5, '0')}`, type: 'person', label: { ar: `شخص اختبار رقم ${i}`, en: `Bulk person ${i}` } }));
    const text = JSON.stringify({ format: 'hamish-glossary', version: 1, entries });
    const res = await ask<{ ok: boolean; written: number }>(page, 'import.commit', { text, format: 'json' });
    expect(res).toMatchObject({ ok: true, written: 50_000 });
    await page.reload();
    await page.getByText(/^Entries: [\d,]+$/).first().waitFor();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('keeps only the rows in view in the page, and End reaches the last entry', async () => {
    const list = page.getByRole('listbox');
    expect(Number(await list.locator('[role=option]').first().getAttribute('aria-setsize'))).toBeGreaterThanOrEqual(50_000);
    expect(await list.locator('[role=option]').count()).toBeLessThan(60);
    await list.focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('.entry-list [aria-selected="true"]').getAttribute('aria-posinset'), { timeout: 10_000 }).toBe(await list.locator('[role=option]').first().getAttribute('aria-setsize'));
    expect(await list.locator('[role=option]').count()).toBeLessThan(60);
    await shot(page, 'bulk-end');
  });

  it('answers a search within 50 ms a keystroke (median over a typed query)', async () => {
    // Each keystroke of a query, as the page sends it: the background's answer time, round trip included.
    const times = await page.evaluate(async () => {
      const out: number[] = [];
      // One untimed search first: the background may still be rebuilding after the bulk import.
      await chrome.runtime.sendMessage({ hamish: 1, name: 'entries.search', params: { query: 'x', offset: 0, limit: 100 } });
      for (const q of ['ا', 'اس', 'اسد', 'شخص', 'شخص اختبار', 'شخص اختبار رقم 4999', 'Bulk person 1234']) {
        const t0 = performance.now();
        await chrome.runtime.sendMessage({ hamish: 1, name: 'entries.search', params: { query: q, offset: 0, limit: 100 } });
        out.push(performance.now() - t0);
      }
      return out;
    });
    console.log('search ms per keystroke at 50,000:', times.map((t) => t.toFixed(1)).join(' '));
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    expect(median).toBeLessThan(50);
  });
});
