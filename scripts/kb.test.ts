// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../lib/kb/bundled';
import { glossaryJsonSchemaText, SCHEMA_PATH } from '../lib/kb/json-schema';
import { packSchema } from '../lib/kb/pack';

function kb(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/kb.ts', ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'hamish-kb-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('scripts/kb.ts', () => {
  it('the committed JSON Schema is the one the zod schema generates (run `npm run kb -- schema`)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(glossaryJsonSchemaText());
  });

  it('export prints the bundled knowledge base as one valid pack', () => {
    const r = kb('export');
    expect(r.code).toBe(0);
    const pack = packSchema.parse(JSON.parse(r.out));
    expect(pack.entries.length).toBe(bundledPack().entries.length);
    expect(pack.revision).toBe(bundledPack().revision);
  });

  it('validate accepts a good pack and a good CSV (exit 0)', () => {
    const good = file('good.json', JSON.stringify({ format: 'hamish-glossary', version: 1, entries: [{ id: 'a', type: 'person', label: { ar: 'أ' } }] }));
    expect(kb('validate', good).code).toBe(0);
    const csv = file('good.csv', 'id,type,label_ar\na,person,أ\n');
    expect(kb('validate', csv).code).toBe(0);
  });

  it('validate lists each problem with where, field and an English message, and exits 2', () => {
    const bad = file(
      'bad.json',
      JSON.stringify({
        format: 'hamish-glossary',
        version: 1,
        entries: [
          { id: 'a', type: 'person', label: { ar: 'أ' }, links: [{ url: 'javascript:alert(1)' }] },
          { id: 'a', type: 'person', label: { ar: 'ب' } },
        ],
      }),
    );
    const r = kb('validate', bad);
    expect(r.code).toBe(2);
    expect(r.out).toContain('entry 0, links.0.url: Links must be web addresses starting with http:// or https://.');
    expect(r.out).toContain('entry 1, id: Duplicate id "a": entry 0 already has it.');
    const csv = kb('validate', file('bad.csv', 'id,type,label_ar\nb,human,ب\n'));
    expect(csv.code).toBe(2);
    expect(csv.out).toContain('row 2, type: "human" is not allowed here');
    expect(kb('validate', file('empty.json', '')).out).toContain('file: The file is empty.');
  });

  it('usage errors exit 1', () => {
    expect(kb('frobnicate').code).toBe(1);
    expect(kb('validate', join(dir, 'missing.json')).code).toBe(1);
  });
});

describe('docs/pack-format.md', () => {
  it('its JSON and CSV examples are valid', async () => {
    const { parseImport } = await import('../lib/kb/parse');
    const doc = readFileSync('docs/pack-format.md', 'utf8');
    const json = /```json\n([\s\S]*?)```/.exec(doc)![1]!;
    const csv = /```csv\n([\s\S]*?)```/.exec(doc)![1]!;
    expect((await parseImport(json, 'json')).issues).toEqual([]);
    const c = await parseImport(csv, 'csv');
    expect(c.issues).toEqual([]);
    expect(c.entries.length).toBe(2);
  });
});
