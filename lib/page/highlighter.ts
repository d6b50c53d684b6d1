/**
 * Draws mentions. With the CSS Custom Highlight API the page's DOM is never touched: ranges go into
 * one `Highlight` per entity type. Where the API is missing, each mention's text is wrapped in an
 * inline `<hamish-m>` (no box of its own, so layout, selection and links behave as before).
 */
import { ENTITY_TYPES, type EntityType } from '../kb/entity-types';
import { ACTIVE_HIGHLIGHT, WRAP_TAG, highlightName } from './highlight-style';
import type { PageMention } from './mention-index';

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

/** Whether the Custom Highlight API is there (Chromium 105+, Safari 17.2+, Firefox 140+). */
export function hasHighlightApi(win: Window & typeof globalThis = window): boolean {
  const css = (win as { CSS?: { highlights?: unknown } }).CSS;
  return !!css?.highlights && typeof (win as { Highlight?: unknown }).Highlight === 'function';
}

export interface Highlighter {
  readonly mode: 'highlight' | 'wrap';
  add(m: PageMention): void;
  remove(m: PageMention): void;
  /** Marks the mention whose card is open (null: none). */
  setActive(m: PageMention | null): void;
  /** Removes every highlight (and, in wrap mode, every wrapper). */
  clear(): void;
}

/** Registry-based highlighter (the normal case). */
function registryHighlighter(win: Window & typeof globalThis): Highlighter {
  const registry = win.CSS.highlights;
  const Ctor = (win as unknown as { Highlight: HighlightCtor }).Highlight;
  const byType = new Map<EntityType, Highlight>();
  let active: Highlight | null = null;
  const get = (type: EntityType) => {
    let h = byType.get(type);
    if (!h) {
      h = new Ctor();
      byType.set(type, h);
      registry.set(highlightName(type), h);
    }
    return h;
  };
  return {
    mode: 'highlight',
    add: (m) => void get(m.type).add(m.range),
    remove: (m) => void byType.get(m.type)?.delete(m.range),
    setActive(m) {
      if (!m) {
        active?.clear();
        return;
      }
      if (!active) {
        active = new Ctor();
        active.priority = 1;
        registry.set(ACTIVE_HIGHLIGHT, active);
      }
      active.clear();
      active.add(m.range);
    },
    clear() {
      for (const type of ENTITY_TYPES) registry.delete(highlightName(type));
      registry.delete(ACTIVE_HIGHLIGHT);
      byType.clear();
      active = null;
    },
  };
}

/** Text nodes a range covers, split so that each lies wholly inside it. */
function textNodesIn(range: Range): Text[] {
  const out: Text[] = [];
  const doc = range.startContainer.ownerDocument as Document;
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) {
    out.push(root as Text);
  } else {
    const w = doc.createTreeWalker(root, 0x4);
    for (let n = w.nextNode(); n; n = w.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
  }
  const sc = range.startContainer, so = range.startOffset, ec = range.endContainer, eo = range.endOffset;
  return out
    .map((t) => {
      let node = t;
      const end = t === ec ? eo : t.data.length;
      const start = t === sc ? so : 0;
      if (end < node.data.length) node.splitText(end);
      if (start > 0) node = node.splitText(start);
      return node;
    })
    .filter((t) => t.data.length > 0);
}

/** Wrapping highlighter, for browsers without the Custom Highlight API. */
export function wrapHighlighter(doc: Document): Highlighter {
  const wrappers = new WeakMap<Range, Element[]>();
  const all = new Set<Element>();
  let activeEls: Element[] = [];
  const unwrap = (els: readonly Element[]) => {
    for (const el of els) {
      const parent = el.parentNode;
      all.delete(el);
      if (!parent) continue;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      el.remove();
    }
  };
  return {
    mode: 'wrap',
    add(m) {
      const els: Element[] = [];
      for (const t of textNodesIn(m.range)) {
        const el = doc.createElement(WRAP_TAG);
        el.setAttribute('data-hamish-type', m.type);
        t.parentNode?.insertBefore(el, t);
        el.appendChild(t);
        els.push(el);
        all.add(el);
      }
      const first = els[0]?.firstChild;
      const last = els[els.length - 1]?.firstChild as Text | undefined;
      if (!first || !last) return;
      // The range now spans exactly the wrapped text.
      m.range.setStart(first, 0);
      m.range.setEnd(last, last.data.length);
      wrappers.set(m.range, els);
    },
    remove(m) {
      const els = wrappers.get(m.range);
      if (els) unwrap(els);
      wrappers.delete(m.range);
    },
    setActive(m) {
      for (const el of activeEls) el.removeAttribute('data-hamish-active');
      activeEls = (m && wrappers.get(m.range)) || [];
      for (const el of activeEls) el.setAttribute('data-hamish-active', '');
    },
    clear() {
      unwrap([...all]);
      activeEls = [];
    },
  };
}

/** The highlighter for this window: the registry where it exists, wrapping otherwise. */
export function createHighlighter(win: Window & typeof globalThis = window): Highlighter {
  return hasHighlightApi(win) ? registryHighlighter(win) : wrapHighlighter(win.document);
}
