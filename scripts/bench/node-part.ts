/**
 * The engine in Node: compile time, serialized size, heap held by a compiled matcher, scan throughput.
 * Run with --expose-gc (scripts/bench.ts does) so heap figures are after a collection.
 * Prints one JSON object on stdout.
 */
import { readFileSync } from 'node:fs';
import { compileMatcher, loadMatcher } from '../../lib/match';
import { bundledPack } from '../../lib/kb/bundled';
import { syntheticGlossary, syntheticPage } from './generate';

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  gc?.();
  // Typed arrays live outside the JS heap proper: count both.
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const out: Record<string, unknown> = { gcExposed: Boolean(gc) };
for (const n of [1000, 10_000, 50_000]) {
  const entries = syntheticGlossary(n);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    compileMatcher(entries);
    times.push(performance.now() - t0);
  }
  const before = heap();
  const held = compileMatcher(entries);
  const after = heap();
  const ser = JSON.stringify(held.serialize());
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const parsed = JSON.parse(ser);
    const t0 = performance.now();
    loadMatcher(parsed);
    loads.push(performance.now() - t0);
  }
  out[`n${n}`] = { compileMs: median(times), heapBytes: after - before, serializedBytes: ser.length, loadMs: median(loads), size: held.size };
}

// Throughput: the synthetic 80,000-character page's text, and the seed article, with the bundled KB.
const bundled = compileMatcher(bundledPack().entries);
const page = syntheticPage(syntheticGlossary(1000).map((e) => e.label.ar!)).html.replace(/<[^>]+>/g, ' ');
const seed = readFileSync(new URL('../../../shared/corpus/seed-article.txt', import.meta.url), 'utf8');
for (const [name, text] of [['page', page], ['seed', seed]] as const) {
  const big = text.repeat(Math.ceil(2_000_000 / text.length));
  const t0 = performance.now();
  const found = bundled.scan(big);
  const ms = performance.now() - t0;
  out[`scan_${name}`] = { MBps: Buffer.byteLength(big) / 1e6 / (ms / 1000), charsPerSec: big.length / (ms / 1000), mentions: found.length, chars: big.length };
}
console.log(JSON.stringify(out));
