import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const read = (lang: string, area: string) => JSON.parse(readFileSync(`locales/${lang}/${area}.json`, 'utf8')) as Record<string, { message: string }>;

describe.each(['popup', 'settings'])('locales/*/%s.json', (area) => {
  const ar = read('ar', area);
  const en = read('en', area);
  it('Arabic and English have the same keys, under the area prefix', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(ar)) expect(k.startsWith(area + '_')).toBe(true);
  });
  it('substitutions match between languages', () => {
    for (const k of Object.keys(ar)) {
      const subs = (m: string) => (m.match(/\$[1-9]/g) ?? []).sort();
      expect(subs(ar[k]!.message), k).toEqual(subs(en[k]!.message));
    }
  });
  it('Arabic strings are Arabic', () => {
    for (const [k, v] of Object.entries(ar)) expect(v.message, k).toMatch(/[\u0600-\u06FF]/);
  });
});
