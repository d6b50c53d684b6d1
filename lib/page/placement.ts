/**
 * Where the card goes: next to the mention, never over it, inside the viewport. Pure math over
 * viewport (client) coordinates so it can be tested without layout.
 */
import type { RectLike } from './mention-index';

export interface PlaceInput {
  /** Client rects of the mention (one per line box); at least one. */
  anchor: readonly RectLike[];
  /** The card's size as laid out. */
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  /** Direction of the text around the mention: the card's start edge lines up with the mention's. */
  dir: 'rtl' | 'ltr';
  /** Pointer position, to pick the line of a mention that wraps. */
  pointer?: { x: number; y: number };
  gap?: number;
  margin?: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Height available on the chosen side; the card scrolls inside it when it is taller. */
  maxHeight: number;
  /** Width available; the card narrows to it on a small viewport. */
  maxWidth: number;
}

function union(rects: readonly RectLike[]): RectLike {
  let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
  for (const r of rects) {
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return { left, top, right, bottom };
}

/** The line box of the mention nearest the pointer (the first one without a pointer). */
function lineOf(rects: readonly RectLike[], p?: { x: number; y: number }): RectLike {
  let best = rects[0] as RectLike;
  if (!p) return best;
  let bestD = Infinity;
  for (const r of rects) {
    const dy = p.y < r.top ? r.top - p.y : p.y > r.bottom ? p.y - r.bottom : 0;
    const dx = p.x < r.left ? r.left - p.x : p.x > r.right ? p.x - r.right : 0;
    const d = dy * 4 + dx;
    if (d < bestD) {
      bestD = d;
      best = r;
    }
  }
  return best;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Places the card below the mention (above when below does not fit), aligned to its start edge. */
export function placeCard(input: PlaceInput): Placement {
  const gap = input.gap ?? 6;
  const margin = input.margin ?? 8;
  const { width: vw, height: vh } = input.viewport;
  const all = union(input.anchor);
  const line = lineOf(input.anchor, input.pointer);

  // Vertical: the whole mention (all its lines) stays uncovered.
  const belowTop = all.bottom + gap;
  const spaceBelow = vh - margin - belowTop;
  const spaceAbove = all.top - gap - margin;
  const h = input.card.height;
  let side: Placement['side'];
  if (h <= spaceBelow) side = 'below';
  else if (h <= spaceAbove) side = 'above';
  else side = spaceBelow >= spaceAbove ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? spaceBelow : spaceAbove);
  const shown = Math.min(h, maxHeight);
  const top = side === 'below' ? belowTop : all.top - gap - shown;

  // Horizontal: start edges aligned (right edge in RTL), then kept inside the viewport.
  const maxWidth = Math.max(0, vw - 2 * margin);
  const w = Math.min(input.card.width, maxWidth);
  const ideal = input.dir === 'rtl' ? line.right - w : line.left;
  const left = clamp(ideal, margin, Math.max(margin, vw - margin - w));
  return { left, top, side, maxHeight, maxWidth };
}
