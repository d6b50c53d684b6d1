/**
 * Pointer and touch: one pointermove listener for the whole document. A mention is found by the caret
 * under the pointer once the pointer rests (the intent delay; the next move cancels the timer, after
 * Yomitan's text-scanner); leaving the mention starts a grace period during which the pointer may
 * travel into the card. A tap on a mention opens its card, and so does focusing a link (or any
 * focusable element) that holds a mention, after the same delay.
 *
 * The page is not trusted (STYLE.md): its scripts share this DOM and can dispatch any event. Only events
 * the browser marks `isTrusted` (UI Events §3.1: dispatched by the user agent, not `dispatchEvent`) may
 * open or move a card, and focus opens one only when it follows keyboard navigation, because a script's
 * `element.focus()` produces trusted focus events too. Closing may follow any event.
 */
import { firstAfter, hitTest, pointInRects, type PageMention } from './mention-index';

export interface HoverDeps {
  doc: Document;
  mentions(): readonly PageMention[];
  /** Intent delay, ms (settings.hoverDelay). */
  delay(): number;
  /** Whether an event target is our card (events from inside the shadow root are retargeted to its host). */
  isCard(target: EventTarget | null): boolean;
  /** The mention whose card is open, if any, and whether it is pinned. */
  current(): { mention: PageMention; pinned: boolean; how: string } | null;
  open(mention: PageMention, how: 'hover' | 'tap' | 'focus', pointer?: { x: number; y: number }): void;
  close(): void;
  /** Grace period after leaving a mention, ms. */
  grace?: number;
  /** Whether an event came from the user (default: `isTrusted`); unit tests, whose events are synthetic, replace it. */
  trusted?: (e: Event) => boolean;
}

/** How long after a trusted key press a focus change counts as keyboard navigation, ms. */
const KEY_FOCUS_WINDOW = 1000;

/** Starts listening; everything is removed when `signal` aborts. */
export function initHover(d: HoverDeps, signal: AbortSignal): void {
  const grace = d.grace ?? 300;
  const trusted = d.trusted ?? ((e: Event) => e.isTrusted);
  let lastKey = -Infinity;
  let x = 0;
  let y = 0;
  let intent: ReturnType<typeof setTimeout> | null = null;
  let hide: ReturnType<typeof setTimeout> | null = null;
  let lastPointerType = 'mouse';
  const clearIntent = () => {
    if (intent) clearTimeout(intent);
    intent = null;
  };
  const clearHide = () => {
    if (hide) clearTimeout(hide);
    hide = null;
  };
  const startHide = () => {
    const cur = d.current();
    if (!cur || cur.pinned || hide) return;
    hide = setTimeout(() => {
      hide = null;
      const c = d.current();
      if (c && !c.pinned) d.close();
    }, grace);
  };
  const find = (px: number, py: number): PageMention | null => {
    const list = d.mentions();
    const i = hitTest(d.doc, list, px, py);
    return i >= 0 ? (list[i] as PageMention) : null;
  };
  signal.addEventListener('abort', () => {
    clearIntent();
    clearHide();
  });

  d.doc.addEventListener(
    'pointermove',
    (e) => {
      if (!trusted(e)) return;
      lastPointerType = e.pointerType || 'mouse';
      if (lastPointerType === 'touch') return;
      x = e.clientX;
      y = e.clientY;
      if (d.isCard(e.target)) {
        clearIntent();
        clearHide();
        return;
      }
      const cur = d.current();
      if (cur) {
        // Still over the open mention: nothing to do; elsewhere: the grace period starts.
        if (pointInRects(cur.mention.range.getClientRects(), x, y)) {
          clearHide();
          clearIntent();
          return;
        }
        startHide();
      }
      clearIntent();
      if (d.mentions().length === 0) return;
      intent = setTimeout(() => {
        intent = null;
        const m = find(x, y);
        if (m && m !== d.current()?.mention) {
          clearHide();
          d.open(m, 'hover', { x, y });
        }
      }, Math.max(0, d.delay()));
    },
    { capture: true, passive: true, signal },
  );

  d.doc.addEventListener(
    'pointerdown',
    (e) => {
      if (trusted(e)) lastPointerType = e.pointerType || 'mouse';
    },
    { capture: true, passive: true, signal },
  );

  // Pointer left the window: the card goes after the grace period (unless pinned).
  d.doc.documentElement.addEventListener('pointerleave', () => {
    clearIntent();
    startHide();
  }, { signal });

  // A focus change within a moment of a trusted key press (Tab, arrows, a screen reader's keys) is keyboard navigation.
  d.doc.addEventListener(
    'keydown',
    (e) => {
      if (trusted(e)) lastKey = e.timeStamp;
    },
    { capture: true, passive: true, signal },
  );

  // Keyboard focus on an element that holds a mention (typically a link around a name).
  d.doc.addEventListener(
    'focusin',
    (e) => {
      const el = e.target;
      if (!trusted(e) || e.timeStamp - lastKey > KEY_FOCUS_WINDOW) {
        // Focus moved by a script (or a synthetic event): it may close a focus-opened card, never open one.
        const cur = d.current();
        if (cur && !cur.pinned && cur.how === 'focus' && !d.isCard(el)) d.close();
        return;
      }
      if (d.isCard(el)) {
        clearHide();
        return;
      }
      clearIntent();
      const cur = d.current();
      const list = d.mentions();
      let m: PageMention | null = null;
      if (el instanceof Element && el !== d.doc.body && el !== d.doc.documentElement) {
        const i = firstAfter(list, el, 0);
        const cand = list[i];
        if (cand && el.contains(cand.range.startContainer)) m = cand;
      }
      if (!m) {
        if (cur && !cur.pinned && cur.how === 'focus') d.close();
        return;
      }
      const target = m;
      intent = setTimeout(() => {
        intent = null;
        if (target !== d.current()?.mention) d.open(target, 'focus');
      }, Math.max(0, d.delay()));
    },
    { capture: true, signal },
  );

  d.doc.addEventListener(
    'click',
    (e) => {
      if (d.isCard(e.target)) return;
      if (trusted(e) && (lastPointerType === 'touch' || lastPointerType === 'pen')) {
        const m = find(e.clientX, e.clientY);
        if (m) {
          clearHide();
          d.open(m, 'tap', { x: e.clientX, y: e.clientY });
          return;
        }
      }
      // A click elsewhere closes an unpinned card.
      const cur = d.current();
      if (cur && !cur.pinned && !pointInRects(cur.mention.range.getClientRects(), e.clientX, e.clientY)) d.close();
    },
    { capture: true, passive: true, signal },
  );
}
