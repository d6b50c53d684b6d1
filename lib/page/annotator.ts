/**
 * Finds and draws the mentions of a document, and keeps them current as the page changes.
 *
 * A full pass reads the whole body as one document (so a short name is licensed by a full name
 * anywhere on the page), scans it once, and draws the mentions inside the viewport first; the rest
 * are drawn in idle-time chunks. After that a MutationObserver re-reads only the blocks that were
 * added or changed (batched), and mentions whose text was removed are dropped.
 * After each pass `data-hamish-count` on <html> holds the number of highlighted mentions.
 */
import type { EntityType } from '../kb/pack';
import type { Mention } from '../match/types';
import type { Highlighter } from './highlighter';
import { insertionPoint, isLive, type PageMention } from './mention-index';
import { collectText, isInline, isSkipped, rangeFor, UI_HOST_TAG, type TextLayer } from './text-layer';

export interface AnnotatorDeps {
  doc: Document;
  highlighter: Highlighter;
  /** Scans one document's text (each mention with its best candidate's type: enough to draw it). */
  scan(text: string): Mention[];
  /**
   * Fetches the entries of these ids (for the card and the popup's list). Drawing does not wait for it:
   * it runs while the visible mentions are already on screen, and a pass ends when it has arrived.
   */
  resolve(ids: string[]): Promise<void>;
  /** Whether mentions of this type are shown (settings). */
  showType(type: EntityType): boolean;
  /** Called after each pass with the current mentions. */
  onUpdate?(mentions: readonly PageMention[]): void;
  /** Batching delay for page mutations, ms. */
  mutationDelay?: number;
}

/** Attribute on <html>: the number of highlighted mentions after the last pass (for tests and automation). */
export const COUNT_ATTR = 'data-hamish-count';

const isBlock = (el: Element) => !isInline(el);

/**
 * The mentions inside the viewport, and the others. Mentions are in document order, which is close
 * to vertical order: a binary search finds the first one at or below the top of the viewport and a
 * walk collects those up to its bottom, so only a few dozen rects are measured, not one per mention.
 */
export function splitVisible(all: PageMention[], win: Window | null): { first: PageMention[]; rest: PageMention[] } {
  if (!win || all.length === 0) return { first: [], rest: all };
  const vh = win.innerHeight;
  const vw = win.innerWidth;
  const rect = (i: number) => (all[i] as PageMention).range.getBoundingClientRect();
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rect(mid).bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  const firstIdx = new Set<number>();
  let misses = 0;
  for (let i = lo; i < all.length && misses < 20; i++) {
    const r = rect(i);
    const inView = r.bottom >= 0 && r.top <= vh && r.right >= 0 && r.left <= vw && (r.width > 0 || r.height > 0);
    if (inView) {
      firstIdx.add(i);
      misses = 0;
    } else misses++;
  }
  const first: PageMention[] = [];
  const rest: PageMention[] = [];
  all.forEach((m, i) => (firstIdx.has(i) ? first : rest).push(m));
  return { first, rest };
}

/** User Timing marks for the bench (the page's timeline is shared with content scripts); no page text in them. */
const mark = (name: string) => {
  try {
    performance.mark(name);
  } catch {
    /* no User Timing */
  }
};

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
/** A User Timing measure (time the page spent in one incremental update). */
const measure = (name: string, start: number) => {
  try {
    performance.measure(name, { start });
  } catch {
    /* no User Timing */
  }
};

type Idle = (cb: (deadline: { timeRemaining(): number }) => void) => void;
const idle: Idle =
  typeof requestIdleCallback === 'function'
    ? (cb) => void requestIdleCallback(cb, { timeout: 200 })
    : (cb) => void setTimeout(() => cb({ timeRemaining: () => 8 }), 1);

export class Annotator {
  /** Drawn mentions, in document order. */
  mentions: PageMention[] = [];
  private gen = 0;
  private observer: MutationObserver | null = null;
  private pendingRoots = new Set<Node>();
  private pendingRemovals = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private running = false;

