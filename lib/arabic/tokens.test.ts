import { normalizeWithMap } from './normalize';
import { tokenize, words } from './tokens';

describe('words', () => {
  const rows: Array<[string, string[]]> = [
    ['الأمم المتحدة', ['الامم', 'المتحده']],
    ['«لبنان»، سوريا؛ العراق؟', ['لبنان', 'سوريا', 'العراق']],
    ['لـ«الصباح»', ['ل', 'الصباح']],
    ['بـ"الأمم المتحدة"', ['ب', 'الامم', 'المتحده']],
    ['U.S. Army', ['u', 's', 'army']],
    ["O'Brien", ['o', 'brien']],
    ['القرار 2254 (2015)', ['القرار', '2254', '2015']],
    ['Al-Assad', ['al', 'assad']],
  ];
  it.each(rows)('%s', (text, expected) => expect(words(normalizeWithMap(text).norm)).toEqual(expected));
});

describe('tokenize: soft gaps (may a name continue?)', () => {
  // [text, soft flag after the first word]
  const rows: Array<[string, boolean]> = [
    ['مجلس الأمن', true],
    ['مجلس   الأمن', true],
    ['مجلس\u00A0الأمن', true],
    ['مجلس\tالأمن', true],
    ['Al-Assad', true],
    ['U.S', true],
    ["O'Brien", true],
    ['J. Smith', true],
    ['مجلس\nالأمن', false],
    ['مجلس، الأمن', false],
    ['مجلس. الأمن', false],
    ['مجلس (الأمن', false],
    ['مجلس «الأمن', false],
    ['مجلس/الأمن', false],
  ];
  it.each(rows)('%j', (text, soft) => {
    const t = tokenize(normalizeWithMap(text).norm);
    expect(t.count).toBe(2);
    expect(t.soft[0] === 1).toBe(soft);
  });
});
