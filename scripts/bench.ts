/**
 * `npm run bench`: speed and memory figures (not pass/fail). Prints tables, then one final JSON line
 * with the medians and ratios.
 *   HAMISH_BENCH_REPS=5  repetitions per measure (medians reported)
 *   HAMISH_BENCH_SIZES=1000,10000,50000
 */
import { spawnSync } from 'node:child_process';
import { libraryBench } from './bench/library';
import { extensionBench } from './bench/extension';
import { importBench } from './bench/import';
import { requireBrowsers } from '../tests/e2e/browsers';
import { buildExtension } from '../tests/e2e/global-setup';

requireBrowsers();
// The extension parts load the build the end-to-end tests use: build it now so the figures are of this code.
buildExtension(['chrome']);
const reps = Number(process.env.HAMISH_BENCH_REPS ?? 5);
const sizes = (process.env.HAMISH_BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '—');

console.log('── engine in Node');
const node = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'scripts/bench/node-part.ts'], { encoding: 'utf8' });
if (node.status !== 0) throw new Error('node part failed:\n' + node.stderr);
const engine = JSON.parse(node.stdout.trim().split('\n').pop()!) as Record<string, Record<string, number>>;
console.log('entries   compile ms   load ms   serialized KB   matcher heap KB');
for (const n of sizes) {
  const r = engine[`n${n}`];
  if (r) console.log(`${String(n).padStart(7)}   ${f(r.compileMs!).padStart(10)}   ${f(r.loadMs!).padStart(7)}   ${f(r.serializedBytes! / 1024, 0).padStart(13)}   ${f(r.heapBytes! / 1024, 0).padStart(15)}`);
}
console.log(`scan throughput (bundled KB): synthetic page text ${f(engine.scan_page!.MBps!, 2)} MB/s, seed article ${f(engine.scan_seed!.MBps!, 2)} MB/s`);

console.log('\n── page pass in Chromium (median ms of ' + reps + ')');
const lib = await libraryBench(sizes, reps, 30_000);
const p = lib[0]!.page;
console.log(`page: ${p.chars} characters in ${p.nodes} text nodes; floor seen ${lib.map((r) => `${f(r.floorRange[0])}–${f(r.floorRange[1])}`).join(', ')} ms (${3 * reps} fresh pages per size)`);
console.log('entries   floor   hamish (×floor)   +load   aho-corasick (×floor)   +build   mark.js            mentions h/ac/mark');
for (const r of lib) {
  const mark = r.markCapped ? `>${f(r.markMs / 1000, 0)} s (${r.markDone}/${r.entries} names)` : `${f(r.markMs)}`;
  console.log(
    `${String(r.entries).padStart(7)}   ${f(r.floorMs).padStart(5)}   ${f(r.hamishMs).padStart(6)} (${f(r.hamishMs / r.floorMs)}×)   ${f(r.hamishLoadMs).padStart(5)}   ${f(r.ahoMs).padStart(12)} (${f(r.ahoMs / r.floorMs)}×)   ${f(r.ahoBuildMs).padStart(6)}   ${mark.padEnd(18)} ${r.mentions.hamish}/${r.mentions.aho}/${r.mentions.mark}`,
  );
}
// The floor reads text nodes only; every annotator also reads their parents and makes a range and a
// highlight per mention. These lines split Hamish's pass into that DOM share (same mentions, given, no
// matching; a fresh page of its own) and the rest, the matching.
console.log('\nentries   DOM only: collect + ranges + highlights (×floor)   matching = hamish − DOM (×floor)');
for (const r of lib) {
  console.log(`${String(r.entries).padStart(7)}   ${f(r.domMs).padStart(38)} (${f(r.domMs / r.floorMs)}×)   ${f(r.hamishMs - r.domMs).padStart(24)} (${f((r.hamishMs - r.domMs) / r.floorMs)}×)`);
}

console.log('\n── the extension in Chromium');
const ext = await extensionBench(reps);
for (const [k, v] of Object.entries(ext)) console.log(`${k.padEnd(44)} ${typeof v === 'number' ? f(v, 2) : v}`);

console.log('\n── a 50,000-entry import in Chromium (fresh profile)');
const imp = await importBench();
for (const [k, v] of Object.entries(imp)) console.log(`${k.padEnd(44)} ${typeof v === 'number' ? f(v, 2) : v}`);

const summary = {
  engine: Object.fromEntries(sizes.map((n) => [n, engine[`n${n}`]])),
  scanMBps: { page: engine.scan_page!.MBps, seed: engine.scan_seed!.MBps },
  page: lib.map((r) => ({
    entries: r.entries,
    floorMs: r.floorMs,
    hamishMs: r.hamishMs,
    hamishOverFloor: r.hamishMs / r.floorMs,
    domMs: r.domMs,
    domOverFloor: r.domMs / r.floorMs,
    ahoMs: r.ahoMs,
    ahoBuildMs: r.ahoBuildMs,
    hamishOverAho: r.hamishMs / r.ahoMs,
    markMs: r.markMs,
    markCapped: r.markCapped,
  })),
  extension: ext,
  import: imp,
};
console.log(JSON.stringify(summary));
