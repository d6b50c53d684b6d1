import { normalizeWithMap } from './normalize';
import { isWordUnit, tokenize, words } from './tokens';

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

describe('isWordUnit', () => {
  it('agrees with Unicode L, N, M over Latin-1 and the Arabic block (hard-coded there)', () => {
    const re = /^[\p{L}\p{N}\p{M}]$/u;
    const special = new Set([0x09, 0x20, 0x27, 0x2d, 0x2e, 0x5f, 0xa0]);
    for (const [a, b] of [[0, 0xff], [0x0600, 0x06ff]] as const) {
      for (let cu = a; cu <= b; cu++) if (!special.has(cu)) expect([cu, isWordUnit(cu)]).toEqual([cu, re.test(String.fromCharCode(cu))]);
    }
  });
});
