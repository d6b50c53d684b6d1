import { describe, expect, it } from 'vitest';
import { PageActionGuard, type ShownStore } from './page-actions';

const memory = (): ShownStore & { value?: Record<string, string[]> } => {
  const m: ShownStore & { value?: Record<string, string[]> } = {
    get: async () => m.value,
    set: async (v) => void (m.value = structuredClone(v)),
  };
  return m;
};

describe('PageActionGuard', () => {
  it('allows hiding only ids the tab was shown', async () => {
    const g = new PageActionGuard();
    await g.shown(1, ['place:syria']);
    expect(await g.mayHide(1, 'place:syria')).toBe(true);
    expect(await g.mayHide(1, 'place:iraq')).toBe(false);
    expect(await g.mayHide(2, 'place:syria')).toBe(false);
  });

  it('counts hides and openings in a rolling minute', async () => {
    let now = 0;
    const g = new PageActionGuard(undefined, { hidesPerMinute: 2, opensPerMinute: 1, idsPerTab: 10 }, () => now);
    await g.shown(1, ['a', 'b', 'c']);
    expect([await g.mayHide(1, 'a'), await g.mayHide(1, 'b'), await g.mayHide(1, 'c')]).toEqual([true, true, false]);
    expect([g.mayOpen(), g.mayOpen()]).toEqual([true, false]);
    now = 60_001;
    expect([await g.mayHide(1, 'c'), g.mayOpen()]).toEqual([true, true]);
  });

  it('survives a restart through its store, and forgets closed tabs', async () => {
    const store = memory();
    const a = new PageActionGuard(store);
    await a.shown(3, ['person:jim-jeffrey']);
    const b = new PageActionGuard(store);
    expect(await b.mayHide(3, 'person:jim-jeffrey')).toBe(true);
    await b.forgetTab(3);
    expect(await new PageActionGuard(store).mayHide(3, 'person:jim-jeffrey')).toBe(false);
  });

  it('remembers at most idsPerTab ids per tab', async () => {
    const g = new PageActionGuard(undefined, { hidesPerMinute: 100, opensPerMinute: 1, idsPerTab: 2 });
    await g.shown(1, ['a', 'b', 'c']);
    expect(await g.mayHide(1, 'c')).toBe(false);
  });
});
