/** Small display helpers shared by the glossary components (pure, no messaging). */
import type { Entry } from '@/lib/kb/pack';
import type { ImportIssue } from '@/lib/messaging/protocol';
import { t, uiLang } from '@/lib/i18n/t';

/** The label to show first in the interface language, falling back to the other language. */
export function displayLabel(label: Entry['label'], lang: 'ar' | 'en' = uiLang()): string {
  return (lang === 'ar' ? (label.ar ?? label.en) : (label.en ?? label.ar)) ?? '';
}

/** The language a label string is written in, for `lang`/`dir` on the element that shows it. */
export function labelLang(label: Entry['label'], lang: 'ar' | 'en' = uiLang()): 'ar' | 'en' {
  if (lang === 'ar') return label.ar !== undefined ? 'ar' : 'en';
  return label.en !== undefined ? 'en' : 'ar';
}

let nf: Intl.NumberFormat | undefined;
/** A count with Western digits in both languages (Arabic news sites mostly use them; they sit in <bdi>). */
export function formatCount(n: number): string {
  nf ??= new Intl.NumberFormat(uiLang() === 'ar' ? 'ar-u-nu-latn' : 'en');
  return nf.format(n);
}

/** Where an import problem is: "row 4", "entry 3" (1-based for people), or "file". */
export function issuePlace(issue: ImportIssue): string {
  if (issue.row !== undefined) return t('options_import_place_row', String(issue.row));
  if (issue.index !== undefined) return t('options_import_place_entry', String(issue.index + 1));
  return t('options_import_place_file');
}

/** The message of an import problem, in the interface language (the store names a locale key). */
export function issueMessage(issue: ImportIssue): string {
  const msg = t(issue.code, issue.params ?? []);
  // A code without a locale string still tells the user something rather than nothing.
  return msg === issue.code ? t('options_import_issue_unknown', issue.code) : msg;
}