  constructor(private readonly d: AnnotatorDeps) {}

  /** Annotates the document and starts following its changes. Resolves when the first pass is drawn. */
  start(): Promise<void> {
    this.running = true;
    const body = this.d.doc.body;
    if (body && !this.observer) {
      const MO = (this.d.doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;
      this.observer = new MO((records) => this.onMutations(records));
      this.observer.observe(body, { childList: true, subtree: true, characterData: true });
    }
    return this.enqueue(() => this.fullPass());
  }

  /** Stops following changes and removes every highlight. */
  stop(): void {
    this.running = false;
    this.gen++;
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pendingRoots.clear();
    this.d.highlighter.clear();
    this.mentions = [];
    this.setCount();
    this.d.onUpdate?.(this.mentions);
  }

  /** Clears and annotates again (matcher or type settings changed). */
  rerun(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return this.enqueue(() => this.fullPass());
  }

  /** Waits for queued passes (tests, page.mentions). */
  idle(): Promise<void> {
    return this.queue;
  }

  /** Removes the mentions whose best candidate is `id` (the reader hid it; the new matcher follows). */
  dropEntity(id: string): void {
    this.mentions = this.mentions.filter((m) => {
      if (m.ids[0] !== id) return true;
      this.d.highlighter.remove(m);
      return false;
    });
    this.setCount();
    this.d.onUpdate?.(this.mentions);
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(job).catch((e: unknown) => console.error('hamish: annotation failed', e instanceof Error ? e.message : e));
    return this.queue;
  }

  private setCount(): void {
    this.d.doc.documentElement?.setAttribute(COUNT_ATTR, String(this.mentions.length));
  }

  /** Mentions of a text layer, types shown by the settings only, as ranges. */
  private build(layer: TextLayer, found: Mention[], offset = 0): PageMention[] {
    const out: PageMention[] = [];
    for (const m of found) {
      if (!this.d.showType(m.type)) continue;
      const range = rangeFor(layer, m.start - offset, m.end - offset);
      if (range) out.push({ range, ids: m.ids, type: m.type, short: m.short });
    }
    return out;
  }

  /** Entries of these mentions, fetched in the background of drawing (see `resolve`); never throws. */
  private fetchEntries(list: readonly PageMention[]): Promise<void> {
    const ids = new Set<string>();
    for (const m of list) for (const id of m.ids) ids.add(id);
    return ids.size ? this.d.resolve([...ids]).catch(() => undefined) : Promise.resolve();
  }

  private async fullPass(): Promise<void> {
    const gen = ++this.gen;
    const body = this.d.doc.body;
    this.d.highlighter.clear();
    this.takeOwnRecords();
    this.mentions = [];
    if (!body) return this.finish();
    const layer = collectText(body);
    const all = this.build(layer, this.d.scan(layer.text));

    // Visible first: what is inside the viewport now is drawn before anything else.
    const { first, rest } = splitVisible(all, this.d.doc.defaultView);
    for (const m of first) this.d.highlighter.add(m);
    this.takeOwnRecords();
    this.mentions = first;
    this.d.onUpdate?.(this.mentions);
    mark('hamish:visible');
    const entries = this.fetchEntries(all);

    // The rest in idle-time chunks.
    let i = 0;
    while (i < rest.length) {
      const deadline = await new Promise<{ timeRemaining(): number }>((res) => idle(res));
      if (gen !== this.gen) return;
      const stopAt = i + 50;
      do this.d.highlighter.add(rest[i++] as PageMention);
      while (i < rest.length && (i < stopAt || deadline.timeRemaining() > 2));
      this.takeOwnRecords();
    }
    // Hover and keyboard use every drawn mention at once; the pass (count, popup) ends with the entries.
    this.mentions = all.filter(isLive);
    await entries;
    if (gen !== this.gen) return;
    this.finish();
    mark('hamish:pass');
  }

  private finish(): void {
    this.setCount();
    this.d.onUpdate?.(this.mentions);
  }

  /** In wrap mode our own DOM writes are mutations too: they are not the page's and are dropped. */
  private takeOwnRecords(): void {
    if (this.d.highlighter.mode === 'wrap') this.observer?.takeRecords();
  }

  private isOurs(n: Node): boolean {
    for (let e: Node | null = n; e; e = e.parentNode) {
      if (e.nodeType === 1 && ((e as Element).tagName.toLowerCase() === UI_HOST_TAG || isSkipped(e as Element))) return true;
    }
    return false;
  }

  /** The block to re-read for a change at `n`: its nearest non-phrasing ancestor. */
  private blockFor(n: Node): Node | null {
    const body = this.d.doc.body;
    let e: Node | null = n.nodeType === 1 ? n : n.parentNode;
    while (e && e !== body && e.nodeType === 1 && !isBlock(e as Element)) e = e.parentNode;
    return e;
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        if (!this.isOurs(r.target)) this.addRoot(r.target);
        continue;
      }
      if (r.removedNodes.length) this.pendingRemovals = true;
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType !== 1 && n.nodeType !== 3) continue;
        if (this.isOurs(n)) continue;
        // An inline piece joins its neighbours' text: re-read the enclosing block.
        this.addRoot(n.nodeType === 1 && isBlock(n as Element) ? n : r.target);
      }
      // A removal can join two pieces of text into one name: re-read where it happened.
      if (r.removedNodes.length && !this.isOurs(r.target)) this.addRoot(r.target);
    }
    if ((this.pendingRoots.size || this.pendingRemovals) && !this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.enqueue(() => this.incremental());
      }, this.d.mutationDelay ?? 150);
    }
  }

  private addRoot(n: Node): void {
    const b = this.blockFor(n);
    if (b) this.pendingRoots.add(b);
  }

  private async incremental(): Promise<void> {
    const t0 = now();
    const body = this.d.doc.body;
    const roots = [...this.pendingRoots].filter((n) => n.isConnected);
    this.pendingRoots.clear();
    this.pendingRemovals = false;
    // Removed text: its mentions go.
    const kept = this.mentions.filter((m) => {
      if (isLive(m)) return true;
      this.d.highlighter.remove(m);
      return false;
    });
    // Outermost roots only; a change at the body itself is a new page: read it all.
    const outer = roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));
    if (outer.some((r) => r === body)) return this.fullPass();
    const fresh: PageMention[] = [];
    // Full names already on the page license short names in the new text (one document): one name per
    // entry is enough, and reading a range's text is a DOM call, so at most 300 of them.
    const licensed = new Set<string>();
    const names: string[] = [];
    for (const m of kept) {
      if (m.short || licensed.has(m.ids[0] as string)) continue;
      licensed.add(m.ids[0] as string);
      names.push(m.range.toString());
      if (names.length === 300) break;
    }
    const prefix = names.length ? names.join('\n') + '\n' : '';
    // The list stays in document order without sorting it again. A root's old mentions are found by
    // containment rather than by position, which holds even where a moved node's ranges stay whole
    // (the DOM standard's "remove" collapses them; happy-dom does not). What is left is in order and
    // has no mention inside the root, so the new ones go where a binary search puts them.
    let list = kept;
    for (const root of outer) {
      list = list.filter((m) => {
        if (!root.contains(m.range.startContainer)) return true;
        this.d.highlighter.remove(m);
        return false;
      });
      const layer = collectText(root);
      const found = layer.text.trim() ? this.d.scan(prefix + layer.text).filter((m) => m.start >= prefix.length) : [];
      const added = this.build(layer, found, prefix.length);
      for (const m of added) this.d.highlighter.add(m);
      list.splice(insertionPoint(list, root), 0, ...added);
      fresh.push(...added);
    }
    this.takeOwnRecords();
    this.mentions = list;
    this.finish();
    measure('hamish:update', t0);
    // After drawing: the popup's list waits for the queue, so its labels are there when it asks.
    await this.fetchEntries(fresh);
  }
}
