/**
 * Node micro-benchmark of the engine alone (compile, serialise, load, scan) on synthetic glossaries and
 * an ~80,000-character Arabic page. The browser benchmark (`npm run bench`) measures the whole page pass;
 * this one isolates the engine. Run: `npx tsx lib/match/node-bench.ts [CORPUS_TEXT] [sizes…]`.
 * Prints one JSON line per glossary size; `calibrationMs` (a fixed 10M-step loop) shows how loaded the
 * machine was.
 */
import { readFileSync } from 'node:fs';
import { compileMatcher, loadMatcher } from './index';
import type { MatchEntry } from './types';

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): (n: number) => number {
  let s = seed | 0;
  return (n) => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** Synthetic entries: two-word persons with a short surname, one-word places, three-word organisations. */
export function syntheticEntries(n: number, seed = 1): MatchEntry[] {
  const r = rng(seed);
  const word = (): string => {
    let w = '';
    const len = 3 + r(5);
    for (let i = 0; i < len; i++) w += LETTERS[r(LETTERS.length)];
    return w;
  };
  const out: MatchEntry[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % 3;
    const family = word();
    const ar = k === 0 ? `${word()} ${family}` : k === 1 ? word() : `${word()} ${word()} ${word()}`;
    out.push({
      id: `e${i}`,
      type: k === 0 ? 'person' : k === 1 ? 'place' : 'organization',
      label: { ar, en: `Name${i} Family${i}` },
      aliases: [`${word()} ${word()}`],
      ...(k === 0 ? { shortAliases: [family] } : {}),
    });
  }
  return out;
}

/** An Arabic page of about `chars` characters: corpus words with a glossary name (and proclitic) every 15 words. */
export function syntheticPage(corpus: string, entries: readonly MatchEntry[], chars = 80_000, seed = 2): string {
  const r = rng(seed);
  const words = corpus.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < chars; i++) {
    const w = i % 15 === 7 ? ['و', 'ب', 'ل', ''][r(4)] + (entries[r(entries.length)]?.label.ar ?? '') : (words[i % words.length] ?? '');
    out.push(w);
    len += w.length + 1;
  }
  return out.join(' ');
}

/** CPU milliseconds (user + system) of `f`: robust to a busy machine, unlike wall time. */
function cpu(f: () => void): number {
  const c = process.cpuUsage();
  f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? 0;
}

/** Measure the engine at each glossary size. */
export function runEngineBench(corpus: string, sizes: readonly number[]): Array<Record<string, number>> {
  const rows: Array<Record<string, number>> = [];
  for (const n of sizes) {
    const entries = syntheticEntries(n);
    const page = syntheticPage(corpus, entries);
    const compile: number[] = [];
    const compileCpu: number[] = [];
    let m = compileMatcher(entries);
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      compileCpu.push(cpu(() => (m = compileMatcher(entries))));
      compile.push(performance.now() - t);
    }
    const wire = JSON.stringify(m.serialize());
    const load: number[] = [];
    for (let i = 0; i < 7; i++) {
      const data = JSON.parse(wire);
      const t = performance.now();
      m = loadMatcher(data);
      load.push(performance.now() - t);
    }
    const scan: number[] = [];
    let mentions = 0;
    for (let i = 0; i < 25; i++) {
      const t = performance.now();
      mentions = m.scan(page).length;
      scan.push(performance.now() - t);
    }
    // CPU time of 20 scans together (cpuUsage has coarse resolution).
    const scanCpu = cpu(() => {
      for (let i = 0; i < 20; i++) m.scan(page);
    }) / 20;
    const c0 = performance.now();
    let x = 0;
    for (let i = 0; i < 10_000_000; i++) x = (x + i) | 0;
    const calibrationMs = performance.now() - c0 + (x === 0.5 ? 1 : 0);
    const scanMs = median(scan);
    rows.push({
      entries: n,
      compileMs: +median(compile).toFixed(2),
      compileCpuMs: +median(compileCpu).toFixed(2),
      loadMs: +median(load).toFixed(2),
      serializedBytes: Buffer.byteLength(wire),
      pageChars: page.length,
      mentions,
      scanMs: +scanMs.toFixed(2),
      scanCpuMs: +scanCpu.toFixed(2),
      scanMBps: +(page.length / 1e6 / (scanMs / 1000)).toFixed(1),
      calibrationMs: +calibrationMs.toFixed(1),
    });
  }
  return rows;
}

if (process.argv[1] && /node-bench\.ts$/.test(process.argv[1])) {
  const [corpusPath = '../shared/corpus/anercorp-dev/text.txt', ...sizes] = process.argv.slice(2);
  const corpus = readFileSync(corpusPath, 'utf8');
  for (const row of runEngineBench(corpus, sizes.length ? sizes.map(Number) : [1000, 10_000, 50_000])) {
    process.stdout.write(JSON.stringify(row) + '\n');
  }
}
