/**
 * Checks the bundled knowledge-base source files (assets/kb/*.json): each is a valid pack, ids are unique
 * across files, every entry has both labels and both summaries, and no full name is claimed by two entries.
 * Usage: npx tsx scripts/kb-check.ts [FILE...]   (default: every assets/kb/*.json)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packSchema, type Entry } from '../lib/kb/pack';

const dir = 'assets/kb';
const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));
// A rough fold for clash detection only (the engine has the real normaliser).
const fold = (s: string) =>
  s.normalize('NFKC').replace(/[\u064B-\u0652\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').toLowerCase().trim();

let problems = 0;
const ids = new Map<string, string>();
const names = new Map<string, string>();
let total = 0;
for (const f of files) {
  const parsed = packSchema.safeParse(JSON.parse(readFileSync(f, 'utf8')));
  if (!parsed.success) {
    for (const i of parsed.error.issues.slice(0, 30)) console.log(`${f}: ${i.path.join('.')}: ${i.message}`);
    problems += parsed.error.issues.length;
    continue;
  }
  for (const e of parsed.data.entries as Entry[]) {
    total++;
    if (ids.has(e.id)) { console.log(`${f}: duplicate id ${e.id} (also in ${ids.get(e.id)})`); problems++; }
    ids.set(e.id, f);
    if (!e.label.ar || !e.label.en) { console.log(`${f}: ${e.id}: needs label.ar and label.en`); problems++; }
    if (!e.summary?.ar || !e.summary?.en) { console.log(`${f}: ${e.id}: needs summary.ar and summary.en`); problems++; }
    for (const n of [e.label.ar, e.label.en, ...(e.aliases ?? [])]) {
      if (!n) continue;
      const k = fold(n);
      const other = names.get(k);
      if (other && other !== e.id) console.log(`note: name «${n}» is claimed by ${other} and ${e.id}`);
      names.set(k, e.id);
    }
  }
}
console.log(`${total} entries in ${files.length} files, ${problems} problems`);
process.exit(problems ? 1 : 0);
