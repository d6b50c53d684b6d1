// @vitest-environment node
// The store runs in the background service worker: no DOM, so the tests run without one too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, MAX_ISSUES } from './issues';
import { parseImport } from './parse';
import type { ImportIssue } from '../messaging/protocol';

const en = JSON.parse(readFileSync('locales/en/store.json', 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const ar = JSON.parse(readFileSync('locales/ar/store.json', 'utf8')) as typeof en;

const j = (entries: unknown[], extra: object = {}) => JSON.stringify({ format: 'hamish-glossary', version: 1, entries, ...extra });
const ok = { id: 'a', type: 'person', label: { ar: 'أ' } };

function garbage(n: number): string {
  let s = '';
  let x = 12345;
  const parts: string[] = [];
  while (s.length < 4096) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += String.fromCharCode(32 + (x % 95));
  }
  for (let len = 0; len < n; len += s.length) parts.push(s);
  return parts.join('').slice(0, n);
}
const TEN_MB = garbage(10_000_000);

// [name, text, format, expected issues (first ones), valid entries]
const BAD: Array<[string, string, 'json' | 'csv', ImportIssue[], number]> = [
  ['empty file', '', 'json', [{ code: 'store_issue_empty_file' }], 0],
  ['only whitespace', ' \r\n\t', 'csv', [{ code: 'store_issue_empty_file' }], 0],
  ['NUL bytes (binary)', 'PK\u0003\u0004\u0000\u0000', 'json', [{ code: 'store_issue_binary' }], 0],
  ['10 MB of garbage as JSON', TEN_MB, 'json', [{ code: 'store_issue_not_json' }], 0],
  ['10 MB of garbage as CSV', TEN_MB, 'csv', [{ code: 'store_issue_csv_no_header' }], 0],
  ['a JSON list', '[1, 2]', 'json', [{ code: 'store_issue_not_pack' }], 0],
  ['no format tag', JSON.stringify({ entries: [ok] }), 'json', [{ code: 'store_issue_not_pack' }], 0],
  ['wrong format tag', JSON.stringify({ format: 'glossary-pro', version: 1, entries: [ok] }), 'json', [{ code: 'store_issue_format_tag', params: ['glossary-pro'] }], 0],
  ['future version', JSON.stringify({ format: 'hamish-glossary', version: 2, entries: [ok] }), 'json', [{ code: 'store_issue_version', params: ['2'] }], 0],
  ['no entries list', JSON.stringify({ format: 'hamish-glossary', version: 1 }), 'json', [{ code: 'store_issue_no_entries' }], 0],
  ['unknown pack field', j([ok], { author: 'x' }), 'json', [{ field: 'author', code: 'store_issue_unknown_field', params: ['author'] }], 1],
  ['duplicate ids', j([ok, { ...ok, type: 'place' }]), 'json', [{ index: 1, field: 'id', code: 'store_issue_duplicate_id', params: ['a', '0'] }], 1],
  ['duplicate ids (CSV)', 'id,type,label_ar\na,person,أ\na,place,ب\n', 'csv', [{ row: 3, field: 'id', code: 'store_issue_duplicate_id_row', params: ['a', '2'] }], 1],
  ['a name of 10,000 characters', j([{ ...ok, label: { ar: 'ب'.repeat(10_000) } }]), 'json', [{ index: 0, field: 'label.ar', code: 'store_issue_too_long', params: ['200'] }], 0],
  ['a name of 10,000 characters (CSV)', 'id,type,label_ar\na,person,' + 'ب'.repeat(10_000), 'csv', [{ row: 2, field: 'label_ar', code: 'store_issue_too_long', params: ['200'] }], 0],
  ['javascript: link', j([{ ...ok, links: [{ url: 'javascript:alert(1)' }] }]), 'json', [{ index: 0, field: 'links.0.url', code: 'store_issue_bad_url' }], 0],
  ['javascript: link (CSV)', 'id,type,label_ar,links\na,person,أ,javascript:alert(1)', 'csv', [{ row: 2, field: 'links', code: 'store_issue_bad_url' }], 0],
  ['data: link', j([{ ...ok, links: [{ url: 'data:text/html,<script>1</script>' }] }]), 'json', [{ index: 0, field: 'links.0.url', code: 'store_issue_bad_url' }], 0],
  ['unknown type', j([{ ...ok, type: 'human' }]), 'json', [{ index: 0, field: 'type', code: 'store_issue_bad_value', params: ['human', 'person, organization, place, document, event, other'] }], 0],
  ['no label', j([{ ...ok, label: {} }]), 'json', [{ index: 0, field: 'label', code: 'store_issue_label_missing' }], 0],
  ['no label (CSV)', 'id,type,label_ar,label_en\na,person,,', 'csv', [{ row: 2, field: 'label_ar', code: 'store_issue_label_missing' }], 0],
  ['missing id', j([{ type: 'person', label: { ar: 'أ' } }]), 'json', [{ index: 0, field: 'id', code: 'store_issue_required' }], 0],
  ['id with spaces', j([{ ...ok, id: 'a b' }]), 'json', [{ index: 0, field: 'id', code: 'store_issue_bad_id' }], 0],
  ['a number as a name', j([{ ...ok, label: { ar: 5 } }]), 'json', [{ index: 0, field: 'label.ar', code: 'store_issue_wrong_type', params: ['string', 'number'] }], 0],
  ['an entry that is a string', j(['hello', ok]), 'json', [{ index: 0, code: 'store_issue_not_object' }], 1],
  ['unknown entry field', j([{ ...ok, colour: 'red' }]), 'json', [{ index: 0, field: 'colour', code: 'store_issue_unknown_field', params: ['colour'] }], 0],
  ['bad number', j([{ ...ok, type: 'document', number: '22a' }]), 'json', [{ index: 0, field: 'number', code: 'store_issue_bad_number' }], 0],
  ['bad date', j([{ ...ok, created: 'yesterday' }]), 'json', [{ index: 0, field: 'created', code: 'store_issue_bad_date' }], 0],
  ['CSV without a header', 'a,person,أ\n', 'csv', [{ code: 'store_issue_csv_no_header' }], 0],
  ['CSV without the type column', 'id,label_ar\na,أ\n', 'csv', [{ row: 1, field: 'type', code: 'store_issue_csv_header', params: ['type'] }], 0],
  ['CSV unknown column', 'id,type,label_ar,colour\na,person,أ,red', 'csv', [{ row: 1, field: 'colour', code: 'store_issue_csv_unknown_column', params: ['colour'] }], 0],
  ['CSV bad roles cell', 'id,type,label_ar,roles\na,person,أ,[oops', 'csv', [{ row: 2, field: 'roles', code: 'store_issue_csv_roles' }], 0],
  ['CSV row with too many cells', 'id,type,label_ar\na,person,أ,extra', 'csv', [{ row: 2, code: 'store_issue_csv_fields', params: ['4', '3'] }], 0],
  ['CSV unclosed quote', 'id,type,label_ar\na,person,"أ', 'csv', [{ row: 2, code: 'store_issue_csv_quotes' }], 1],
];

describe('bad inputs', () => {
  it.each(BAD)('%s', async (_name, text, format, expected, valid) => {
    const t0 = performance.now();
    const r = await parseImport(text, format);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(r.issues.slice(0, expected.length)).toEqual(expected);
    expect(r.entries.length).toBe(valid);
    for (const i of r.issues) {
      expect(en[i.code], i.code).toBeDefined();
      expect(formatIssue(en, i)).not.toMatch(/\$[A-Z]+\$/);
    }
  });

  it('lists at most MAX_ISSUES problems and counts the rest', async () => {
    const r = await parseImport(j(Array.from({ length: 500 }, (_, i) => ({ id: `x${i}`, type: 'nope', label: { ar: 'أ' } }))), 'json');
    expect(r.issues.length).toBe(MAX_ISSUES + 1);
    expect(r.issues.at(-1)).toEqual({ code: 'store_issue_more', params: ['300'] });
  });

  it('accepts a UTF-8 BOM before JSON', async () => {
    expect((await parseImport('\uFEFF' + j([ok]), 'json')).issues).toEqual([]);
  });
});

describe('store locale messages', () => {
  it('Arabic and English have the same keys, placeholders and the store_ prefix', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en)) {
      expect(k.startsWith('store_'), k).toBe(true);
      expect(Object.keys(ar[k]!.placeholders ?? {}).sort(), k).toEqual(Object.keys(en[k]!.placeholders ?? {}).sort());
      for (const name of Object.keys(en[k]!.placeholders ?? {})) {
        expect(en[k]!.message, k).toContain(`$${name.toUpperCase()}$`);
        expect(ar[k]!.message, k).toContain(`$${name.toUpperCase()}$`);
      }
    }
  });

  it('every locale key the store code uses exists', () => {
    const src = ['issues.ts', 'parse.ts', 'store.ts', 'preview.ts'].map((f) => readFileSync(`lib/kb/${f}`, 'utf8')).join('\n');
    const used = new Set(src.match(/store_(issue|error|status|progress)_[a-z_]+/g));
    expect(used.size).toBeGreaterThan(20);
    for (const k of used) expect(en[k], k).toBeDefined();
  });
});
