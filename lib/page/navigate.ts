/** Keyboard navigation between mentions: which one is next, and bringing it into view. */
import type { PageMention } from './mention-index';

const visible = (m: PageMention) => Array.from(m.range.getClientRects()).some((r) => r.width > 0 && r.height > 0);

/**
 * The next (dir 1) or previous (dir -1) mention to open: after/before the open one, or, with none
 * open, the first at or below the top of the viewport / the last above its bottom. Wraps around;
 * mentions without a box (hidden text) are passed over. -1 when there is none.
 */
export function pickMention(list: readonly PageMention[], dir: 1 | -1, current: PageMention | null, viewportHeight: number): number {
  const n = list.length;
  if (n === 0) return -1;
  let from = current ? list.indexOf(current) : -1;
  if (from < 0) {
    if (dir === 1) {
      const i = list.findIndex((m) => visible(m) && m.range.getBoundingClientRect().top >= 0);
      if (i >= 0) return i;
      from = -1;
    } else {
      for (let i = n - 1; i >= 0; i--) {
        const m = list[i] as PageMention;
        if (visible(m) && m.range.getBoundingClientRect().bottom <= viewportHeight) return i;
      }
      from = n;
    }
  }
  for (let k = 1; k <= n; k++) {
    const i = (((from + dir * k) % n) + n) % n;
    if (visible(list[i] as PageMention)) return i;
  }
  return -1;
}

/** Scrolls so that the mention is well inside the viewport (nested scrollers first, then the window). */
export function scrollToMention(m: PageMention, win: Window): void {
  const el = m.range.startContainer.parentElement;
  const vh = win.innerHeight;
  let r = m.range.getBoundingClientRect();
  const margin = Math.min(80, vh / 6);
  if (r.top >= margin && r.bottom <= vh - margin) return;
  el?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
  r = m.range.getBoundingClientRect();
  if (r.top < margin || r.bottom > vh - margin) win.scrollBy({ top: r.top - vh * 0.35, behavior: 'instant' as ScrollBehavior });
}
