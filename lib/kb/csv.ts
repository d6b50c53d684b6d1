/**
 * The CSV form of a pack: a header row naming the columns, one entry a row. Lists (aliases, shortAliases,
 * tags, links) are separated by `|`; a literal `|` or `\` inside a value is written `\|` or `\\`.
 * A link is its URL, optionally followed by a space and a label. `roles` holds a JSON list.
 */
import Papa from 'papaparse';
import type { Entry } from './pack';

export const CSV_COLUMNS = ['id', 'type', 'label_ar', 'label_en', 'aliases', 'shortAliases', 'summary_ar', 'summary_en', 'tags', 'links', 'number', 'roles', 'created', 'updated'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const CSV_REQUIRED: readonly CsvColumn[] = ['id', 'type'];

function escapeValue(s: string, extra = ''): string {
  let out = '';
  for (const ch of s) out += ch === '\\' || ch === '|' || extra.includes(ch) ? '\\' + ch : ch;
  return out;
}

/** Splits on unescaped `sep`, keeping escapes in the pieces (see `unescapeValue`). */
function splitEscaped(s: string, sep: string, limit = Infinity): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && i + 1 < s.length) {
      cur += ch + s[i + 1];
      i++;
    } else if (ch === sep && out.length < limit - 1) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function unescapeValue(s: string): string {
  return s.replace(/\\(.)/gsu, '$1');
}

/** A `|` list cell → its values (empty pieces dropped). */
export function splitList(cell: string): string[] {
  return splitEscaped(cell, '|').map(unescapeValue).filter((v) => v.trim() !== '');
}

function joinList(values: readonly string[] | undefined): string {
  return (values ?? []).map((v) => escapeValue(v)).join('|');
}

function parseLinks(cell: string): Array<{ url: string; label?: string }> {
  return splitEscaped(cell, '|')
    .filter((v) => v.trim() !== '')
    .map((piece) => {
      const [url = '', label] = splitEscaped(piece.trim(), ' ', 2);
      const l = label === undefined ? '' : unescapeValue(label).trim();
      return l ? { url: unescapeValue(url), label: l } : { url: unescapeValue(url) };
    });
}

function joinLinks(links: Entry['links']): string {
  return (links ?? []).map((l) => escapeValue(l.url, ' ') + (l.label ? ' ' + escapeValue(l.label) : '')).join('|');
}

/** One entry as a CSV record (column → cell text). */
export function entryToRow(e: Entry): Record<CsvColumn, string> {
  return {
    id: e.id,
    type: e.type,
    label_ar: e.label.ar ?? '',
    label_en: e.label.en ?? '',
    aliases: joinList(e.aliases),
    shortAliases: joinList(e.shortAliases),
    summary_ar: e.summary?.ar ?? '',
    summary_en: e.summary?.en ?? '',
    tags: joinList(e.tags),
    links: joinLinks(e.links),
    number: e.number ?? '',
    roles: e.roles?.length ? JSON.stringify(e.roles) : '',
    created: e.created ?? '',
    updated: e.updated ?? '',
  };
}

/** Entries as CSV text with a header row (RFC 4180 quoting, CRLF line ends). */
export function entriesToCsv(entries: readonly Entry[]): string {
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: entries.map((e) => CSV_COLUMNS.map((c) => entryToRow(e)[c])) }, { newline: '\r\n' });
}

/**
 * One CSV record → the raw object the entry schema validates (empty cells become absent fields).
 * Returns `roles: undefined` and `rolesBad: true` when the roles cell is not JSON.
 */
export function rowToRaw(cells: Partial<Record<CsvColumn, string>>): { raw: Record<string, unknown>; rolesBad: boolean } {
  const raw: Record<string, unknown> = {};
  const cell = (c: CsvColumn) => cells[c] ?? '';
  const has = (c: CsvColumn) => cell(c).trim() !== '';
  raw.id = cell('id');
  raw.type = cell('type').trim();
  const label: Record<string, string> = {};
  if (has('label_ar')) label.ar = cell('label_ar');
  if (has('label_en')) label.en = cell('label_en');
  raw.label = label;
  for (const c of ['aliases', 'shortAliases', 'tags'] as const) if (has(c)) raw[c] = splitList(cell(c));
  if (has('number')) raw.number = cell('number').trim();
  const summary: Record<string, string> = {};
  if (has('summary_ar')) summary.ar = cell('summary_ar');
  if (has('summary_en')) summary.en = cell('summary_en');
  if (summary.ar !== undefined || summary.en !== undefined) raw.summary = summary;
  if (has('links')) raw.links = parseLinks(cell('links'));
  let rolesBad = false;
  if (has('roles')) {
    try {
      raw.roles = JSON.parse(cell('roles')) as unknown;
    } catch {
      rolesBad = true;
    }
  }
  if (has('created')) raw.created = cell('created').trim();
  if (has('updated')) raw.updated = cell('updated').trim();
  return { raw, rolesBad };
}

/** The CSV column a schema path belongs to (for issues). */
export function columnFor(path: readonly PropertyKey[]): string {
  const [a, b] = path;
  if ((a === 'label' || a === 'summary') && (b === 'ar' || b === 'en')) return `${a}_${b}`;
  if (a === 'label') return 'label_ar';
  return typeof a === 'string' ? a : '';
}
