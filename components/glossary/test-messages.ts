/** Test helper: makes WXT's fake browser answer i18n.getMessage from the real locale fragments. */
import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import { mergeLocale, type Messages } from '@/lib/i18n/build-locales';

/** Substitutes like Chrome: named placeholders ($name$ → their content), then $1…$9. */
export function format(messages: Messages, key: string, subs?: string | string[]): string {
  const m = messages[key];
  if (!m) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const named = m.message.replace(/\$([a-z0-9_]+)\$/gi, (_, n: string) => m.placeholders?.[n.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\d)/g, (_, d: string) => list[Number(d) - 1] ?? '');
}

/** Installs the messages of `lang` for the current test file. */
export function useMessages(lang: 'en' | 'ar' = 'en'): Messages {
  const messages = mergeLocale(process.cwd(), lang);
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    key === '@@ui_locale' ? lang : format(messages, key, subs)) as never);
  return messages;
}
