/**
 * Accessibility (issue 8, "Done when"): axe-core over the options page (every tab, with an entry open, a "Try it"
 * result and an import preview with errors on screen) and over the popup, in both interface directions where
 * possible. Fails on any serious or critical violation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, startServer, waitForCount, type Hamish, type TestServer } from './harness';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe on the page; returns the serious and critical violations in a readable form. */
async function axe(page: Page, label: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE }).catch(() => undefined);
  // Extension pages forbid inline scripts (CSP script-src 'self'); evaluating the source through the
  // debugging protocol is not subject to the page's CSP.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = (await page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: unknown[] }> } };
    const res = await w.axe.run(document, { resultTypes: ['violations'] });
    return res.violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}: [${v.impact}] ${v.id} — ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('accessibility (axe-core)', () => {
  let h: Hamish;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    h = await launchChromium({ locale: 'en' });
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('options page: every tab, with content on screen, has no serious violations', async () => {
    const page = await h.extensionPage('options.html', '#entry=person:bashar-al-assad');
    await page.getByRole('heading', { name: 'Bashar al-Assad' }).waitFor();
    const problems: string[] = [];
    problems.push(...(await axe(page, 'glossary + editor')));

    await page.evaluate(() => (location.hash = '#entry=place:idlib'));
    await page.getByRole('heading', { name: 'Idlib' }).waitFor();
    await page.getByLabel('Name in English').fill('Idlib (a11y check)');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('region', { name: 'Bundled version' }).waitFor();
    problems.push(...(await axe(page, 'edited bundled entry + toast')));
    await page.getByRole('button', { name: 'Revert to the bundled version' }).click();

    await page.getByRole('button', { name: 'Add an entry' }).click();
    await page.getByRole('button', { name: 'Add a link' }).click();
    await page.getByLabel('Address of link 1').fill('javascript:void 0');
    await page.getByRole('button', { name: 'Add entry' }).click();
    await page.getByText('Please correct the marked fields.').waitFor();
    problems.push(...(await axe(page, 'new entry with errors')));

    await page.getByRole('tab', { name: 'Try it' }).click();
    await page.getByLabel('Text to try').fill('التقى جيم جيفري بشار الأسد في إدلب.');
    await page.locator('mark.mention').first().waitFor();
    problems.push(...(await axe(page, 'try it')));

    await page.getByRole('tab', { name: 'Import and export' }).click();
    await page.locator('#import-file').setInputFiles(join(ROOT, 'tests/e2e/fixtures/import-bad-row.csv'));
    await page.getByRole('table').waitFor();
    problems.push(...(await axe(page, 'import preview with errors')));

    await page.getByRole('tab', { name: 'Settings' }).click();
    problems.push(...(await axe(page, 'settings')));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('options page in Arabic (right to left) has no serious violations', async () => {
    const page = await h.extensionPage('options.html', '#entry=person:bashar-al-assad');
    await page.getByRole('heading', { name: 'Bashar al-Assad' }).waitFor();
    // This Chromium ships no Arabic UI (no chromium-l10n): set the page's language and direction as Arabic would.
    await page.evaluate(() => {
      document.documentElement.lang = 'ar';
      document.documentElement.dir = 'rtl';
    });
    expect(await axe(page, 'options (rtl)')).toEqual([]);
    await page.close();
  });

  it('options page in dark mode has no serious violations (contrast included)', async () => {
    const page = await h.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`chrome-extension://${h.extensionId}/options.html#entry=place:idlib`);
    await page.getByRole('heading', { name: 'Idlib' }).waitFor();
    await page.getByLabel('Name in English').fill('Idlib (dark check)');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('region', { name: 'Bundled version' }).waitFor();
    const problems = await axe(page, 'options (dark)');
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: join(ROOT, 'out/screenshots/options-dark.png'), fullPage: true });
    await page.getByRole('button', { name: 'Revert to the bundled version' }).click();
    await page.getByRole('region', { name: 'Bundled version' }).waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Try it' }).click();
    await page.getByLabel('Text to try').fill('التقى جيم جيفري بشار الأسد في إدلب ضمن القرار 2254.');
    await page.locator('mark.mention').first().waitFor();
    problems.push(...(await axe(page, 'try it (dark)')));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('popup, on a page with highlights, has no serious violations', async () => {
    const demo = await h.page(server.url + '/');
    await waitForCount(demo, 5);
    const tabId = await h.tabIdOf(demo);
    const popup = await h.extensionPage('popup.html', `?tab=${tabId}`);
    await popup.waitForLoadState('load');
    await popup.waitForTimeout(1000);
    expect(await axe(popup, 'popup')).toEqual([]);
    await popup.close();
    await demo.close();
  });
});
