import { compileMatcher, loadMatcher, type MatchEntry, type Matcher } from './index';

const E = (id: string, ar: string | undefined, extra: Partial<MatchEntry> = {}): MatchEntry => ({
  id,
  type: 'other',
  label: ar ? { ar, ...(extra.label ?? {}) } : (extra.label ?? { en: id }),
  ...extra,
  ...(ar ? { label: { ar, ...(extra.label ?? {}) } } : {}),
});

const GLOSSARY: MatchEntry[] = [
  E('syria', 'سوريا', { aliases: ['سورية', 'Syria'] }),
  E('russia', 'روسيا', { aliases: ['Russia'] }),
  E('idlib', 'إدلب'),
  E('egypt', 'مصر'),
  E('lebanon', 'لبنان'),
  E('un', 'الأمم المتحدة', { aliases: ['United Nations'] }),
  E('sc', 'مجلس الأمن'),
  E('sc-intl', 'مجلس الأمن الدولي'),
  E('sabah', 'الصباح'),
  E('r2254', 'قرار مجلس الأمن 2254', { label: { en: 'UN Security Council Resolution 2254' }, number: '2254' }),
  E('r1701', undefined, { label: { en: 'Resolution 1701' }, number: '1701' }),
  E('assad', 'بشار الأسد', { label: { en: 'Bashar al-Assad' }, shortAliases: ['الأسد', 'Assad'] }),
  E('jeffrey', 'جيمس جيفري', { aliases: ['جيم جيفري', 'James Jeffrey'], shortAliases: ['جيفري', 'Jeffrey'] }),
  E('walid', 'وليد'),
  E('reid', 'ليد'),
  E('farid', 'فريد'),
  E('rid', 'ريد'),
  E('bashar', 'بشار'),
  E('shar', 'شار'),
  E('bannan', 'بنان'),
  E('georgia', 'جورجيا', { aliases: ['جمهورية جورجيا'] }),
  E('georgia-us', 'جورجيا', { aliases: ['ولاية جورجيا'] }),
];

let m: Matcher;
beforeAll(() => {
  m = compileMatcher(GLOSSARY);
});

/** Mentions as `id:text` strings (text = the original slice). */
const found = (text: string, matcher: Matcher = m): string[] => matcher.scan(text).map((x) => `${x.ids[0]}:${text.slice(x.start, x.end)}`);

describe('orthographic variants (each spelling a row)', () => {
  const rows: Array<[string, string]> = [
    ['زار إدلب', 'idlib:إدلب'],
    ['زار ادلب', 'idlib:ادلب'],
    ['زار أدلب', 'idlib:أدلب'],
    ['زار إدْلِب', 'idlib:إدْلِب'],
    ['زار إدلـــب', 'idlib:إدلـــب'],
    ['وصل الأمم المتحدة', 'un:الأمم المتحدة'],
    ['وصل الامم المتحدة', 'un:الامم المتحدة'],
    ['وصل الإمم المتحدة', 'un:الإمم المتحدة'],
    ['وصل الأمم المتحده', 'un:الأمم المتحده'],
    ['وصل الأُمَم المُتَّحِدَة', 'un:الأُمَم المُتَّحِدَة'],
    ['وصل الأمم  المتحدة', 'un:الأمم  المتحدة'],
    ['وصل الأمم\u00A0المتحدة', 'un:الأمم\u00A0المتحدة'],
    ['وصل الأمم المتـحدة', 'un:الأمم المتـحدة'],
    ['وصل الأمم\u200Cالمتحدة', ''],
    ['في سوريا', 'syria:سوريا'],
    ['في سورية', 'syria:سورية'],
    ['في سوريه', 'syria:سوريه'],
    ['في سوريةّ', 'syria:سوريةّ'],
    ['في سورياً', 'syria:سورياً'],
    ['في سوری', ''],
    ['في \u200Fسوريا\u200F', 'syria:سوريا\u200F'],
    ['في ﺳﻮﺭﻳﺎ', 'syria:ﺳﻮﺭﻳﺎ'],
    ['في مصر', 'egypt:مصر'],
    ['في مصرَ', 'egypt:مصرَ'],
    ['In Syria', 'syria:Syria'],
    ['in SYRIA', 'syria:SYRIA'],
    ['in syria', 'syria:syria'],
    ['Russia’s army', 'russia:Russia'],
  ];
  it.each(rows)('%s', (text, expected) => expect(found(text)).toEqual(expected ? [expected] : []));
});

