import { ATTACHED } from '../arabic/proclitics';
import { compileSerialized } from './compile';
import { decodeInts } from './ints';
import { FirstWords } from './first-words';
import { hashRange, WordTable } from './word-table';

const units = (s: string): Uint16Array => Uint16Array.from(s, (c) => c.charCodeAt(0));
const hashOf = (s: string): number => hashRange(units(s), 0, s.length);

describe('FirstWords', () => {
  const names = ['الأمم المتحدة', 'مجلس الأمن', 'روسيا', 'بشار الأسد', 'UN Security Council'];
  const wire = compileSerialized(names.map((ar, i) => ({ id: `e${i}`, type: 'other', label: { ar } })));
  const vocab = new WordTable(wire.vocab);
  // Rebuild the trie's first level as matcher.ts does (root children: nodes 1 .. kids[0]).
  const kids = decodeInts(wire.kids);
  const gaps = decodeInts(wire.tok);
  const tok = new Int32Array(kids.length);
  tok[0] = -1;
  for (let c = 1; c <= (kids[0] as number); c++) tok[c] = c === 1 ? (gaps[0] as number) : (tok[c - 1] as number) + 1 + (gaps[c - 1] as number);
  const childStart = Int32Array.of(1, 1 + (kids[0] as number));
  const first = new FirstWords(vocab, tok, childStart);
  const firstWords = ['الامم', 'مجلس', 'روسيا', 'بشار', 'un'];

  it('maps first words to root children, and nothing else', () => {
    for (const w of firstWords) expect(first.node[vocab.find(units(w), 0, w.length)]).toBeGreaterThan(0);
    expect(first.node[vocab.find(units('المتحده'), 0, 7)]).toBe(-1);
    expect(first.maxLen).toBe(5);
  });

  it('lets every first word and every attached form of it through the filter', () => {
    for (const w of firstWords) {
      expect(first.mayBegin(hashOf(w))).toBe(true);
      for (const [prefix, replaces] of ATTACHED) {
        if (replaces === 1 && !w.startsWith('ال')) continue;
        expect([prefix, w, first.mayBegin(hashOf(prefix + w.slice(replaces)))]).toEqual([prefix, w, true]);
      }
    }
  });

  it('keeps out most other words', () => {
    const others = Array.from({ length: 2000 }, (_, i) => `كلمة${i}`);
    expect(others.filter((w) => first.mayBegin(hashOf(w))).length).toBeLessThan(100);
  });
});
