import { compileMatcher } from '../match';
import type { Entry } from '../kb/pack';
import { KbClient, type Send } from './kb-client';

const entry = (id: string): Entry => ({ id, type: 'person', label: { ar: 'اسم ' + id } });

function fakeSend(known: Set<string>) {
  const calls: Array<{ name: string; params: unknown }> = [];
  let rev = 1;
  const send = (async (name: string, params: { ids?: string[]; have?: number }) => {
    calls.push({ name, params });
    if (name === 'matcher.get') {
      if (params.have === rev) return { rev, matcher: null };
      return { rev, matcher: compileMatcher([{ id: 'jeffrey', type: 'person', label: { ar: 'جيم جيفري' } }]).serialize() };
    }
    if (name === 'entries.get') return (params.ids ?? []).filter((id) => known.has(id)).map(entry);
    throw new Error('unexpected ' + name);
  }) as unknown as Send;
  return { send, calls, bump: () => rev++ };
}

describe('KbClient', () => {
  it('asks for entries it lacks only, in batches of at most 1000', async () => {
    const known = new Set(Array.from({ length: 2500 }, (_, i) => 'e' + i));
    const f = fakeSend(known);
    const kb = new KbClient(f.send);
    await kb.ensure([...known, 'missing']);
    const gets = f.calls.filter((c) => c.name === 'entries.get');
    expect(gets.map((c) => (c.params as { ids: string[] }).ids.length)).toEqual([1000, 1000, 501]);
    expect(kb.peek('e7')?.id).toBe('e7');
    expect(kb.peek('missing')).toBeNull();
    expect(kb.peek('never-asked')).toBeUndefined();
    await kb.ensure(['e1', 'e2', 'missing']);
    expect(f.calls.filter((c) => c.name === 'entries.get').length).toBe(3);
  });

  it('shares one request between concurrent askers', async () => {
    const f = fakeSend(new Set(['a']));
    const kb = new KbClient(f.send);
    await Promise.all([kb.ensure(['a']), kb.ensure(['a'])]);
    expect(f.calls.filter((c) => c.name === 'entries.get').length).toBe(1);
  });

  it('loads the matcher once, skips the transfer when current, and drops entries when it changed', async () => {
    const f = fakeSend(new Set(['a']));
    const kb = new KbClient(f.send);
    const m = await kb.getMatcher();
    expect(m?.scan('قال جيم جيفري').map((x) => x.ids[0])).toEqual(['jeffrey']);
    await kb.ensure(['a']);
    expect(await kb.refresh()).toBe(false);
    expect(f.calls.at(-1)?.params).toEqual({ have: 1 });
    expect(kb.peek('a')).toBeDefined();
    f.bump();
    expect(await kb.refresh()).toBe(true);
    expect(kb.peek('a')).toBeUndefined();
  });
});