describe('proclitics on the first word', () => {
  const rows: Array<[string, string]> = [
    ['زار وروسيا', 'russia:وروسيا'],
    ['زار فروسيا', 'russia:فروسيا'],
    ['زار بروسيا', 'russia:بروسيا'],
    ['زار لروسيا', 'russia:لروسيا'],
    ['زار كروسيا', 'russia:كروسيا'],
    ['زار وبروسيا', 'russia:وبروسيا'],
    ['زار ولروسيا', 'russia:ولروسيا'],
    ['زار فبروسيا', 'russia:فبروسيا'],
    ['في بإدلب', 'idlib:بإدلب'],
    ['في وبإدلب', 'idlib:وبإدلب'],
    ['ثم فالأمم المتحدة', 'un:فالأمم المتحدة'],
    ['ثم والأمم المتحدة', 'un:والأمم المتحدة'],
    ['ثم بالأمم المتحدة', 'un:بالأمم المتحدة'],
    ['ثم كالأمم المتحدة', 'un:كالأمم المتحدة'],
    ['ثم للأمم المتحدة', 'un:للأمم المتحدة'],
    ['ثم للامم المتحدة', 'un:للامم المتحدة'],
    ['ثم وللأمم المتحدة', 'un:وللأمم المتحدة'],
    ['ثم فللأمم المتحدة', 'un:فللأمم المتحدة'],
    ['ثم وبالأمم المتحدة', 'un:وبالأمم المتحدة'],
    ['ثم بـ"الأمم المتحدة"', 'un:الأمم المتحدة'],
    ['ثم بـ«الأمم المتحدة»', 'un:الأمم المتحدة'],
    ['قال لـ«الصباح»', 'sabah:الصباح'],
    ['قال لـ"الصباح"', 'sabah:الصباح'],
    ['قال لـالصباح', 'sabah:لـالصباح'],
    ['قال للصباح', 'sabah:للصباح'],
    ['قال والصباح', 'sabah:والصباح'],
    ['زار للبنان', 'lebanon:للبنان'],
    ['زار ولبنان', 'lebanon:ولبنان'],
    ['زار فلبنان', 'lebanon:فلبنان'],
    ['زار بلبنان', 'lebanon:بلبنان'],
    ['زار لمجلس الأمن', 'sc:لمجلس الأمن'],
    ['زار ومجلس الأمن', 'sc:ومجلس الأمن'],
  ];
  it.each(rows)('%s', (text, expected) => expect(found(text)).toEqual([expected]));

  // Words that merely begin with proclitic letters stay whole when the glossary has them.
  const whole: Array<[string, string]> = [
    ['قال وليد', 'walid:وليد'],
    ['قال فريد', 'farid:فريد'],
    ['قال بشار', 'bashar:بشار'],
    ['قال لبنان', 'lebanon:لبنان'],
    ['قال ليد', 'reid:ليد'],
    ['قال ريد', 'rid:ريد'],
    ['قال شار', 'shar:شار'],
    ['قال بنان', 'bannan:بنان'],
  ];
  it.each(whole)('%s stays whole', (text, expected) => expect(found(text)).toEqual([expected]));

  it('reports where the name begins after the proclitics', () => {
    const [x] = m.scan('ثم وللأمم المتحدة');
    expect(x?.start).toBe(3);
    expect(x?.nameStart).toBe(5);
    const [y] = m.scan('زار روسيا');
    expect(y?.nameStart).toBe(y?.start);
  });

  it('maps the name start past diacritics and through ligatures', () => {
    // و + shadda/fatha marks, then روسيا: the name begins at ر (index 7), not at a mark.
    expect(m.scan('زار وَّروسيا').map((x) => [x.start, x.nameStart, x.end])).toEqual([[4, 7, 12]]);
    // ﻟ ﻟ presentation forms (NFKC → لل): ل + الأمم, the name begins at the second ﻟ.
    expect(m.scan('قال ﻟﻟأمم المتحدة').map((x) => [x.start, x.nameStart])).toEqual([[4, 5]]);
    // و + ﻟ ﻟ: two proclitics, all presentation forms.
    expect(m.scan('زار وﻟﻠﺄﻣﻢ المتحدة').map((x) => [x.start, x.nameStart])).toEqual([[4, 6]]);
  });

  // Not names: stems inside longer words, one-letter stems, the article before a bare name.
  const none: string[] = [
    'بنك ومصرف',
    'مصري',
    'المصر',
    'لبنانيون',
    'اللبنان',
    'السوريا',
    'الروسيا',
    'روسياتي',
    'إدلبي',
    'وروسياا',
    'ولبنانيون',
    'بمصرف',
  ];
  it.each(none)('%s has no mention', (text) => expect(found(text)).toEqual([]));
});

