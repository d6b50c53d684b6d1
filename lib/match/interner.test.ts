import { Interner } from './interner';
import { hashPowers, hashRange, suffixHash, WordTable } from './word-table';

const units = (s: string): Uint16Array => Uint16Array.from(s, (c) => c.charCodeAt(0));

describe('Interner and WordTable', () => {
  it('interns words through growth and finds them again over the joined text', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `كلمة${i}`);
    const it = new Interner();
    const ids = words.map((w) => it.intern(units(w), 0, w.length));
    expect(ids).toEqual(words.map((_, i) => i));
    expect(words.map((w) => it.intern(units(w), 0, w.length))).toEqual(ids);
    const text = it.text();
    expect(text).toBe(words.join(' '));
    const table = new WordTable(text);
    expect(table.count).toBe(words.length);
    const page = units(`x ${words[4321]} y`);
    expect(table.find(page, 2, 2 + (words[4321] as string).length)).toBe(4321);
    expect(table.find(page, 0, 1)).toBe(-1);
  });
  it('finds a word behind a leading unit (لل → ال)', () => {
    const table = new WordTable('الامم المتحده');
    const w = units('للامم');
    expect(table.find(w, 1, w.length, 0x0627)).toBe(0);
  });
  it('handles an empty vocabulary', () => {
    expect(new WordTable('').find(units('abc'), 0, 3)).toBe(-1);
    expect(new Interner().text()).toBe('');
  });
  it('derives the hash of a suffix from the hashes of the word and of the rest', () => {
    const w = units('وللامم');
    const pow = hashPowers(w.length + 1);
    const h = hashRange(w, 0, w.length);
    for (let k = 0; k <= w.length; k++) expect(suffixHash(h, hashRange(w, 0, k), w.length - k, pow)).toBe(hashRange(w, k, w.length));
    expect(hashRange(w, 2, w.length, 0x0627)).toBe(hashRange(units('الامم'), 0, 5));
  });
});
