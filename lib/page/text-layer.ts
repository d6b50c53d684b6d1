/**
 * The page's text as one string, with a map back to DOM text nodes. Text is joined across inline
 * elements (a name may span <a> or <b>), block boundaries become "\n", and regions that are not prose
 * (scripts, styles, form fields, editable regions, code, our own UI) are skipped.
 */

/** Elements whose text is never annotated; the whole subtree is skipped. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);

/** Phrasing elements that do not break a line (HTML §3.2.5.2.5); everything else is a block boundary. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL', 'MARK', 'Q',
  'RUBY', 'RB', 'RT', 'RP', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'NOBR', 'BIG', 'TT',
  // Our own fallback wrappers (see highlighter.ts) must not split a name either.
  'HAMISH-M',
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

/** Whether an element's subtree must be skipped. */
export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag)) return true;
  if (tag === UI_HOST_TAG.toUpperCase()) return true;
  // contenteditable="" / "true" / "plaintext-only" make an editing host; "false" does not.
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() !== 'false') return true;
  return false;
}

/** Whether an element is phrasing content that does not break a line. */
export function isInline(el: Element): boolean {
  return INLINE.has(el.tagName.toUpperCase());
}

/** Nearest ancestor (or self) that is a block, below `root`; `root` itself otherwise. */
function blockOf(node: Node, root: Node, cache: Map<Node, Node>): Node {
  const parent = node.parentNode;
  if (!parent || parent === root) return root;
  const hit = cache.get(parent);
  if (hit) return hit;
  const b = parent.nodeType === 1 && !isInline(parent as Element) ? parent : blockOf(parent, root, cache);
  cache.set(parent, b);
  return b;
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

/** Collects the text under `root` (a document's body, or a changed region of it). */
export function collectText(root: Node): TextLayer {
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastChar = '\n';
  let lastBlock: Node | null = null;
  const cache = new Map<Node, Node>();
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1] ?? lastChar;
  };
  // No JS filter: a filter callback per node costs more than the walk itself. Skipped subtrees are
  // stepped over by hand instead.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  // A region root that is itself skipped (e.g. a <pre> that changed) yields nothing.
  if (root.nodeType === 1 && isSkipped(root as Element)) return { text: '', nodes, starts };
  let n = walker.nextNode();
  while (n) {
    if (n.nodeType === 1) {
      if (isSkipped(n as Element)) {
        n = nextOutside(walker, root);
        continue;
      }
      // <br> is a line break.
      if ((n as Element).tagName === 'BR' && lastChar !== '\n') push('\n');
      n = walker.nextNode();
      continue;
    }
    const t = n as Text;
    n = walker.nextNode();
    const data = t.data;
    if (data.length === 0) continue;
    const block = blockOf(t, root, cache);
    if (lastBlock !== null && block !== lastBlock && lastChar !== '\n') push('\n');
    lastBlock = block;
    nodes.push(t);
    starts.push(length);
    push(data);
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
  const ei = nodeAt(layer, end - 1);
  const eNode = layer.nodes[ei] as Text;
  const eOff = Math.min(end - (layer.starts[ei] as number), eNode.data.length);
  if (ei < si) return null;
  const r = (sNode.ownerDocument ?? document).createRange();
  r.setStart(sNode, Math.min(sOff, sNode.data.length));
  r.setEnd(eNode, eOff);
  return r;
}
