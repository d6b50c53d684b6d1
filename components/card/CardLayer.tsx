/**
 * The connected card: owns the shadow-root UI, loads entries through the KB client, places the card
 * next to its mention and keeps it there through scroll and zoom, and wires the actions.
 * The markup itself is EntityCard's (pure).
 */
import { render } from 'preact';
import type { Entry } from '@/lib/kb/pack';
import type { Highlighter } from '@/lib/page/highlighter';
import type { KbClient } from '@/lib/page/kb-client';
import type { PageMention } from '@/lib/page/mention-index';
import { placeCard } from '@/lib/page/placement';
import { EntityCard, names, type CandidateInfo, type Translate } from './EntityCard';

/** How a card was opened: only 'keyboard' (next / previous, reveal) moves the focus into it. */
export type OpenHow = 'hover' | 'tap' | 'focus' | 'keyboard';

/** The shadow-root host as the content script mounts it (WXT createShadowRootUi). */
export interface CardMount {
  host: HTMLElement;
  container: HTMLElement;
  shadow: ShadowRoot;
}

export interface CardLayerDeps {
  doc: Document;
  kb: KbClient;
  t: Translate;
  lang(): 'ar' | 'en';
  highlighter: Highlighter;
  /** Creates (once) and returns the shadow-root UI. */
  mount(): Promise<CardMount>;
  onEdit(id: string): void;
  onHide(id: string): Promise<void>;
}

interface OpenState {
  mention: PageMention;
  /** The candidate shown (the best one unless the reader picked another). */
  id: string;
  pinned: boolean;
  how: OpenHow;
  pointer?: { x: number; y: number };
}

/** Stops a synthetic click (dispatched by a script, not the user) and its default action, such as following a link. */
export function refuseSynthetic(e: Event): void {
  if (e.isTrusted) return;
  e.preventDefault();
  e.stopPropagation();
}

export class CardLayer {
  private state: OpenState | null = null;
  private ui: CardMount | null = null;
  private token = 0;
  private returnFocus: Element | null = null;
  private announceText = '';
  private frame = 0;
  private readonly abort = new AbortController();

  constructor(private readonly d: CardLayerDeps) {
    const win = d.doc.defaultView;
    const follow = () => this.schedulePlace();
    // Follow the mention through scrolling (of the page or any scroller), resizing and pinch-zoom.
    d.doc.addEventListener('scroll', follow, { capture: true, passive: true, signal: this.abort.signal });
    win?.addEventListener('resize', follow, { passive: true, signal: this.abort.signal });
    win?.visualViewport?.addEventListener('resize', follow, { passive: true, signal: this.abort.signal });
    win?.visualViewport?.addEventListener('scroll', follow, { passive: true, signal: this.abort.signal });
  }

  /** The open card's mention and pin state. */
  current(): { mention: PageMention; pinned: boolean; id: string; how: OpenHow } | null {
    return this.state ? { mention: this.state.mention, pinned: this.state.pinned, id: this.state.id, how: this.state.how } : null;
  }

  /** Whether an event target is the card (events from the shadow root are retargeted to the host). */
  isCard(target: EventTarget | null): boolean {
    return !!this.ui && target === this.ui.host;
  }

  /** Opens the card of a mention. A newer open supersedes one still waiting for its entries. */
  async open(mention: PageMention, how: OpenHow, pointer?: { x: number; y: number }, id?: string): Promise<boolean> {
    const token = ++this.token;
    const ids = mention.ids;
    const chosen = id && ids.includes(id) ? id : (ids[0] as string);
    if (ids.some((i) => this.d.kb.peek(i) === undefined)) {
      await this.d.kb.ensure(ids);
      if (token !== this.token) return false;
    }
    if (!this.d.kb.peek(chosen)) return false;
    if (!this.ui) {
      this.ui = await this.d.mount();
      if (token !== this.token) return false;
    }
    if (how === 'keyboard' && !this.state) this.returnFocus = this.d.doc.activeElement;
    const keepPin = this.state?.mention === mention && this.state.pinned;
    this.state = { mention, id: chosen, pinned: keepPin, how, pointer };
    this.d.highlighter.setActive(mention);
    this.paint();
    const entry = this.d.kb.peek(chosen) as Entry;
    this.announce(this.d.t('card_announce', [names(entry.label, this.d.lang()).primary, this.d.t(`type_${entry.type}`)]));
    if (how === 'keyboard') this.cardEl()?.focus({ preventScroll: true });
    return true;
  }

