import { collectText, rangeFor } from './text-layer';
import { findAt, firstAfter, hitTest, insertionPoint, pointInRects, isLive, type PageMention } from './mention-index';

/** A page with mentions of the given words, in document order. */
function page(html: string, words: string[]): { list: PageMention[]; layer: ReturnType<typeof collectText> } {
  document.body.innerHTML = html;
  const layer = collectText(document.body);
  const list: PageMention[] = [];
  let from = 0;
  for (const w of words) {
    const s = layer.text.indexOf(w, from);
    from = s + w.length;
    list.push({ range: rangeFor(layer, s, s + w.length) as Range, ids: [w], type: 'person', short: false });
  }
  return { list, layer };
}

/** Point (node, offset) at a text offset of the layer. */
function pointAt(layer: ReturnType<typeof collectText>, off: number): [Node, number] {
  let i = layer.starts.length - 1;
  while ((layer.starts[i] as number) > off) i--;
  return [layer.nodes[i] as Node, off - (layer.starts[i] as number)];
}

const HTML = '<p>قال جيم <a>جيفري</a> إن موسكو و<b>واشنطن</b> تستكشفان</p><p>وقال بومبيو في دمشق</p>';
const WORDS = ['جيم جيفري', 'موسكو', 'واشنطن', 'بومبيو', 'دمشق'];

describe('findAt / firstAfter', () => {
  it('finds the mention containing each of its characters, and none between mentions', () => {
    const { list, layer } = page(HTML, WORDS);
    for (let off = 0; off < layer.text.length; off++) {
      const expected = WORDS.findIndex((w) => {
        const s = layer.text.indexOf(w);
        return off >= s && off < s + w.length;
      });
      const [node, o] = pointAt(layer, off);
      const got = findAt(list, node, o);
      if (expected >= 0) expect(got, `offset ${off}`).toBe(expected);
      else if (got >= 0) {
        // Only the end boundary of a mention (a caret right after its last letter) may report it.
        const w = WORDS[got] as string;
        expect(layer.text.indexOf(w) + w.length).toBe(off);
      }
    }
  });

  it('firstAfter gives the next mention after a point', () => {
    const { list, layer } = page(HTML, WORDS);
    expect(firstAfter(list, ...pointAt(layer, 0))).toBe(0);
    expect(firstAfter(list, ...pointAt(layer, layer.text.indexOf('إن')))).toBe(1);
    expect(firstAfter(list, ...pointAt(layer, layer.text.indexOf('في')))).toBe(4);
    expect(firstAfter(list, ...pointAt(layer, layer.text.length - 1))).toBe(5);
  });

  it('insertionPoint puts the mentions of a block between those before and after it', () => {
    const { list } = page(HTML, WORDS);
    const [p1, p2] = [...document.querySelectorAll('p')] as unknown as [HTMLElement, HTMLElement];
    const before = document.createElement('p');
    const between = document.createElement('p');
    const after = document.createElement('p');
    const inside = document.createElement('i');
    document.body.prepend(before);
    p2.before(between);
    document.body.append(after);
    p1.append(inside);
    expect([before, between, after, inside].map((root) => insertionPoint(list, root))).toEqual([0, 3, 5, 3]);
    // With the mentions of the second paragraph taken out, as the annotator does before re-reading it.
    expect(insertionPoint(list.slice(0, 3), p2)).toBe(3);
    expect(insertionPoint([], p1)).toBe(0);
  });

  it('a mention whose text was removed is no longer live', () => {
    const { list } = page(HTML, WORDS);
    expect(list.every(isLive)).toBe(true);
    document.querySelector('b')?.remove();
    expect(isLive(list[2] as PageMention)).toBe(false);
    expect(isLive(list[1] as PageMention)).toBe(true);
  });
});

describe('pointInRects', () => {
  const rects = [{ left: 10, top: 10, right: 50, bottom: 30 }, { left: 200, top: 40, right: 260, bottom: 60 }];
  it.each([
    [20, 20, true],
    [230, 50, true],
    [100, 20, false],
    [20, 35, false],
    [51, 20, true], // within the 1px slack
    [53, 20, false],
  ])('(%i, %i) → %s', (x, y, inside) => expect(pointInRects(rects, x, y)).toBe(inside));
});

describe('hitTest', () => {
  /** A document whose caret API returns the given point, and mentions with fixed boxes. */
  function setup(caretOffset: number) {
    const { list, layer } = page(HTML, WORDS);
    list.forEach((m, i) => {
      m.range.getClientRects = () => [new DOMRect(100 * i, 0, 80, 20)] as unknown as DOMRectList;
    });
    const [node, offset] = pointAt(layer, caretOffset);
    const doc = { caretRangeFromPoint: () => ({ startContainer: node, startOffset: offset }) } as unknown as Document;
    return { list, layer, doc };
  }

  it('returns the mention under the pointer when the caret and the box agree', () => {
    const { list, layer } = page(HTML, WORDS);
    const off = layer.text.indexOf('موسكو') + 2;
    const s = setup(off);
    expect(hitTest(s.doc, s.list, 110, 10)).toBe(1);
    expect(list.length).toBe(5);
  });

  it('rejects a caret reported for empty space beside a line', () => {
    const { layer } = page(HTML, WORDS);
    const s = setup(layer.text.indexOf('موسكو') + 2);
    expect(hitTest(s.doc, s.list, 110, 300)).toBe(-1);
  });

  it('takes the neighbour when the caret sits on a boundary', () => {
    const { layer } = page(HTML, WORDS);
    // Caret just before «واشنطن» (after the و), pointer over واشنطن's box.
    const s = setup(layer.text.indexOf('واشنطن'));
    expect(hitTest(s.doc, s.list, 210, 10)).toBe(2);
  });

  it('uses caretPositionFromPoint where it exists', () => {
    const { layer, list } = page(HTML, WORDS);
    list.forEach((m, i) => (m.range.getClientRects = () => [new DOMRect(100 * i, 0, 80, 20)] as unknown as DOMRectList));
    const [node, offset] = pointAt(layer, layer.text.indexOf('دمشق') + 1);
    const doc = { caretPositionFromPoint: () => ({ offsetNode: node, offset }) } as unknown as Document;
    expect(hitTest(doc, list, 410, 5)).toBe(4);
  });

  it('returns -1 without a caret API or without mentions', () => {
    const { list } = page(HTML, WORDS);
    expect(hitTest({} as Document, list, 0, 0)).toBe(-1);
    expect(hitTest({ caretRangeFromPoint: () => null } as unknown as Document, [], 0, 0)).toBe(-1);
  });
});
