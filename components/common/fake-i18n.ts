/**
 * Tests only: makes `browser.i18n.getMessage` answer from the real locale fragments (WXT's fake browser
 * does not implement i18n), so component tests also prove that every key they render exists.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeLocale, type Messages } from '@/lib/i18n/build-locales';

/** Chrome's substitution: named placeholders ($name$ → their content), then `$1`…`$9`; `$$` is a dollar sign. */
export function format(messages: Messages, key: string, subs?: string | string[]): string {
  const m = messages[key];
  if (!m) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const named = m.message.replace(/\$([a-z0-9_]+)\$/gi, (_, n: string) => m.placeholders?.[n.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
}

/** Installs the locale `lang` into the fake browser; returns its messages. */
export function useLocale(lang: 'ar' | 'en'): Messages {
  const messages = mergeLocale(process.cwd(), lang);
  (fakeBrowser.i18n as unknown as { getMessage: (k: string, s?: string | string[]) => string }).getMessage = (key, subs) =>
    key === '@@ui_locale' ? lang : format(messages, key, subs);
  return messages;
}
