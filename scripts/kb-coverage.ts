/**
 * How much of a corpus the bundled knowledge base covers: the share of gold person, place and organisation
 * mentions (corpus format of ../shared/corpus/anercorp-dev) that the bundled KB highlights at the same span,
 * whatever entry it resolves to (the corpus has its own ids). Each line is scanned as its own document:
 * newswire lines are unrelated sentences, so a surname needs a full name on the same line.
 * Usage: npx tsx scripts/kb-coverage.ts DIR
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMatcher } from '../lib/match';
import { bundledPack } from '../lib/kb/bundled';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: kb-coverage DIR');
  process.exit(2);
}
const lines = readFileSync(join(dir, 'text.txt'), 'utf8').split('\n');
const matcher = compileMatcher(bundledPack().entries);
const found = lines.map((l) => matcher.scan(l));
const byType: Record<string, { n: number; hit: number }> = {};
const byEntity = new Map<string, { n: number; hit: number; surface: string }>();
for (const row of readFileSync(join(dir, 'gold.jsonl'), 'utf8').trim().split('\n')) {
  const g = JSON.parse(row) as { line: number; start: number; end: number; name_start: number; type: string; entity_id: string; surface: string };
  const hit = (found[g.line - 1] ?? []).some((f) => f.end === g.end && (f.start === g.start || f.start === g.name_start));
  const t = (byType[g.type] ??= { n: 0, hit: 0 });
  t.n++;
  if (hit) t.hit++;
  const e = byEntity.get(g.entity_id) ?? { n: 0, hit: 0, surface: g.surface };
  e.n++;
  if (hit) e.hit++;
  byEntity.set(g.entity_id, e);
}
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
let n = 0;
let hit = 0;
for (const [type, v] of Object.entries(byType)) {
  console.log(`${type.padEnd(5)} ${v.hit} / ${v.n}  ${pct(v.hit, v.n)}`);
  n += v.n;
  hit += v.hit;
}
console.log(`all   ${hit} / ${n}  ${pct(hit, n)}`);
const ents = [...byEntity.values()];
console.log(`entities with at least one mention covered: ${ents.filter((e) => e.hit > 0).length} / ${ents.length}`);
// Surfaces are corpus text, printed only here, in a developer tool run on a local corpus.
console.log('most frequent uncovered: ' + ents.filter((e) => e.hit === 0).sort((a, b) => b.n - a.n).slice(0, 15).map((e) => `${e.surface}×${e.n}`).join(' '));