describe('word boundaries', () => {
  const rows: Array<[string, string[]]> = [
    ['«سوريا»، روسيا؛ لبنان؟', ['syria:سوريا', 'russia:روسيا', 'lebanon:لبنان']],
    ['(سوريا)', ['syria:سوريا']],
    ['سوريا.روسيا', ['syria:سوريا', 'russia:روسيا']],
    ['سوريا-روسيا', ['syria:سوريا', 'russia:روسيا']],
    ['Syrian army', []],
    ['Russian', []],
    ['SyriaRussia', []],
    ['روسياSyria', []],
    ['2254Syria', []],
    ['جيمس جيفري', ['jeffrey:جيمس جيفري']],
    ['جيمس جيفري،', ['jeffrey:جيمس جيفري']],
    ['جيمس، جيفري', []],
    ['جيمس\nجيفري', []],
    ['الأمم (المتحدة)', []],
  ];
  it.each(rows)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('longest match wins, no overlaps', () => {
  const rows: Array<[string, string[]]> = [
    ['اجتماع مجلس الأمن الدولي', ['sc-intl:مجلس الأمن الدولي']],
    ['اجتماع مجلس الأمن اليوم', ['sc:مجلس الأمن']],
    ['اجتماع لمجلس الأمن الدولي', ['sc-intl:لمجلس الأمن الدولي']],
    ['اجتماع مجلس الأمن\nالدولي', ['sc:مجلس الأمن']],
    ['قرار مجلس الأمن رقم 2254', ['r2254:قرار مجلس الأمن رقم 2254']],
    ['قرار مجلس الأمن الدولي 2254', ['r2254:قرار مجلس الأمن الدولي 2254']],
    ['قال بشار الأسد', ['assad:بشار الأسد']],
  ];
  it.each(rows)('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('returns sorted, non-overlapping mentions', () => {
    const text = 'مجلس الأمن الدولي ومجلس الأمن وسوريا وقرار مجلس الأمن رقم ٢٢٥٤ ثم مجلس الأمن';
    const ms = m.scan(text);
    expect(ms.length).toBe(5);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });
});

describe('numbered documents', () => {
  const rows: Array<[string, string]> = [
    ['صدر القرار 2254 أمس', 'r2254:القرار 2254'],
    ['صدر القرار رقم 2254 أمس', 'r2254:القرار رقم 2254'],
    ['صدر القرار ٢٢٥٤ أمس', 'r2254:القرار ٢٢٥٤'],
    ['صدر القرار ۲۲۵۴ أمس', 'r2254:القرار ۲۲۵۴'],
    ['وفق قرار مجلس الأمن رقم ٢٢٥٤', 'r2254:قرار مجلس الأمن رقم ٢٢٥٤'],
    ['وفق قرار مجلس الأمن الدولي رقم 2254', 'r2254:قرار مجلس الأمن الدولي رقم 2254'],
    ['وفق قرار مجلس الامن 2254', 'r2254:قرار مجلس الامن 2254'],
    ['وفق والقرار 2254', 'r2254:والقرار 2254'],
    ['وفق بالقرار 2254', 'r2254:بالقرار 2254'],
    ['وفق للقرار 2254', 'r2254:للقرار 2254'],
    ['وفق القرار الأممي 2254', 'r2254:القرار الأممي 2254'],
    ['وفق قرار 2254', 'r2254:قرار 2254'],
    ['under Resolution 2254', 'r2254:Resolution 2254'],
    ['under resolution 2254', 'r2254:resolution 2254'],
    ['under UNSCR 2254', 'r2254:UNSCR 2254'],
    ['under UN Security Council Resolution 2254', 'r2254:UN Security Council Resolution 2254'],
    ['وفق القرار 1701', 'r1701:القرار 1701'],
  ];
  it.each(rows)('%s', (text, expected) => expect(found(text)).toEqual([expected]));

  it('finds «(قرار الأمم المتحدة) الرقم 2254»', () => {
    expect(found('(قرار الأمم المتحدة) الرقم 2254')).toEqual(['un:الأمم المتحدة', 'r2254:الرقم 2254']);
  });

  const none: string[] = ['عددهم 2254 شخصا', 'في عام ٢٢٥٤', 'القرار 22540', 'القرار 225', 'القرار', 'رقم 2254', 'Resolution 2255', 'القرار. 2254'];
  it.each(none)('%s has no mention', (text) => expect(found(text)).toEqual([]));
});

describe('short names are licensed by a full name in the same document', () => {
  const rows: Array<[string, string[]]> = [
    ['الأسد حيوان مفترس', []],
    ['قال بشار الأسد إن الأسد', ['assad:بشار الأسد', 'assad:الأسد']],
    ['الأسد قال ذلك. وكان بشار الأسد', ['assad:الأسد', 'assad:بشار الأسد']],
    ['قال بشار الأسد ثم والأسد', ['assad:بشار الأسد', 'assad:والأسد']],
    ['قال بشار الأسد ثم بالأسد', ['assad:بشار الأسد', 'assad:بالأسد']],
    ['قال بشار الأسد ثم للأسد', ['assad:بشار الأسد', 'assad:للأسد']],
    ['Bashar al-Assad said; Assad', ['assad:Bashar al-Assad', 'assad:Assad']],
    ['قال جيفري', []],
    ['قال جيمس جيفري ثم قال جيفري', ['jeffrey:جيمس جيفري', 'jeffrey:جيفري']],
    ['قال جيم جيفري ثم قال جيفري', ['jeffrey:جيم جيفري', 'jeffrey:جيفري']],
    ['James Jeffrey said; جيفري', ['jeffrey:James Jeffrey', 'jeffrey:جيفري']],
    ['جيفري\n\nقال جيمس جيفري', ['jeffrey:جيفري', 'jeffrey:جيمس جيفري']],
  ];
  it.each(rows)('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('flags short mentions', () => {
    const ms = m.scan('قال بشار الأسد إن الأسد');
    expect(ms.map((x) => x.short)).toEqual([false, true]);
  });
});

