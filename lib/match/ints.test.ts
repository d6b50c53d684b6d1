import { decodeInts, encodeInts } from './ints';

describe('encodeInts / decodeInts', () => {
  const rows: Array<[string, number[], number]> = [
    ['empty', [], 0],
    ['small values take one char', [0, 1, 31], 3],
    ['32 takes two', [32], 2],
    ['1023 takes two, 1024 three', [1023, 1024], 5],
    ['large', [2 ** 31 - 1, 123456789], 7 + 6],
  ];
  it.each(rows)('%s', (_what, values, length) => {
    const s = encodeInts(values);
    expect(s.length).toBe(length);
    expect(s).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(Array.from(decodeInts(s))).toEqual(values);
  });
  it('round-trips many values', () => {
    const values = Array.from({ length: 10000 }, (_, i) => (i * 7919) % 300000);
    expect(Array.from(decodeInts(encodeInts(values)))).toEqual(values);
  });
  it.each([[[-1]], [[1.5]], [[2 ** 31]]])('rejects %j', (values) => expect(() => encodeInts(values)).toThrow(RangeError));
  it.each(['é', 'g', ' '])('rejects malformed %j', (s) => expect(() => decodeInts(s)).toThrow());
});
