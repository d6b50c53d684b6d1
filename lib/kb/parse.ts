/**
 * Reads an import file (pack JSON or CSV) into validated entries plus every problem found, each tied to
 * an entry index (pack) or a row (CSV, header = row 1) and a field. Validation is the zod pack schema.
 */
import Papa from 'papaparse';
import { canonicalEntry } from './canonical';
import { columnFor, CSV_COLUMNS, CSV_REQUIRED, rowToRaw, type CsvColumn } from './csv';
import { codeFor, IssueList } from './issues';
import { entrySchema, MAX_PACK_ENTRIES, PACK_FORMAT, PACK_VERSION, packSchema, type Entry } from './pack';
import type { ImportIssue } from '../messaging/protocol';

export type ImportFormat = 'json' | 'csv';

export interface ParsedImport {
  /** Valid entries in file order (canonical form). */
  entries: Entry[];
  /** Ids the pack asks to hide (pack `hidden`; CSV has none). */
  hidden: string[];
  issues: ImportIssue[];
  /** Entries (or rows) in the file, valid or not. */
  total: number;
}

/** Called while validating: entries checked so far of the total. */
export type ParseProgress = (done: number, total: number) => void;

/** Validates this many entries between yields to the event loop (so progress messages get out). */
const CHUNK = 5000;
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

function fileProblem(code: string, params?: string[]): ParsedImport {
  return { entries: [], hidden: [], issues: [{ code, ...(params ? { params } : {}) }], total: 0 };
}

function precheck(text: string): ParsedImport | null {
  if (text.trim() === '') return fileProblem('store_issue_empty_file');
  // NUL never occurs in a text glossary; it marks a binary file (or UTF-16 read as UTF-8).
  if (text.includes('\u0000')) return fileProblem('store_issue_binary');
  return null;
}

/** Parses and validates an import file. Never throws on bad content: every problem becomes an issue. */
export async function parseImport(text: string, format: ImportFormat, onProgress?: ParseProgress): Promise<ParsedImport> {
  const body = text.replace(/^\uFEFF/, '');
  const bad = precheck(body);
  if (bad) return bad;
  return format === 'json' ? parsePack(body, onProgress) : parseCsv(body, onProgress);
}

type Where = { index: number } | { row: number };

async function validateAll(
  raws: Array<{ raw: unknown; at: Where; extra?: ImportIssue[] }>,
  issues: IssueList,
  fieldFor: (path: readonly PropertyKey[]) => string,
  onProgress?: ParseProgress,
): Promise<Entry[]> {
  const entries: Entry[] = [];
  const firstSeen = new Map<string, Where>();
  for (let i = 0; i < raws.length; i++) {
    if (i % CHUNK === 0) {
      onProgress?.(i, raws.length);
      if (i) await tick();
    }
    const { raw, at, extra } = raws[i]!;
    for (const x of extra ?? []) issues.add(x);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      issues.add({ ...at, code: 'store_issue_not_object' });
      continue;
    }
    // Duplicates are found among invalid entries too: fixing one problem should not reveal another.
    const rawId = (raw as { id?: unknown }).id;
    const id = typeof rawId === 'string' ? rawId.trim() : undefined;
    const prev = id ? firstSeen.get(id) : undefined;
    if (id && prev) {
      if ('index' in prev) issues.add({ ...at, field: 'id', code: 'store_issue_duplicate_id', params: [id, String(prev.index)] });
      else issues.add({ ...at, field: 'id', code: 'store_issue_duplicate_id_row', params: [id, String(prev.row)] });
    } else if (id) firstSeen.set(id, at);
    const r = entrySchema.safeParse(raw);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
        issues.add({ ...at, field: fieldFor(path), ...codeFor(issue, raw) });
      }
      continue;
    }
    if (extra?.length || prev) continue;
    entries.push(canonicalEntry(r.data));
  }
  onProgress?.(raws.length, raws.length);
  return entries;
}

