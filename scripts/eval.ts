/**
 * `npm run eval -- DIR [--min-f1 X] [--verbose]`: score the engine on a corpus folder in the format of
 * ../shared/corpus/anercorp-dev (text.txt, glossary.json, gold.jsonl, ignore.jsonl); exit 1 when F1 < X
 * (default 0.99), 2 on bad input. The whole text is one document, as with `scan` on a .txt file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMatcher } from '../lib/match/index';
import { lineOf, lineStarts } from '../lib/match/lines';
import { loadPackFile } from '../lib/match/node';
import { score, type GoldMention, type IgnoreSpan, type Prediction } from '../lib/match/score';

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

async function main(argv: string[]): Promise<number> {
  let dir: string | undefined;
  let minF1 = 0.99;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--min-f1') {
      minF1 = Number(argv[++i]);
      if (!Number.isFinite(minF1)) throw new Error('--min-f1 needs a number');
    } else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else dir = a;
  }
  if (!dir) throw new Error('usage: npm run eval -- DIR [--min-f1 X] [--verbose]');
  const text = readFileSync(join(dir, 'text.txt'), 'utf8');
  const pack = await loadPackFile(join(dir, 'glossary.json')).catch((e: Error) => {
    throw new Error(`${join(dir as string, 'glossary.json')}: ${e.message}`);
  });
  const gold = readJsonl<GoldMention>(join(dir, 'gold.jsonl'));
  const ignore = readJsonl<IgnoreSpan>(join(dir, 'ignore.jsonl'));

  const t0 = performance.now();
  const matcher = compileMatcher(pack.entries);
  const t1 = performance.now();
  const mentions = matcher.scan(text);
  const t2 = performance.now();

  const starts = lineStarts(text);
  const lines = text.split('\n');
  const preds: Prediction[] = mentions.map((m) => {
    const l = lineOf(starts, m.start);
    const base = starts[l] as number;
    return { line: l + 1, start: m.start - base, end: m.end - base, id: m.ids[0] as string };
  });
  const s = score(lines, gold, ignore, preds);
  const pct = (x: number): string => (100 * x).toFixed(2) + '%';
  console.log(`gold ${gold.length}  predicted ${preds.length}  tp ${s.tp}  fp ${s.fp}  fn ${s.fn}  ignored ${s.ignored}`);
  console.log(`precision ${s.precision.toFixed(4)}  recall ${s.recall.toFixed(4)}  F1 ${s.f1.toFixed(4)}`);
  console.log(`proclitic recall ${pct(s.procliticRecall)} (${s.procliticGold} mentions)  hamza-variant recall ${pct(s.hamzaRecall)} (${s.hamzaGold} mentions)`);
  console.log(`compile ${(t1 - t0).toFixed(1)} ms (${pack.entries.length} entries)  scan ${(t2 - t1).toFixed(1)} ms (${(text.length / 1e6 / ((t2 - t1) / 1000)).toFixed(1)} M chars/s)`);
  if (verbose) {
    const show = (l: number, a: number, b: number): string => {
      const line = lines[l - 1] ?? '';
      return `${line.slice(Math.max(0, a - 20), a)}[${line.slice(a, b)}]${line.slice(b, b + 20)}`;
    };
    for (const p of s.falsePositives) console.log(`FP ${p.line}:${p.start} ${p.id} ${show(p.line, p.start, p.end)}`);
    for (const g of s.misses) console.log(`FN ${g.line}:${g.start} ${g.entity_id} ${show(g.line, g.start, g.end)}`);
  }
  if (s.f1 < minF1) {
    console.error(`F1 ${s.f1.toFixed(4)} is below ${minF1}`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`eval: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
