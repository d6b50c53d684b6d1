import { pickMention } from './navigate';
import type { PageMention } from './mention-index';

/** Mentions at the given viewport tops (null: no box, i.e. hidden text). */
function mentions(tops: Array<number | null>): PageMention[] {
  return tops.map((top, i) => {
    const range = document.createRange();
    const rects = top === null ? [] : [new DOMRect(0, top, 50, 20)];
    range.getClientRects = () => rects as unknown as DOMRectList;
    range.getBoundingClientRect = () => rects[0] ?? new DOMRect(0, 0, 0, 0);
    return { range, ids: ['e' + i], type: 'person', short: false };
  });
}

describe('pickMention', () => {
  const list = mentions([-300, -50, 100, null, 400, 900]);
  it('with no card open, starts at the first mention in the viewport (next) or the last one (previous)', () => {
    expect(pickMention(list, 1, null, 800)).toBe(2);
    expect(pickMention(list, -1, null, 800)).toBe(4);
  });
  it('steps from the open mention, passing over hidden ones, and wraps around', () => {
    expect(pickMention(list, 1, list[2] as PageMention, 800)).toBe(4);
    expect(pickMention(list, -1, list[4] as PageMention, 800)).toBe(2);
    expect(pickMention(list, 1, list[5] as PageMention, 800)).toBe(0);
    expect(pickMention(list, -1, list[0] as PageMention, 800)).toBe(5);
  });
  it('returns -1 when there is nothing to go to', () => {
    expect(pickMention([], 1, null, 800)).toBe(-1);
    expect(pickMention(mentions([null, null]), 1, null, 800)).toBe(-1);
  });
});