async function parsePack(text: string, onProgress?: ParseProgress): Promise<ParsedImport> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fileProblem('store_issue_not_json');
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fileProblem('store_issue_not_pack');
  const obj = data as Record<string, unknown>;
  if (obj.format !== PACK_FORMAT) return fileProblem(obj.format === undefined ? 'store_issue_not_pack' : 'store_issue_format_tag', obj.format === undefined ? undefined : [String(obj.format).slice(0, 50)]);
  if (obj.version !== PACK_VERSION) return fileProblem('store_issue_version', [String(obj.version).slice(0, 20)]);
  if (!Array.isArray(obj.entries)) return fileProblem('store_issue_no_entries');
  const raws = obj.entries as unknown[];
  if (raws.length > MAX_PACK_ENTRIES) return fileProblem('store_issue_too_many_entries', [String(MAX_PACK_ENTRIES)]);

  const issues = new IssueList();
  // The header (everything but the entries) against the pack schema.
  const head = packSchema.safeParse({ ...obj, entries: [] });
  let hidden: string[] = [];
  if (head.success) hidden = head.data.hidden ?? [];
  else {
    for (const i of head.error.issues) {
      const path = i.code === 'unrecognized_keys' ? [...i.path, i.keys[0] ?? ''] : i.path;
      issues.add({ field: path.map(String).join('.'), ...codeFor(i, obj) });
    }
  }

  const entries = await validateAll(
    raws.map((raw, index) => ({ raw, at: { index } })),
    issues,
    (path) => path.map(String).join('.'),
    onProgress,
  );
  return { entries, hidden, issues: issues.result(), total: raws.length };
}

async function parseCsv(text: string, onProgress?: ParseProgress): Promise<ParsedImport> {
  const parsed = Papa.parse<string[]>(text, { header: false, delimitersToGuess: [',', ';', '\t'] });
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((h) => h.trim());
  const known = new Set<string>(CSV_COLUMNS);
  // Without a single known column name this is some other file: one clear message, not a row-by-row flood.
  if (!header.some((h) => known.has(h))) return fileProblem('store_issue_csv_no_header');
  const issues = new IssueList();
  for (const e of parsed.errors) {
    // A one-column file has no delimiter to detect; Papa falls back to ',' which is right.
    if (e.code === 'UndetectableDelimiter') continue;
    const code = e.code === 'MissingQuotes' ? 'store_issue_csv_quotes' : e.code === 'InvalidQuotes' ? 'store_issue_csv_stray_quote' : 'store_issue_csv_syntax';
    issues.add({ ...(e.row !== undefined ? { row: e.row + 1 } : {}), code, ...(code === 'store_issue_csv_syntax' ? { params: [e.code] } : {}) });
  }
  const seen = new Set<string>();
  const before = issues.count;
  for (const h of header) {
    if (h === '') continue;
    if (!known.has(h)) issues.add({ row: 1, field: h.slice(0, 50), code: 'store_issue_csv_unknown_column', params: [h.slice(0, 50)] });
    else if (seen.has(h)) issues.add({ row: 1, field: h, code: 'store_issue_csv_duplicate_column', params: [h] });
    seen.add(h);
  }
  for (const c of CSV_REQUIRED) if (!seen.has(c)) issues.add({ row: 1, field: c, code: 'store_issue_csv_header', params: [c] });
  if (!seen.has('label_ar') && !seen.has('label_en')) issues.add({ row: 1, field: 'label_ar', code: 'store_issue_csv_header', params: ['label_ar'] });
  // A bad header makes every row's meaning doubtful: stop at the header.
  if (issues.count > before) return { entries: [], hidden: [], issues: issues.result(), total: Math.max(0, rows.length - 1) };

  const body: Array<{ raw: unknown; at: Where; extra?: ImportIssue[] }> = [];
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!;
    if (cells.every((c) => c.trim() === '')) continue; // blank lines, the trailing newline
    const row = r + 1;
    if (body.length >= MAX_PACK_ENTRIES) return fileProblem('store_issue_too_many_entries', [String(MAX_PACK_ENTRIES)]);
    const extra: ImportIssue[] = [];
    if (cells.length !== header.length) extra.push({ row, code: 'store_issue_csv_fields', params: [String(cells.length), String(header.length)] });
    const record: Partial<Record<CsvColumn, string>> = {};
    header.forEach((h, i) => {
      if (h) record[h as CsvColumn] = cells[i] ?? '';
    });
    const { raw, rolesBad } = rowToRaw(record);
    if (rolesBad) extra.push({ row, field: 'roles', code: 'store_issue_csv_roles' });
    body.push({ raw, at: { row }, ...(extra.length ? { extra } : {}) });
  }
  const entries = await validateAll(body, issues, columnFor, onProgress);
  return { entries, hidden: [], issues: issues.result(), total: body.length };
}