describe('shared names', () => {
  const rows: Array<[string, string[]]> = [
    ['زار جورجيا', ['georgia', 'georgia-us']],
    ['زار جمهورية جورجيا ثم جورجيا', ['georgia', 'georgia', 'georgia-us']],
    ['زار ولاية جورجيا ثم جورجيا', ['georgia-us', 'georgia-us', 'georgia']],
  ];
  it.each(rows)('%s', (text, expected) => expect(m.scan(text).flatMap((x) => x.ids)).toEqual(expected));
});

describe('offsets', () => {
  it('keeps diacritics inside the span', () => {
    const text = 'قال بَشّارُ الأسدِ، ثم';
    const [x] = m.scan(text);
    expect(text.slice(x!.start, x!.end)).toBe('بَشّارُ الأسدِ');
  });
  it('accepts text joined from several nodes', () => {
    const text = 'المبعوث جيم جيفري\nقال';
    expect(found(text)).toEqual(['jeffrey:جيم جيفري']);
  });
  it('works on an empty text and an empty glossary', () => {
    expect(m.scan('')).toEqual([]);
    expect(compileMatcher([]).scan('سوريا')).toEqual([]);
  });
});

describe('serialisation', () => {
  it('round-trips through JSON and structured clone', () => {
    const text = 'قال بشار الأسد إن الأسد وروسيا وقرار مجلس الأمن رقم ٢٢٥٤ وجورجيا';
    const viaJson = loadMatcher(JSON.parse(JSON.stringify(m.serialize())));
    const viaClone = loadMatcher(structuredClone(m.serialize()));
    expect(viaJson.scan(text)).toEqual(m.scan(text));
    expect(viaClone.scan(text)).toEqual(m.scan(text));
    expect(viaJson.size).toBe(GLOSSARY.length);
  });
  it('rejects foreign data', () => {
    expect(() => loadMatcher({} as never)).toThrow();
  });
  it('drops names that can never match (bare numbers, one letter)', () => {
    const x = compileMatcher([E('n', '2254'), E('l', 'ب'), E('ok', 'مصر', { aliases: ['٢٠٢٠', 'x'] })]);
    expect(found('2254 ب ٢٠٢٠ x مصر', x)).toEqual(['ok:مصر']);
  });
});

