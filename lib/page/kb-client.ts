/**
 * The content script's view of the knowledge base: the compiled matcher and the entries this page
 * needs, both asked from the background (the content script never opens IndexedDB: in a content
 * script that would be the page's database). Entries are cached by id until the matcher changes.
 */
import type { Entry } from '../kb/pack';
import { loadMatcher, type Matcher, type SerializedMatcher } from '../match';
import type { MessageName, Params, Return } from '../messaging/protocol';

export type Send = <N extends MessageName>(name: N, params: Params<N>) => Promise<Return<N>>;

/** entries.get accepts at most this many ids at once (protocol.ts). */
const BATCH = 1000;

export class KbClient {
  private rev: number | undefined;
  private matcher: Matcher | null = null;
  private readonly entries = new Map<string, Entry | null>();
  private inflight = new Map<string, Promise<void>>();

  constructor(private readonly send: Send) {}

  /** The current matcher, fetched when missing or stale; null when the background has none. */
  async getMatcher(): Promise<Matcher | null> {
    if (this.matcher) return this.matcher;
    await this.refresh();
    return this.matcher;
  }

  /** Asks for the matcher again (after 'matcher.changed'); true when it changed. Drops cached entries then. */
  async refresh(): Promise<boolean> {
    const res = await this.send('matcher.get', this.rev === undefined ? {} : { have: this.rev });
    if (res.matcher === null && this.matcher && res.rev === this.rev) return false;
    this.rev = res.rev;
    this.matcher = res.matcher ? loadMatcher(res.matcher as SerializedMatcher) : null;
    this.entries.clear();
    this.inflight.clear();
    return true;
  }

  /** Cached entry (undefined: not fetched yet; null: the background does not know it, e.g. hidden). */
  peek(id: string): Entry | null | undefined {
    return this.entries.get(id);
  }

  /** Fetches the entries among `ids` that are not cached yet (one message per 1000 ids). */
  async ensure(ids: Iterable<string>): Promise<void> {
    const missing: string[] = [];
    const waits: Promise<void>[] = [];
    for (const id of new Set(ids)) {
      if (this.entries.has(id)) continue;
      const p = this.inflight.get(id);
      if (p) waits.push(p);
      else missing.push(id);
    }
    for (let i = 0; i < missing.length; i += BATCH) {
      const batch = missing.slice(i, i + BATCH);
      const p = this.send('entries.get', { ids: batch }).then((list) => {
        for (const e of list) this.entries.set(e.id, e);
        for (const id of batch) {
          if (!this.entries.has(id)) this.entries.set(id, null);
          this.inflight.delete(id);
        }
      });
      p.catch(() => batch.forEach((id) => this.inflight.delete(id)));
      for (const id of batch) this.inflight.set(id, p);
      waits.push(p);
    }
    await Promise.all(waits);
  }

  /** Lets go of the matcher and the entries (Hamish is off on this page); fetched again when needed. */
  release(): void {
    this.matcher = null;
    this.rev = undefined;
    this.entries.clear();
    this.inflight.clear();
  }

  /** Drops one entry from the cache (hidden from the card). */
  forget(id: string): void {
    this.entries.set(id, null);
  }
}
