/**
 * The page layer's wiring: settings → annotator (text layer, matcher, highlights) → hover, keyboard
 * and touch → card. Logic lives in lib/page/ and components/card/.
 *
 * Frames: the script runs in every frame of the default sites (`allFrames`, plus `matchAboutBlank` for
 * same-origin about:blank / srcdoc frames). Each frame annotates its own document: the highlight
 * registry and `::highlight()` styles are per document, so drawing into a child document from the
 * top frame would need that document's registry anyway, and a frame's own script also follows its
 * own mutations and settles its own hit-testing. Only the top frame answers the tab messages
 * (counts, reveal, next/previous), so the popup gets one answer.
 */
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CardLayer, type CardMount } from '@/components/card/CardLayer';
import { CARD_CSS } from '@/components/card/card-css';
import { t } from '@/lib/i18n/t';
import { send } from '@/lib/messaging/send';
import { Annotator } from '@/lib/page/annotator';
import { highlightCss } from '@/lib/page/highlight-style';
import { createHighlighter } from '@/lib/page/highlighter';
import { initHover } from '@/lib/page/hover';
import { KbClient } from '@/lib/page/kb-client';
import type { PageMention } from '@/lib/page/mention-index';
import { pickMention, scrollToMention } from '@/lib/page/navigate';
import { handleTabMessage } from '@/lib/page/page-messages';
import { pageStyle } from '@/lib/page/page-style';
import { UI_HOST_TAG } from '@/lib/page/text-layer';
import type { Matcher } from '@/lib/match';
import type { Effective } from '@/lib/settings/live';
import { normalizeSettings } from '@/lib/settings/migrations';
import { DEFAULT_MATCHES } from '@/lib/settings/sites';

