import { score, trimEdges, type GoldMention } from './score';

const lines = ['زار وروسيا ثم سوريةّ', 'الأسد هنا'];
const gold: GoldMention[] = [
  { line: 1, start: 4, end: 10, entity_id: 'russia', name_start: 5, prefix: 'و' },
  { line: 1, start: 14, end: 20, entity_id: 'syria', name_start: 14, variant: ['alef'] },
];
const ignore = [{ line: 2, start: 0, end: 5, entity_id: 'assad' }];

describe('score', () => {
  // [what, predictions, tp, fp]
  const rows: Array<[string, Array<{ line: number; start: number; end: number; id: string }>, number, number]> = [
    ['start at the proclitic', [{ line: 1, start: 4, end: 10, id: 'russia' }], 1, 0],
    ['start at the name', [{ line: 1, start: 5, end: 10, id: 'russia' }], 1, 0],
    ['wrong start', [{ line: 1, start: 6, end: 10, id: 'russia' }], 0, 1],
    ['wrong end', [{ line: 1, start: 4, end: 9, id: 'russia' }], 0, 1],
    ['wrong id', [{ line: 1, start: 4, end: 10, id: 'syria' }], 0, 1],
    ['end before the trailing shadda still matches', [{ line: 1, start: 14, end: 19, id: 'syria' }], 1, 0],
    ['inside an ignore span of the same entity', [{ line: 2, start: 0, end: 5, id: 'assad' }], 0, 0],
    ['inside an ignore span of another entity', [{ line: 2, start: 0, end: 5, id: 'lion' }], 0, 1],
    ['one gold counted once', [{ line: 1, start: 4, end: 10, id: 'russia' }, { line: 1, start: 5, end: 10, id: 'russia' }], 1, 1],
  ];
  it.each(rows)('%s', (_what, preds, tp, fp) => {
    const s = score(lines, gold, ignore, preds);
    expect([s.tp, s.fp]).toEqual([tp, fp]);
  });

  it('computes P/R/F1 and sub-recalls', () => {
    const s = score(lines, gold, ignore, [{ line: 1, start: 4, end: 10, id: 'russia' }]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(s.procliticRecall).toBe(1);
    expect(s.hamzaRecall).toBe(0);
  });

  it('trims diacritics and tatweel at the edges', () => {
    expect(trimEdges('ـسوريّا', 0, 7)).toEqual([1, 7]);
    expect(trimEdges('سوريةّ', 0, 6)).toEqual([0, 5]);
  });
});
