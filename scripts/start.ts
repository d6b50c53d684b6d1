/**
 * `npm start`: builds the extension, serves the demo page on 127.0.0.1 and opens Chromium with Hamish loaded.
 * With a display it leaves the window open (Ctrl-C ends). Without one it runs headless: it hovers the first
 * person on the page, writes a screenshot of the annotated page with the card to out/demo.png and prints
 * what Hamish found.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, startServer, waitForCount, ROOT } from '../tests/e2e/harness';
import { requireBrowsers } from '../tests/e2e/browsers';

const OUT = join(ROOT, '.output');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.HAMISH_HEADLESS;

requireBrowsers();
console.log('building the extension…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, HAMISH_OUT_DIR: OUT } });

const server = await startServer();
const h = await launchChromium({ headless: !headed, extensionPath: join(OUT, 'chrome-mv3') });
const page = await h.page(server.url + '/');
const count = await waitForCount(page, 1, 20_000);
console.log(`demo page: ${server.url}/ — ${count} mentions highlighted`);

const tabId = await h.tabIdOf(page);
const found = await h.sendToTab<{ items: Array<{ type: string; label: { ar?: string; en?: string }; count: number }> }>(tabId, 'page.mentions');
for (const item of found.items) console.log(`  ${item.type.padEnd(12)} ${String(item.count).padStart(3)} × ${item.label.ar ?? ''} (${item.label.en ?? ''})`);

if (headed) {
  console.log('Chromium is open with Hamish loaded. Hover a highlighted name to see its card. Ctrl-C to quit.');
  await new Promise<void>((ok) => process.once('SIGINT', () => ok()));
} else {
  // Hover the first full mention of a person (the content script draws ranges in the page's highlight registry).
  const point = await page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('hamish-person') ?? [])] as Range[];
    const r = ranges.find((x) => x.toString().includes(' ')) ?? ranges[0];
    if (!r) return null;
    r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  if (point) {
    await page.mouse.move(point.x - 3, point.y);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await page.waitForTimeout(900);
  }
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  const shot = join(ROOT, 'out', 'demo.png');
  await page.screenshot({ path: shot });
  console.log(`screenshot: ${shot}`);
}
await h.close();
await server.close();
