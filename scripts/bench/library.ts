/**
 * The page pass side by side in real Chromium (no extension: the same lib/ code is injected into the page):
 * the TreeWalker floor, Hamish's pass, an npm Aho-Corasick pipeline and mark.js, at each glossary size.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { compileMatcher } from '../../lib/match';
import type { Entry } from '../../lib/kb/pack';
import { CHROMIUM } from '../../tests/e2e/browsers';
import { startServer } from '../../tests/e2e/server';
import { ROOT } from '../../tests/e2e/paths';
import { syntheticGlossary, syntheticPage } from './generate';

export interface LibraryRow {
  entries: number;
  floorMs: number;
  /** Lowest and highest floor seen. */
  floorRange: [number, number];
  hamishMs: number;
  hamishLoadMs: number;
  /** The same pass with its mentions given (no matching): collect, ranges, highlights. */
  domMs: number;
  ahoMs: number;
  ahoBuildMs: number;
  markMs: number;
  markDone: number;
  markCapped: boolean;
  mentions: { hamish: number; aho: number; mark: number };
  page: { chars: number; nodes: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const namesOf = (entries: Entry[]) => entries.flatMap((e) => [e.label.ar!, ...(e.aliases ?? [])]);

export async function libraryBench(sizes: number[], reps: number, markCapMs: number): Promise<LibraryRow[]> {
  const bundle = await build({ entryPoints: [`${ROOT}/scripts/bench/page-entry.ts`], bundle: true, format: 'iife', write: false, platform: 'browser', target: 'chrome120', minify: true });
  const script = bundle.outputFiles[0]!.text;
  const all = syntheticGlossary(Math.max(...sizes));
  // One page for every size: its names come from the first 1,000 entries, so each glossary finds the same mentions.
  const { html } = syntheticPage(namesOf(all.slice(0, 1000)));
  const server = await startServer();
  server.route('/bench.html', html);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const fresh = async () => {
    await page.goto(server.url + '/bench.html');
    await page.addScriptTag({ content: script });
  };
  type B = { __bench: Record<string, (...a: unknown[]) => Record<string, number | boolean | number[]>> };
  const rows: LibraryRow[] = [];
  try {
    for (const n of sizes) {
      const entries = all.slice(0, n);
      const serialized = compileMatcher(entries).serialize();
      const names = namesOf(entries);
      const floors: number[] = [];
      const passes: number[] = [];
      const loads: number[] = [];
      const doms: number[] = [];
      const ahos: number[] = [];
      const builds: number[] = [];
      let mentions = { hamish: 0, aho: 0, mark: 0 };
      let pageInfo = { chars: 0, nodes: 0 };
      for (let r = 0; r < reps; r++) {
        // The floor is the ratios' denominator and moves the most from page to page (1.4-3 ms here): three
        // fresh pages per repetition, so that its median is steadier than the others'.
        for (let k = 0; k < 3; k++) {
          await fresh();
          const f = await page.evaluate(() => (window as unknown as B).__bench.floor!());
          floors.push(f.ms as number);
          pageInfo = { chars: f.chars as number, nodes: f.nodes as number };
        }
        await fresh();
        const h = await page.evaluate((s) => (window as unknown as B).__bench.hamish!(s), serialized);
        passes.push(h.ms as number);
        loads.push(h.loadMs as number);
        mentions.hamish = h.mentions as number;
        await fresh();
        const d = await page.evaluate((sp) => (window as unknown as B).__bench.dom!(sp), h.spans as number[]);
        doms.push(d.ms as number);
        await fresh();
        const a = await page.evaluate((ns) => (window as unknown as B).__bench.aho!(ns), names);
        ahos.push(a.ms as number);
        builds.push(a.buildMs as number);
        mentions.aho = a.mentions as number;
      }
      await fresh();
      const m = await page.evaluate(([ns, cap]) => (window as unknown as B).__bench.markjs!(ns, cap), [names, markCapMs] as const);
      mentions = { ...mentions, mark: m.mentions as number };
      rows.push({
        entries: n,
        floorMs: median(floors),
        floorRange: [Math.min(...floors), Math.max(...floors)],
        hamishMs: median(passes),
        hamishLoadMs: median(loads),
        domMs: median(doms),
        ahoMs: median(ahos),
        ahoBuildMs: median(builds),
        markMs: m.ms as number,
        markDone: m.done as number,
        markCapped: m.capped as boolean,
        mentions,
        page: pageInfo,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
