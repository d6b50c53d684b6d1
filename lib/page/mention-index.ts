/**
 * The mentions drawn on a page, kept sorted in document order so that a caret position or a
 * "next mention" request is found by binary search rather than by per-word listeners.
 */
import type { EntityType } from '../kb/pack';

export interface PageMention {
  /** Live DOM range over the mention's text (moves with edits; collapses when its text is removed). */
  range: Range;
  /** Candidate entry ids, best first. */
  ids: string[];
  /** Type of the best candidate (decides the highlight colour). */
  type: EntityType;
  short: boolean;
}

/** Whether a mention's text is still in the document. */
export function isLive(m: PageMention): boolean {
  const r = m.range;
  return !r.collapsed && r.startContainer.isConnected && r.endContainer.isConnected;
}

/**
 * Where mentions inside `root` belong in `list` (live, in document order, none of them inside `root`):
 * the index of the first mention after `root`, by binary search with `compareDocumentPosition`.
 */
export function insertionPoint(list: readonly PageMention[], root: Node): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const pos = root.compareDocumentPosition((list[mid] as PageMention).range.startContainer);
    if (pos & 2 /* PRECEDING: the mention is before root */) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the mention containing the point (node, offset), or -1. `list` must be sorted and non-overlapping. */
export function findAt(list: readonly PageMention[], node: Node, offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    let c: number;
    try {
      c = (list[mid] as PageMention).range.comparePoint(node, offset);
    } catch {
      return -1; // the point is in another tree (e.g. our shadow root)
    }
    if (c < 0) hi = mid - 1;
    else if (c > 0) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first mention that starts after the point (node, offset); list.length when none does. */
export function firstAfter(list: readonly PageMention[], node: Node, offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let c: number;
    try {
      c = (list[mid] as PageMention).range.comparePoint(node, offset);
    } catch {
      return list.length;
    }
    if (c < 0) hi = mid; // point before this mention: the mention is after it
    else lo = mid + 1;
  }
  return lo;
}

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether (x, y) falls inside one of the rects, with a little slack for sub-pixel edges. */
export function pointInRects(rects: ArrayLike<RectLike>, x: number, y: number, slack = 1): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i] as RectLike;
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}

/** The caret (node, offset) under a viewport point, from whichever API the browser has. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/**
 * The mention under viewport point (x, y), or -1. The caret finds the candidate by binary search; its
 * client rects confirm it (a caret is also reported for points in empty space beside a line), and the
 * neighbours are tried for a caret that sits on the boundary between two adjacent mentions.
 */
export function hitTest(doc: Document, list: readonly PageMention[], x: number, y: number): number {
  if (list.length === 0) return -1;
  const caret = caretAt(doc, x, y);
  if (!caret) return -1;
  const i = findAt(list, caret.node, caret.offset);
  const tryAt = (j: number) => j >= 0 && j < list.length && pointInRects((list[j] as PageMention).range.getClientRects(), x, y);
  if (i >= 0) {
    if (tryAt(i)) return i;
    if (tryAt(i - 1)) return i - 1;
    if (tryAt(i + 1)) return i + 1;
    return -1;
  }
  // Caret just before a mention's first character (left half of an RTL glyph pair, etc.).
  const j = firstAfter(list, caret.node, caret.offset);
  if (tryAt(j)) return j;
  if (tryAt(j - 1)) return j - 1;
  return -1;
}
