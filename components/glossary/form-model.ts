/**
 * The entry form's state and its validation. Validation is the pack's own zod `entrySchema` (the same rules
 * the store applies), with each problem mapped to a form field and a message key in the interface language.
 */
import { entrySchema, MAX_NAME, type EntityType, type Entry } from '@/lib/kb/pack';

export interface LinkDraft {
  url: string;
  label: string;
}

export interface FormState {
  id: string;
  type: EntityType;
  labelAr: string;
  labelEn: string;
  aliases: string[];
  shortAliases: string[];
  summaryAr: string;
  summaryEn: string;
  tags: string[];
  links: LinkDraft[];
  number: string;
}

/** A field's problem: a locale key and its substitutions. */
export interface FieldError {
  key: string;
  params?: string[];
}
export type FormErrors = Record<string, FieldError>;

/** A fresh id for a user entry: letters, digits and - only, as the pack's id rule asks. */
export function newEntryId(now = Date.now(), rand = Math.random()): string {
  return `user-${now.toString(36)}-${Math.floor(rand * 36 ** 4).toString(36).padStart(4, '0')}`;
}

export function emptyForm(id = newEntryId()): FormState {
  return { id, type: 'person', labelAr: '', labelEn: '', aliases: [], shortAliases: [], summaryAr: '', summaryEn: '', tags: [], links: [], number: '' };
}

export function formFromEntry(e: Entry): FormState {
  return {
    id: e.id,
    type: e.type,
    labelAr: e.label.ar ?? '',
    labelEn: e.label.en ?? '',
    aliases: [...(e.aliases ?? [])],
    shortAliases: [...(e.shortAliases ?? [])],
    summaryAr: e.summary?.ar ?? '',
    summaryEn: e.summary?.en ?? '',
    tags: [...(e.tags ?? [])],
    links: (e.links ?? []).map((l) => ({ url: l.url, label: l.label ?? '' })),
    number: e.number ?? '',
  };
}

const blank = (s: string) => s.trim() === '';
const opt = (s: string) => (blank(s) ? undefined : s);
const list = <T>(a: T[]) => (a.length ? a : undefined);

/** The candidate entry (not yet validated). Fields the form does not edit (roles, dates) come from `base`. */
export function candidate(s: FormState, base?: Entry): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base, id: s.id, type: s.type };
  out.label = Object.fromEntries(Object.entries({ ar: opt(s.labelAr), en: opt(s.labelEn) }).filter(([, v]) => v !== undefined));
  out.aliases = list(s.aliases);
  out.shortAliases = list(s.shortAliases);
  const summary = Object.fromEntries(Object.entries({ ar: opt(s.summaryAr), en: opt(s.summaryEn) }).filter(([, v]) => v !== undefined));
  out.summary = Object.keys(summary).length ? summary : undefined;
  out.tags = list(s.tags);
  // A link row left wholly empty is no link; one with only a label is an error on its URL.
  out.links = list(s.links.filter((l) => !(blank(l.url) && blank(l.label))).map((l) => (blank(l.label) ? { url: l.url.trim() } : { url: l.url.trim(), label: l.label })));
  out.number = s.type === 'document' ? opt(s.number) : base?.number;
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

/** Index of the link row a link error refers to, counting only the rows that `candidate` kept. */
function linkRow(s: FormState, kept: number): number {
  let seen = -1;
  for (let i = 0; i < s.links.length; i++) {
    const l = s.links[i]!;
    if (blank(l.url) && blank(l.label)) continue;
    if (++seen === kept) return i;
  }
  return kept;
}

/** The form field a schema path belongs to. */
function fieldOf(path: PropertyKey[], s: FormState): string {
  const [a, b, c] = path;
  switch (a) {
    case 'label':
      return b === 'ar' ? 'labelAr' : b === 'en' ? 'labelEn' : 'label';
    case 'summary':
      return b === 'en' ? 'summaryEn' : 'summaryAr';
    case 'links':
      return typeof b === 'number' ? `links.${linkRow(s, b)}.${String(c ?? 'url')}` : 'links';
    default:
      return String(a ?? 'form');
  }
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  maximum?: unknown;
  origin?: string;
}

function messageOf(issue: ZodIssueLike, field: string): FieldError {
  if (field === 'label') return { key: 'options_err_label_required' };
  if (field.startsWith('links.') && field.endsWith('.url')) {
    return issue.code === 'too_big' ? { key: 'options_err_too_long', params: [String(issue.maximum)] } : { key: 'options_err_link_scheme' };
  }
  if (field === 'id') return { key: 'options_err_id' };
  if (field === 'number') return { key: 'options_err_number' };
  if (issue.code === 'too_big') {
    return issue.origin === 'array' ? { key: 'options_err_too_many', params: [String(issue.maximum)] } : { key: 'options_err_too_long', params: [String(issue.maximum)] };
  }
  if (issue.code === 'too_small') return { key: 'options_err_required' };
  return { key: 'options_err_invalid' };
}

export interface Validation {
  entry?: Entry;
  errors: FormErrors;
}

/** Validates the form with the pack schema; returns the clean entry or the first problem of each field. */
export function validateForm(s: FormState, base?: Entry): Validation {
  const parsed = entrySchema.safeParse(candidate(s, base));
  if (parsed.success) return { entry: parsed.data, errors: {} };
  const errors: FormErrors = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path, s);
    errors[field] ??= messageOf(issue as ZodIssueLike, field);
  }
  return { errors };
}

/** Latin comma and Arabic comma (U+060C) end a chip, as Enter does. */
export const SEPARATORS = /[,\u060C]/;

/** `values` plus the chips in `raw` (split on the separators, trimmed, duplicates and blanks skipped). */
export function addChips(values: readonly string[], raw: string): string[] {
  const next = [...values];
  for (const p of raw.split(SEPARATORS).map((x) => x.trim())) if (p && !next.includes(p)) next.push(p);
  return next;
}

export type ChipField = 'aliases' | 'shortAliases' | 'tags';
export type Drafts = Partial<Record<ChipField, string>>;

/** The form with the text still typed in the chip fields counted as chips (a submit must not lose it). */
export function withDrafts(s: FormState, drafts: Drafts): FormState {
  const out = { ...s };
  for (const [f, d] of Object.entries(drafts) as Array<[ChipField, string]>) if (d.trim()) out[f] = addChips(s[f], d);
  return out;
}

/** Every name the entry would claim on pages (for the "already claimed" check). */
export function formNames(s: FormState): string[] {
  const names = [s.labelAr, s.labelEn, ...s.aliases, ...s.shortAliases].map((n) => n.trim()).filter((n) => n && n.length <= MAX_NAME);
  return [...new Set(names)];
}