/** This frame's host; a same-origin about:blank / srcdoc frame takes its creator's. */
function frameHost(): string {
  if (location.hostname) return location.hostname;
  try {
    return self.origin && self.origin !== 'null' ? new URL(self.origin).hostname : '';
  } catch {
    return '';
  }
}

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  async main(ctx) {
    // The popup may inject the script again into a tab that already has it.
    const w = window as Window & { __hamishPage?: boolean };
    if (w.__hamishPage) return;
    w.__hamishPage = true;
    ctx.onInvalidated(() => (w.__hamishPage = false));

    const isTop = window === window.top;
    const host = frameHost();
    // Started at document_start so that the settings and the matcher arrive while the page is still
    // parsing; the annotation itself waits for the DOM.
    const domReady =
      document.readyState === 'loading' ? new Promise<void>((ok) => document.addEventListener('DOMContentLoaded', () => ok(), { once: true })) : Promise.resolve();
    const kb = new KbClient(send);
    // The matcher is asked for at once, beside the settings (two round trips in parallel, not in turn).
    const early = kb.getMatcher().catch(() => null);
    // Settings come from the background as a read-only snapshot (storage is the background's; on Chrome it is
    // closed to content scripts). Without an answer Hamish stays off on this page.
    const snapshot = (): Promise<Effective> =>
      send('settings.get', { host }).catch(() => ({ settings: normalizeSettings(undefined), siteEnabled: false, active: false }));
    let eff: Effective = await snapshot();
    if (!eff.active) kb.release();
    const highlighter = createHighlighter(window);
    const style = pageStyle(document);
    let matcher: Matcher | null = null;
    let on = false;

    const annotator = new Annotator({
      doc: document,
      highlighter,
      scan: (text) => matcher?.scan(text) ?? [],
      resolve: (ids) => kb.ensure(ids),
      showType: (type) => eff.settings.types[type] !== false,
      onUpdate: (list) => card.refresh(list),
    });

    const mount = async (): Promise<CardMount> => {
      const ui = await createShadowRootUi(ctx, {
        name: UI_HOST_TAG,
        position: 'inline',
        // Closed: the page's scripts cannot reach the card's text, entry ids or buttons through host.shadowRoot.
        mode: 'closed',
        // Outside <body>: the page's body (its text and its DOM) stays exactly as it was.
        anchor: document.documentElement,
        append: 'last',
        css: CARD_CSS,
        isolateEvents: ['keydown', 'keyup', 'keypress'],
        onMount: () => undefined,
      });
      ui.mount();
      return { host: ui.shadowHost, container: ui.uiContainer, shadow: ui.shadow };
    };

    const card = new CardLayer({
      doc: document,
      kb,
      t,
      lang: () => eff.settings.cardLanguage,
      highlighter,
      mount,
      onEdit: (id) => openOptions(id),
      onHide: async (id) => {
        annotator.dropEntity(id);
        kb.forget(id);
        await send('entry.hide', { id }).catch(() => undefined);
      },
    });
    // The extension was reloaded or updated: this copy lets go of the page (the new one redraws).
    ctx.onInvalidated(() => {
      card.destroy();
      annotator.stop();
      style.remove();
    });

    const hoverAbort = new AbortController();
    ctx.onInvalidated(() => hoverAbort.abort());
    void domReady.then(() =>
      initHover(
        {
          doc: document,
          mentions: () => annotator.mentions,
          delay: () => eff.settings.hoverDelay,
          isCard: (target) => card.isCard(target),
          current: () => card.current(),
          open: (m, how, pointer) => void card.open(m, how, pointer),
          close: () => card.close(),
        },
        hoverAbort.signal,
      ),
    );
    // Esc closes the card wherever the focus is on the page (inside the card, the card handles it).
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && card.current()) card.close();
      },
      { capture: true, signal: hoverAbort.signal },
    );

    async function apply(): Promise<void> {
      if (eff.active) style.set(highlightCss(eff.settings));
      if (eff.active && !on) {
        on = true;
        await early;
        matcher = await kb.getMatcher().catch(() => null);
        await domReady;
        if (!on) return;
        await annotator.start();
      } else if (!eff.active && on) {
        on = false;
        card.close();
        annotator.stop();
        style.remove();
      }
    }

    async function step(dir: 1 | -1): Promise<boolean> {
      await annotator.idle();
      const list = annotator.mentions;
      const i = pickMention(list, dir, card.current()?.mention ?? null, window.innerHeight);
      if (i < 0) return false;
      const m = list[i] as PageMention;
      scrollToMention(m, window);
      return card.open(m, 'keyboard');
    }

    async function reveal(id: string): Promise<boolean> {
      await annotator.idle();
      const list = annotator.mentions;
      const m = list.find((x) => x.ids[0] === id) ?? list.find((x) => x.ids.includes(id));
      if (!m) return false;
      scrollToMention(m, window);
      return card.open(m, 'keyboard', undefined, id);
    }

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const name = (message as { name?: unknown } | null)?.name;
      // Every frame reloads its matcher and settings; only the top frame answers the rest.
      if (!isTop && name !== 'matcher.changed' && name !== 'settings.changed') return undefined;
      return handleTabMessage(message, {
        mentions: () => annotator.mentions,
        entry: (id) => kb.peek(id),
        settled: () => annotator.idle(),
        matcherChanged: async () => {
          // Off on this page: nothing to fetch now; turning on fetches the current matcher.
          if (!on) return kb.release();
          if (!(await kb.refresh().catch(() => false))) return;
          matcher = (await kb.getMatcher().catch(() => null)) ?? null;
          if (on) await annotator.rerun();
        },
        reveal,
        step,
        settingsChanged: async () => {
          const next = await snapshot();
          const typesChanged = JSON.stringify(next.settings.types) !== JSON.stringify(eff.settings.types);
          eff = next;
          await apply();
          if (typesChanged && on) await annotator.rerun();
        },
      });
    });
    await apply();
  },
});

/** Opens the options page at an entry. Pages may not open extension pages (Chrome shows an error page), so the background does. */
function openOptions(id: string): void {
  send('options.open', { id }).catch((e: unknown) => console.warn('hamish: could not open the glossary editor', e instanceof Error ? e.message : e));
}
