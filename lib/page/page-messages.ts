/** Answers the messages the background and the popup send to a tab (TabMessages in protocol.ts). */
import type { Entry, EntityType } from '../kb/pack';
import type { TabMessages } from '../messaging/protocol';
import type { PageMention } from './mention-index';

type Ret<N extends keyof TabMessages> = TabMessages[N]['ret'];

export interface PageMessageDeps {
  mentions(): readonly PageMention[];
  entry(id: string): Entry | null | undefined;
  /** Waits for the annotation in progress, so that counts are final. */
  settled(): Promise<void>;
  matcherChanged(): Promise<void>;
  /** The settings changed: fetch the snapshot again. */
  settingsChanged(): Promise<void>;
  reveal(id: string): Promise<boolean>;
  step(dir: 1 | -1): Promise<boolean>;
}

/** Entities on the page with their counts, most mentioned first. */
export function summarize(list: readonly PageMention[], entry: PageMessageDeps['entry']): Ret<'page.mentions'> {
  const byType: Partial<Record<EntityType, number>> = {};
  const items = new Map<string, { id: string; type: EntityType; label: Entry['label']; count: number }>();
  for (const m of list) {
    byType[m.type] = (byType[m.type] ?? 0) + 1;
    const id = m.ids[0] as string;
    const it = items.get(id);
    if (it) it.count++;
    else {
      const e = entry(id);
      items.set(id, { id, type: m.type, label: e?.label ?? { en: id }, count: 1 });
    }
  }
  return { total: list.length, byType, items: [...items.values()].sort((a, b) => b.count - a.count) };
}

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100;

/**
 * Validates one incoming tab message and answers it; undefined for what is not ours (so that a
 * sub-frame stays silent and the top frame's answer is the one the sender gets).
 */
export function handleTabMessage(message: unknown, d: PageMessageDeps): Promise<unknown> | undefined {
  if (typeof message !== 'object' || message === null || (message as { hamishTab?: unknown }).hamishTab !== 1) return undefined;
  const { name, params } = message as { name?: unknown; params?: unknown };
  const p = (typeof params === 'object' && params !== null ? params : {}) as Record<string, unknown>;
  switch (name) {
    case 'matcher.changed':
      return d.matcherChanged().then(() => undefined);
    case 'settings.changed':
      return d.settingsChanged().then(() => undefined);
    case 'page.mentions':
      return d.settled().then(() => summarize(d.mentions(), d.entry));
    case 'page.reveal':
      if (!isId(p.id)) return Promise.resolve({ ok: false });
      return d.reveal(p.id).then((ok) => ({ ok }));
    case 'page.next':
      return d.step(1).then((ok) => ({ ok }));
    case 'page.prev':
      return d.step(-1).then((ok) => ({ ok }));
    default:
      return undefined;
  }
}
