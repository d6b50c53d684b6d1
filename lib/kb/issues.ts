/**
 * Import problems as locale keys (locales/<lang>/store.json, prefix `store_issue_`) with substitutions,
 * so the options page shows them in the reader's language and the CLI in English.
 */
import type { z } from 'zod';
import type { ImportIssue } from '../messaging/protocol';

/** Where in the file an issue is: a pack entry index or a CSV row. */
export type IssueAt = { index: number } | { row: number } | Record<string, never>;

/** Most issues listed for one file; the rest are counted in one `store_issue_more`. */
export const MAX_ISSUES = 200;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'object';
  return typeof v === 'string' ? 'text' : typeof v;
}

/** Maps one zod issue about `data` (an entry or a pack header) to a locale key and substitutions. */
export function codeFor(issue: z.core.$ZodIssue, data: unknown): { code: string; params?: string[] } {
  const path = issue.path;
  const last = path[path.length - 1];
  const value = valueAt(data, path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { code: 'store_issue_required' };
      return { code: 'store_issue_wrong_type', params: [String(issue.expected), describe(value)] };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'store_issue_too_long', params: [String(issue.maximum)] };
      if (issue.origin === 'array') return { code: 'store_issue_too_many', params: [String(issue.maximum)] };
      return { code: 'store_issue_out_of_range', params: [String(issue.maximum)] };
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return { code: 'store_issue_empty_value' };
      return { code: 'store_issue_out_of_range', params: [String(issue.minimum)] };
    case 'invalid_value':
      if (last === 'format') return { code: 'store_issue_format_tag', params: [String(value)] };
      if (last === 'version') return { code: 'store_issue_version', params: [String(value)] };
      return { code: 'store_issue_bad_value', params: [String(value).slice(0, 50), issue.values.map(String).join(', ')] };
    case 'invalid_format':
      if (last === 'id' || path[0] === 'hidden') return { code: 'store_issue_bad_id' };
      if (last === 'number') return { code: 'store_issue_bad_number' };
      if (last === 'created' || last === 'updated') return { code: 'store_issue_bad_date' };
      return { code: 'store_issue_invalid' };
    case 'unrecognized_keys':
      return { code: 'store_issue_unknown_field', params: [issue.keys.join(', ').slice(0, 200)] };
    case 'custom':
      if (last === 'url') return { code: 'store_issue_bad_url' };
      if (last === 'label') return { code: 'store_issue_label_missing' };
      return { code: 'store_issue_invalid' };
    default:
      return { code: 'store_issue_invalid' };
  }
}

/** Collects issues up to MAX_ISSUES and counts the rest. */
export class IssueList {
  readonly items: ImportIssue[] = [];
  private extra = 0;

  add(issue: ImportIssue): void {
    if (this.items.length < MAX_ISSUES) this.items.push(issue);
    else this.extra++;
  }

  get count(): number {
    return this.items.length + this.extra;
  }

  /** The list to report, ending with `store_issue_more` when some were left out. */
  result(): ImportIssue[] {
    return this.extra ? [...this.items, { code: 'store_issue_more', params: [String(this.extra)] }] : this.items;
  }
}

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Renders a locale key with substitutions from a messages.json-shaped object (Node: the CLI; tests). */
export function renderMessage(messages: Messages, code: string, params: readonly string[] = []): string {
  const m = messages[code];
  if (!m) return code + (params.length ? ` (${params.join(', ')})` : '');
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content;
    const n = content ? /^\$(\d)$/.exec(content) : null;
    return n ? (params[Number(n[1]) - 1] ?? '') : whole;
  });
}

/** "entry 3, label.ar: Too long: at most 200 characters." */
export function formatIssue(messages: Messages, issue: ImportIssue): string {
  const where = issue.index !== undefined ? `entry ${issue.index}` : issue.row !== undefined ? `row ${issue.row}` : 'file';
  return `${where}${issue.field ? `, ${issue.field}` : ''}: ${renderMessage(messages, issue.code, issue.params)}`;
}
