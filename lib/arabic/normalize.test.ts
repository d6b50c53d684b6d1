import { isIgnorable, normalizeKey, normalizeWithMap } from './normalize';

describe('normalizeWithMap: folding', () => {
  // [what, input, expected normalised]
  const rows: Array<[string, string, string]> = [
    ['fatha/damma/kasra', 'مُحَمَّد', 'محمد'],
    ['tanween', 'كتابًا', 'كتابا'],
    ['shadda', 'بشّار', 'بشار'],
    ['sukun', 'مَجْلِس', 'مجلس'],
    ['superscript alef U+0670', 'هٰذا', 'هذا'],
    ['Quranic mark U+06DA', 'الله\u06DA', 'الله'],
    ['Quranic small high meem U+06E2', 'عليم\u06E2', 'عليم'],
    ['tatweel', 'لبـــنان', 'لبنان'],
    ['ZWNJ U+200C', 'لب\u200Cنان', 'لبنان'],
    ['ZWJ U+200D', 'لب\u200Dنان', 'لبنان'],
    ['RLM U+200F', '\u200Fلبنان', 'لبنان'],
    ['LRM U+200E', 'لبنان\u200E', 'لبنان'],
    ['ALM U+061C', 'لبنان\u061C', 'لبنان'],
    ['RLE U+202B / PDF U+202C', '\u202Bلبنان\u202C', 'لبنان'],
    ['RLI U+2067 / PDI U+2069', '\u2067لبنان\u2069', 'لبنان'],
    ['BOM U+FEFF', '\uFEFFلبنان', 'لبنان'],
    ['zero width space U+200B', 'لب\u200Bنان', 'لبنان'],
    ['hamza above alef أ', 'أحمد', 'احمد'],
    ['hamza below alef إ', 'إدلب', 'ادلب'],
    ['madda alef آ', 'آسيا', 'اسيا'],
    ['wasla alef ٱ', 'ٱلله', 'الله'],
    ['alef maqsura ى', 'مصطفى', 'مصطفي'],
    ['taa marbuta ة', 'سورية', 'سوريه'],
    ['Persian kaf ک', 'کردستان', 'كردستان'],
    ['Persian yeh ی', 'ایران', 'ايران'],
    ['Persian yeh final ی', 'علی', 'علي'],
    ['lam-alef ligature ﻻ', 'ﻻ', 'لا'],
    ['lam-alef-hamza ligature ﻷ', 'ﻷ', 'لا'],
    ['presentation forms ﻟﺒﻨﺎﻥ', 'ﻟﺒﻨﺎﻥ', 'لبنان'],
    ['Allah ligature ﷲ', 'ﷲ', 'الله'],
    ['isolated fatha form ﹰ dropped', 'كتابﹰ', 'كتاب'],
    ['Arabic-Indic digits', '٢٢٥٤', '2254'],
    ['Persian digits', '۲۲۵۴', '2254'],
    ['mixed digits', 'القرار ٢٢٥٤', 'القرار 2254'],
    ['Latin upper case', 'James JEFFREY', 'james jeffrey'],
    ['Latin with accents kept', 'Élysée', 'élysée'],
    ['fullwidth Latin (NFKC)', 'ＵＮ', 'un'],
    ['hamza on waw ؤ kept', 'مؤتمر', 'مؤتمر'],
    ['hamza on yeh ئ kept', 'رئيس', 'رئيس'],
    ['punctuation kept', '«لبنان»، سوريا؟', '«لبنان»، سوريا؟'],
    ['newline kept', 'أ\nب', 'ا\nب'],
    ['emoji (surrogate pair) kept', 'a😀b', 'a😀b'],
  ];
  it.each(rows)('%s', (_what, input, expected) => {
    expect(normalizeWithMap(input).norm).toBe(expected);
  });
});

describe('normalizeWithMap: offset map', () => {
  it('maps every normalised index back to its source character', () => {
    const text = 'قال بشّار الأسد';
    const { norm, map } = normalizeWithMap(text);
    expect(map.length).toBe(norm.length + 1);
    expect(map[norm.length]).toBe(text.length);
    for (let i = 0; i < norm.length; i++) {
      expect(normalizeWithMap(text[map[i] as number] as string).norm).toBe(norm[i]);
    }
  });

  // [what, text, normalised word to find, expected original slice]
  const spans: Array<[string, string, string, string]> = [
    ['keeps shadda of last letter', 'في سوريةّ اليوم', 'سوريه', 'سوريةّ'],
    ['keeps tanween of last letter', 'زار دمشقً أمس', 'دمشق', 'دمشقً'],
    ['keeps inner diacritics', 'قال بَشّارُ أمس', 'بشار', 'بَشّارُ'],
    ['tatweel inside the word', 'زار لبـــنان', 'لبنان', 'لبـــنان'],
    ['ligature expanded', 'كلمة ﻻ هنا', 'لا', 'ﻻ'],
    ['Arabic-Indic digits', 'القرار ٢٢٥٤ الصادر', '2254', '٢٢٥٤'],
  ];
  it.each(spans)('%s', (_what, text, word, original) => {
    const { norm, map } = normalizeWithMap(text);
    const s = norm.indexOf(word);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(text.slice(map[s], map[s + word.length])).toBe(original);
  });

  it('handles empty text', () => {
    const { norm, map } = normalizeWithMap('');
    expect(norm).toBe('');
    expect(Array.from(map)).toEqual([0]);
  });

  it('maps both halves of a surrogate pair to the pair start', () => {
    const { norm, map } = normalizeWithMap('x😀y');
    expect(norm).toBe('x😀y');
    expect(Array.from(map)).toEqual([0, 1, 1, 3, 4]);
  });
});

describe('normalizeKey', () => {
  const rows: Array<[string, string]> = [
    ['  الأمم   المتحدة ', 'الامم المتحده'],
    ['بشّار\tالأسد\n', 'بشار الاسد'],
    ['للأمم المتحدة', 'للامم المتحده'], // no proclitic stripping
    ['James  Jeffrey', 'james jeffrey'],
    ['قرار ٢٢٥٤', 'قرار 2254'],
  ];
  it.each(rows)('%s', (input, expected) => expect(normalizeKey(input)).toBe(expected));
});

describe('isIgnorable', () => {
  it.each([0x064b, 0x0651, 0x0652, 0x0670, 0x06d6, 0x06ed, 0x0640, 0x200b, 0x200f, 0x061c, 0x202a, 0x202e, 0x2066, 0x2069, 0xfeff])(
    'U+%s is ignored',
    (cp) => expect(isIgnorable(cp)).toBe(true),
  );
  it.each([0x0627, 0x0644, 0x0020, 0x0030, 0x0061, 0x060c])('U+%s is kept', (cp) => expect(isIgnorable(cp)).toBe(false));
});