  /** Closes the card (a pinned one too); focus goes back where it was when the keyboard opened it. */
  close(): void {
    if (!this.state) return;
    this.token++;
    const hadFocus = !!this.ui?.shadow.activeElement;
    this.state = null;
    this.d.highlighter.setActive(null);
    this.paint();
    if (hadFocus) {
      const back = this.returnFocus as HTMLElement | null;
      if (back && back.isConnected && typeof back.focus === 'function') back.focus({ preventScroll: true });
    }
    this.returnFocus = null;
  }

  togglePin(): void {
    if (!this.state) return;
    this.state = { ...this.state, pinned: !this.state.pinned };
    this.paint();
  }

  /** The mention's entries changed (matcher reloaded): the card goes if its mention went. */
  refresh(live: readonly PageMention[]): void {
    if (this.state && !live.includes(this.state.mention)) this.close();
  }

  destroy(): void {
    this.abort.abort();
    cancelAnimationFrame(this.frame);
    if (this.ui) render(null, this.ui.container);
  }

  private cardEl(): HTMLElement | null {
    return (this.ui?.shadow.querySelector('.card') as HTMLElement | null) ?? null;
  }

  private announce(text: string): void {
    // Cleared first so that the same text is announced again.
    this.announceText = '';
    this.paint();
    setTimeout(() => {
      this.announceText = text;
      this.paint();
    }, 50);
  }

  private paint(): void {
    if (!this.ui) return;
    const s = this.state;
    const entry = s ? this.d.kb.peek(s.id) : null;
    const lang = this.d.lang();
    const candidates: CandidateInfo[] = s
      ? s.mention.ids
          .filter((i) => i !== s.id)
          .map((i) => this.d.kb.peek(i))
          .filter((e): e is Entry => !!e)
          .map((e) => ({ id: e.id, type: e.type, label: e.label }))
      : [];
    render(
      // Every action in the card (pin, hide, edit, other candidates, links) follows a real gesture only: a
      // click the page dispatched (isTrusted false) is stopped before any button or link sees it.
      <div class="layer" onKeyDown={(e) => this.onKey(e)} onClickCapture={refuseSynthetic}>
        <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
          {this.announceText}
        </div>
        {s && entry && (
          <EntityCard
            key={entry.id}
            entry={entry}
            lang={lang}
            candidates={candidates}
            pinned={s.pinned}
            t={this.d.t}
            onPin={() => this.togglePin()}
            onClose={() => this.close()}
            onEdit={(id) => this.d.onEdit(id)}
            onHide={(id) => {
              const label = names(entry.label, lang).primary;
              this.close();
              void this.d.onHide(id).then(() => this.announce(this.d.t('card_hidden', label)));
            }}
            onSelect={(id) => void this.open(s.mention, this.ui?.shadow.activeElement ? 'keyboard' : s.how, s.pointer, id)}
          />
        )}
      </div>,
      this.ui.container,
    );
    if (s) this.place();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
    }
  }

  private schedulePlace(): void {
    if (!this.state || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  /** Places the card by its mention; an unpinned card whose mention left the viewport closes. */
  private place(): void {
    const s = this.state;
    const card = this.cardEl();
    const ui = this.ui;
    if (!s || !card || !ui) return;
    const win = this.d.doc.defaultView as Window;
    const rects = Array.from(s.mention.range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
    const vw = this.d.doc.documentElement.clientWidth || win.innerWidth;
    const vh = this.d.doc.documentElement.clientHeight || win.innerHeight;
    const inView = rects.some((r) => r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw);
    if (rects.length === 0 || (!inView && !s.pinned)) {
      this.close();
      return;
    }
    // A zoomed page (CSS `zoom` on an ancestor of our host) would scale the card: undo it.
    const zoom = (ui.host as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    card.style.zoom = zoom && zoom !== 1 ? String(1 / zoom) : '';
    card.style.maxHeight = '';
    card.style.left = '0px';
    card.style.top = '0px';
    const size = card.getBoundingClientRect();
    const parent = s.mention.range.startContainer.parentElement;
    const dir = parent && win.getComputedStyle(parent).direction === 'ltr' ? 'ltr' : 'rtl';
    const p = placeCard({ anchor: rects, card: { width: size.width, height: size.height }, viewport: { width: vw, height: vh }, dir, pointer: s.pointer });
    if (size.height > p.maxHeight) card.style.maxHeight = `${Math.max(80, p.maxHeight)}px`;
    // The card's containing block is measured (a transformed or zoomed page moves it), then corrected once.
    card.style.left = `${p.left - size.left}px`;
    card.style.top = `${p.top - size.top}px`;
    const got = card.getBoundingClientRect();
    const dx = p.left - got.left;
    const dy = p.top - got.top;
    if (Math.abs(dx) > 0.5 || Math.abs(dy) > 0.5) {
      card.style.left = `${parseFloat(card.style.left) + dx}px`;
      card.style.top = `${parseFloat(card.style.top) + dy}px`;
    }
  }
}
