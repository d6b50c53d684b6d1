import { placeCard, type PlaceInput } from './placement';

const VIEW = { width: 1000, height: 800 };
const CARD = { width: 340, height: 200 };
const rect = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height });

const overlaps = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeCard', () => {
  it('goes below the mention, right edges aligned on an RTL page', () => {
    const p = placeCard({ anchor: [rect(500, 100, 80, 24)], card: CARD, viewport: VIEW, dir: 'rtl' });
    expect(p.side).toBe('below');
    expect(p.top).toBe(100 + 24 + 6);
    expect(p.left + CARD.width).toBe(580);
  });

  it('left edges aligned on an LTR page', () => {
    const p = placeCard({ anchor: [rect(500, 100, 80, 24)], card: CARD, viewport: VIEW, dir: 'ltr' });
    expect(p.left).toBe(500);
  });

  it('flips above when there is no room below', () => {
    const p = placeCard({ anchor: [rect(500, 700, 80, 24)], card: CARD, viewport: VIEW, dir: 'rtl' });
    expect(p.side).toBe('above');
    expect(p.top + CARD.height).toBe(700 - 6);
  });

  it('stays inside the viewport near the edges', () => {
    const rtlEdge = placeCard({ anchor: [rect(10, 100, 60, 24)], card: CARD, viewport: VIEW, dir: 'rtl' });
    expect(rtlEdge.left).toBe(8);
    const ltrEdge = placeCard({ anchor: [rect(950, 100, 40, 24)], card: CARD, viewport: VIEW, dir: 'ltr' });
    expect(ltrEdge.left + CARD.width).toBe(1000 - 8);
  });

  it('narrows on a small viewport', () => {
    const p = placeCard({ anchor: [rect(100, 100, 60, 24)], card: CARD, viewport: { width: 320, height: 600 }, dir: 'rtl' });
    expect(p.maxWidth).toBe(304);
    expect(p.left).toBe(8);
  });

  it('takes the larger side and limits the height when the card fits on neither', () => {
    const p = placeCard({ anchor: [rect(500, 300, 80, 24)], card: { width: 340, height: 700 }, viewport: VIEW, dir: 'rtl' });
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(800 - 8 - (324 + 6));
    expect(p.top).toBe(330);
  });

  it('for a wrapped mention, lines up with the line under the pointer and covers neither line', () => {
    const lines = [rect(50, 100, 100, 24), rect(800, 124, 120, 24)];
    const p = placeCard({ anchor: lines, card: CARD, viewport: VIEW, dir: 'rtl', pointer: { x: 860, y: 130 } });
    expect(p.left + CARD.width).toBe(920);
    expect(p.top).toBeGreaterThanOrEqual(148);
  });

  it('never covers the mention and never leaves the viewport (grid of positions, both directions)', () => {
    for (const dir of ['rtl', 'ltr'] as const) {
      for (let x = 0; x <= 940; x += 47) {
        for (let y = 0; y <= 776; y += 31) {
          const anchor = rect(x, y, 60, 24);
          const input: PlaceInput = { anchor: [anchor], card: CARD, viewport: VIEW, dir };
          const p = placeCard(input);
          const h = Math.min(CARD.height, p.maxHeight);
          const box = { left: p.left, top: p.top, right: p.left + CARD.width, bottom: p.top + h };
          expect(overlaps(box, anchor), `${dir} ${x},${y}`).toBe(false);
          expect(box.left).toBeGreaterThanOrEqual(8);
          expect(box.right).toBeLessThanOrEqual(992);
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.bottom).toBeLessThanOrEqual(800);
        }
      }
    }
  });
});
