/**
 * The merge of the two layers: bundled ∪ user, the user's edit winning, hidden entries set aside, and an
 * edit flagged `bundledChanged` when the bundled entry changed after the user edited it.
 */
import type { EntryView } from '../messaging/protocol';
import type { UserRow } from './db';
import type { Entry } from './pack';

export interface Layers {
  bundled: Map<string, Entry>;
  /** entryHash of each bundled entry (computed once per bundled load). */
  bundledHash: Map<string, string>;
  user: Map<string, UserRow>;
  hidden: Set<string>;
}

/** How one id stands after the merge; undefined when no layer has it. */
export function viewOf(layers: Layers, id: string): EntryView | undefined {
  const b = layers.bundled.get(id);
  const u = layers.user.get(id);
  const hidden = layers.hidden.has(id);
  if (!b && !u) return undefined;
  if (u && b) {
    const bundledChanged = u.baseHash !== undefined && u.baseHash !== layers.bundledHash.get(id);
    return { entry: u.entry, source: hidden ? 'hidden' : 'edited', bundled: b, ...(bundledChanged ? { bundledChanged } : {}) };
  }
  if (u) return { entry: u.entry, source: hidden ? 'hidden' : 'user' };
  return { entry: b!, source: hidden ? 'hidden' : 'bundled' };
}

/** Every id of either layer with its view, in id order. */
export function mergeLayers(layers: Layers): Map<string, EntryView> {
  const ids = new Set([...layers.bundled.keys(), ...layers.user.keys()]);
  const out = new Map<string, EntryView>();
  for (const id of [...ids].sort()) out.set(id, viewOf(layers, id)!);
  return out;
}
