/**
 * The page's text as one string, with a map back to DOM text nodes. Text is joined across inline
 * elements (a name may span <a> or <b>), block boundaries become "\n", and regions that are not prose
 * (scripts, styles, form fields, editable regions, code, our own UI) are skipped.
 */

/** Elements whose text is never annotated; the whole subtree is skipped. Local names (lower case in HTML). */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title',
]);

/** Phrasing elements that do not break a line (HTML §3.2.5.2.5); everything else is a block boundary. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'label', 'mark', 'q',
  'ruby', 'rb', 'rt', 'rp', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'nobr', 'big', 'tt',
  // Our own fallback wrappers (see highlighter.ts) must not split a name either.
  'hamish-m',
]);

/** Tag name of the shadow host of the card (its subtree is our UI, never page text). */
export const UI_HOST_TAG = 'hamish-card';

export interface TextLayer {
  /** The joined text: what the matcher scans. */
  text: string;
  /** Text nodes in document order… */
  nodes: Text[];
  /** …and where each begins in `text`. */
  starts: number[];
}

/** Whether an element's subtree must be skipped (its local name, or an editing host). */
function skippedByName(el: Element, name: string): boolean {
  if (SKIP.has(name) || name === UI_HOST_TAG) return true;
  // contenteditable="" / "true" / "plaintext-only" make an editing host; "false" does not.
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/** Whether an element's subtree must be skipped. */
export function isSkipped(el: Element): boolean {
  return skippedByName(el, el.localName.toLowerCase());
}

/** Whether an element is phrasing content that does not break a line. */
export function isInline(el: Element): boolean {
  return INLINE.has(el.localName.toLowerCase());
}

/** Moves the walker past the current node's subtree; the next node in document order, or null. */
function nextOutside(walker: TreeWalker, root: Node): Node | null {
  for (;;) {
    const sib = walker.nextSibling();
    if (sib) return sib;
    const up = walker.parentNode();
    if (!up || up === root) return null;
  }
}

/**
 * Collects the text under `root` (a document's body, or a changed region of it). Hot: it reads every
 * text node of the page, so it does no string work per node beyond reading the data (local names are
 * already lower case in HTML documents; a cold run here was 7.7 ms median with tagName.toUpperCase()
 * per element, 5.1 ms without, on the bench's 2,500-node page).
 */
export function collectText(root: Node): TextLayer {
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  // A region root that is itself skipped (e.g. a <pre> that changed), or inside an editing host or a
  // designMode document (isContentEditable is inherited, HTML §6.8.1), yields nothing.
  if (root.nodeType === 1 && (isSkipped(root as Element) || (root as HTMLElement).isContentEditable === true)) return { text: '', nodes, starts };
  if (doc.designMode === 'on') return { text: '', nodes, starts };
  let length = 0;
  let nl = true; // the text so far ends a line
  let lastBlock: Node | null = null;
  let lastParent: Node | null = null;
  // Nearest block ancestor of each parent element seen.
  const blocks = new Map<Node, Node>();
  // No JS filter: a filter callback per node costs more than the walk itself. Skipped subtrees are
  // stepped over by hand instead.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let n = walker.nextNode();
  while (n) {
    if (n.nodeType === 1) {
      const name = (n as Element).localName;
      if (skippedByName(n as Element, name)) {
        n = nextOutside(walker, root);
        continue;
      }
      // <br> is a line break.
      if (name === 'br' && !nl) {
        parts.push('\n');
        length++;
        nl = true;
      }
      n = walker.nextNode();
      continue;
    }
    const t = n as Text;
    n = walker.nextNode();
    const data = t.data;
    if (data.length === 0) continue;
    const parent = t.parentNode as Node;
    let block: Node;
    if (parent === lastParent) block = lastBlock as Node;
    else {
      block = root;
      for (let p: Node | null = parent; p && p !== root; p = p.parentNode) {
        const known = blocks.get(p);
        if (known) {
          block = known;
          break;
        }
        if (p.nodeType === 1 && !INLINE.has((p as Element).localName)) {
          block = p;
          break;
        }
      }
      blocks.set(parent, block);
      lastParent = parent;
    }
    if (lastBlock !== null && block !== lastBlock && !nl) {
      parts.push('\n');
      length++;
    }
    lastBlock = block;
    nodes.push(t);
    starts.push(length);
    parts.push(data);
    length += data.length;
    nl = data.charCodeAt(data.length - 1) === 10;
  }
  return { text: parts.join(''), nodes, starts };
}

/** Index of the last node whose start is <= offset (binary search). */
function nodeAt(layer: TextLayer, offset: number): number {
  let lo = 0;
  let hi = layer.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((layer.starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM Range for [start, end) of `layer.text`, or null when the span covers no text node. */
export function rangeFor(layer: TextLayer, start: number, end: number): Range | null {
  if (layer.nodes.length === 0 || end <= start) return null;
  let si = nodeAt(layer, start);
  let sNode = layer.nodes[si] as Text;
  let sOff = start - (layer.starts[si] as number);
  // A start that falls on an inserted "\n" (past the node's end) moves to the next node.
  if (sOff >= sNode.data.length && si + 1 < layer.nodes.length) {
    si += 1;
    sNode = layer.nodes[si] as Text;
    sOff = 0;
  }
  // Most mentions lie in one text node: one search, not two.
  const last = end - 1;
  const ei = last >= (layer.starts[si] as number) && last < (layer.starts[si + 1] ?? Infinity) ? si : nodeAt(layer, last);
  const eNode = layer.nodes[ei] as Text;
  const eOff = Math.min(end - (layer.starts[ei] as number), eNode.data.length);
  if (ei < si) return null;
  const r = (sNode.ownerDocument ?? document).createRange();
  // End first: a new range sits at the document's start, so setting the start first would move it past
  // the end and make the browser compare tree positions and collapse (1,790 ranges: 10.3 → 6.0 ms cold).
  r.setEnd(eNode, eOff);
  r.setStart(sNode, Math.min(sOff, sNode.data.length));
  return r;
}
