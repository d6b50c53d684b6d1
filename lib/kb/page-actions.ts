/**
 * What the background lets a content script do beyond reading. Content scripts run inside pages that may be
 * hostile (a compromised renderer can send any message our own script could), so the background accepts only
 * small, checked requests from them (docs/permissions.md):
 * - `entry.hide`: one id that this tab was actually shown (it fetched that entry), a few per minute;
 * - `options.open`: the glossary editor, a few per minute, reusing one open editor tab.
 * Extension pages (popup, options) are trusted and are not limited here.
 */

/** Where the shown ids live between service-worker restarts (storage.session in the browser; a Map in tests). */
export interface ShownStore {
  get(): Promise<Record<string, string[]> | undefined>;
  set(value: Record<string, string[]>): Promise<void>;
}

export interface PageActionLimits {
  /** Hides accepted from content scripts per rolling minute, all tabs together. */
  hidesPerMinute: number;
  /** Editor openings accepted from content scripts per rolling minute. */
  opensPerMinute: number;
  /** Ids remembered per tab (a page shows a few hundred entries at most). */
  idsPerTab: number;
}

export const DEFAULT_LIMITS: PageActionLimits = { hidesPerMinute: 3, opensPerMinute: 5, idsPerTab: 5000 };

const MINUTE = 60_000;

/** A rolling-window counter: `take()` is true while fewer than `max` were taken in the last minute. */
class Budget {
  private times: number[] = [];
  constructor(
    private readonly max: number,
    private readonly now: () => number,
  ) {}
  take(): boolean {
    const t = this.now();
    this.times = this.times.filter((x) => t - x < MINUTE);
    if (this.times.length >= this.max) return false;
    this.times.push(t);
    return true;
  }
}

export class PageActionGuard {
  private shownByTab = new Map<number, Set<string>>();
  private loaded: Promise<void> | null = null;
  private readonly hides: Budget;
  private readonly opens: Budget;

  constructor(
    private readonly store?: ShownStore,
    private readonly limits: PageActionLimits = DEFAULT_LIMITS,
    now: () => number = Date.now,
  ) {
    this.hides = new Budget(limits.hidesPerMinute, now);
    this.opens = new Budget(limits.opensPerMinute, now);
  }

  private load(): Promise<void> {
    this.loaded ??= (async () => {
      const saved = await this.store?.get().catch(() => undefined);
      for (const [tab, ids] of Object.entries(saved ?? {})) {
        const set = this.shownByTab.get(Number(tab)) ?? new Set<string>();
        for (const id of Array.isArray(ids) ? ids : []) if (typeof id === 'string') set.add(id);
        this.shownByTab.set(Number(tab), set);
      }
    })();
    return this.loaded;
  }

  private async save(): Promise<void> {
    if (!this.store) return;
    const out: Record<string, string[]> = {};
    for (const [tab, ids] of this.shownByTab) out[tab] = [...ids];
    await this.store.set(out).catch(() => undefined);
  }

  /** Records the entries a tab's content script fetched (the ones its page shows). */
  async shown(tabId: number, ids: readonly string[]): Promise<void> {
    await this.load();
    const set = this.shownByTab.get(tabId) ?? new Set<string>();
    const before = set.size;
    for (const id of ids) {
      if (set.size >= this.limits.idsPerTab) break;
      set.add(id);
    }
    this.shownByTab.set(tabId, set);
    if (set.size !== before) await this.save();
  }

  /** Whether a content script in `tabId` may hide `id` now (it was shown there, and the minute's budget allows). */
  async mayHide(tabId: number, id: string): Promise<boolean> {
    await this.load();
    if (!this.shownByTab.get(tabId)?.has(id)) return false;
    return this.hides.take();
  }

  /** Whether a content script may open the editor now. */
  mayOpen(): boolean {
    return this.opens.take();
  }

  /** A tab closed: its ids are forgotten. */
  async forgetTab(tabId: number): Promise<void> {
    await this.load();
    if (this.shownByTab.delete(tabId)) await this.save();
  }
}
