/**
 * Tests only: makes `browser.i18n.getMessage` answer from the real locale fragments (WXT's fake browser
 * does not implement i18n), so component tests also prove that every key they render exists.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeLocale } from '@/lib/i18n/build-locales';

/** Chrome's substitution: `$1`…`$9` take the substitutions in order; `$$` is a dollar sign. */
function substitute(message: string, subs: string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** Installs the locale `lang` into the fake browser. */
export function useLocale(lang: 'ar' | 'en'): void {
  const messages = mergeLocale(process.cwd(), lang);
  (fakeBrowser.i18n as unknown as { getMessage: (k: string, s?: string | string[]) => string }).getMessage = (key, subs) => {
    if (key === '@@ui_locale') return lang;
    const m = messages[key];
    if (!m) return '';
    return substitute(m.message, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]);
  };
}