describe('serialised form', () => {
  it('is compact plain data', () => {
    const s = m.serialize();
    expect(typeof s.vocab).toBe('string');
    expect(typeof s.tok).toBe('string');
    expect(s.ids).toHaveLength(GLOSSARY.length);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
  it.each([
    ['truncated trie', (s: ReturnType<Matcher['serialize']>) => ({ ...s, kids: s.kids.slice(0, 3) })],
    ['version 1 (no types)', (s: ReturnType<Matcher['serialize']>) => ({ ...s, v: 1, types: undefined })],
    ['later version', (s: ReturnType<Matcher['serialize']>) => ({ ...s, v: 3 })],
    ['numbers instead of strings', (s: ReturnType<Matcher['serialize']>) => ({ ...s, tok: [1, 2] })],
    ['type list one short', (s: ReturnType<Matcher['serialize']>) => ({ ...s, types: s.types.slice(1) })],
    ['type digit past the types', (s: ReturnType<Matcher['serialize']>) => ({ ...s, types: '9' + s.types.slice(1) })],
  ])('rejects a %s', (_what, corrupt) => {
    expect(() => loadMatcher(corrupt(m.serialize()) as never)).toThrow();
  });
});

describe('types', () => {
  const shared: MatchEntry[] = [
    { id: 'pl-geneva', type: 'place', label: { ar: 'جنيف', en: 'Geneva' } },
    { id: 'ev-geneva', type: 'event', label: { ar: 'مؤتمر جنيف' }, shortAliases: ['جنيف'] },
    { id: 'p-jeffrey', type: 'person', label: { ar: 'جيم جيفري' }, shortAliases: ['جيفري'] },
    { id: 'doc-2254', type: 'document', label: { ar: 'القرار 2254' }, number: '2254' },
  ];
  const typed = compileMatcher(shared);
  const types = (text: string) => typed.scan(text).map((x) => [text.slice(x.start, x.end), x.ids[0], x.type]);
  it.each([
    ['وصل إلى جنيف', [['جنيف', 'pl-geneva', 'place']]],
    // The event's full name elsewhere in the text ranks it first for the bare name: its type goes with it.
    ['افتتح مؤتمر جنيف أمس، وفي جنيف قال', [['مؤتمر جنيف', 'ev-geneva', 'event'], ['جنيف', 'ev-geneva', 'event']]],
    ['قال جيم جيفري، وأضاف جيفري', [['جيم جيفري', 'p-jeffrey', 'person'], ['جيفري', 'p-jeffrey', 'person']]],
    ['بموجب القرار رقم ٢٢٥٤', [['القرار رقم ٢٢٥٤', 'doc-2254', 'document']]],
  ])('%s', (text, expected) => expect(types(text)).toEqual(expected));
  it('travels in the serialised form, one digit an entry', () => {
    expect(typed.serialize().types).toBe('2403'); // place, event, person, document (ENTITY_TYPES order)
    expect(loadMatcher(JSON.parse(JSON.stringify(typed.serialize()))).scan('وصل إلى جنيف')[0]?.type).toBe('place');
  });
});

describe('buffer reuse between scans', () => {
  it('gives the same results whatever was scanned before', () => {
    const long = Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? 'قال جيم جيفري إن «روسيا»\n' : 'كلام عادي هنا، ')).join('');
    const short = 'مجلس الأمن\nالدولي وروسيا';
    const fresh = (text: string): ReturnType<Matcher['scan']> => compileMatcher(GLOSSARY).scan(text);
    const reused = compileMatcher(GLOSSARY);
    for (const text of [long, short, long, short, 'جيفري', long]) expect(reused.scan(text)).toEqual(fresh(text));
  });
});

describe('serialize after load', () => {
  it('re-encodes to the same data', () => {
    const s = m.serialize();
    expect(loadMatcher(JSON.parse(JSON.stringify(s))).serialize()).toEqual(s);
  });
});

describe('serialised data is validated', () => {
  it('rejects postings pointing past the entries', () => {
    const s = m.serialize();
    expect(() => loadMatcher({ ...s, ids: s.ids.slice(0, 2) })).toThrow();
  });
  it('rejects words past the vocabulary', () => {
    const s = m.serialize();
    expect(() => loadMatcher({ ...s, vocab: 'x' })).toThrow();
  });
});

describe('at scale', () => {
  it('finds every name of 3,000 synthetic entries', async () => {
    const { syntheticEntries } = await import('./test-entries');
    const entries = syntheticEntries(3000);
    const big = compileMatcher(entries);
    const missed: string[] = [];
    for (const e of entries) {
      for (const name of [e.label.ar, e.label.en, ...(e.aliases ?? [])]) {
        if (!name) continue;
        const [x] = big.scan(`قال «${name}» أمس`);
        if (!x?.ids.includes(e.id)) missed.push(e.id);
      }
    }
    expect(missed).toEqual([]);
  });
});
