/**
 * Merges the locale fragments in locales/<lang>/*.json (one file per area of the UI, so that areas
 * are edited independently) into the extension's _locales/<lang>/messages.json at build time.
 * Node only: used by wxt.config.ts and by tests that check both languages have the same keys.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

export const LANGS = ['ar', 'en'] as const;

/** All messages of one language; throws on a key defined in two fragments. */
export function mergeLocale(root: string, lang: string): Messages {
  const dir = join(root, 'locales', lang);
  const out: Messages = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const part = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Messages;
    for (const [k, v] of Object.entries(part)) {
      if (k in out) throw new Error(`locales/${lang}/${f}: key ${k} is defined twice`);
      out[k] = v;
    }
  }
  return out;
}
