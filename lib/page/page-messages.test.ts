import { handleTabMessage, summarize, type PageMessageDeps } from './page-messages';
import type { PageMention } from './mention-index';

const m = (id: string, type: PageMention['type'], ids: string[] = [id]): PageMention => ({ range: document.createRange(), ids, type, short: false });
const LIST = [m('jeffrey', 'person'), m('idlib', 'place'), m('jeffrey', 'person', ['jeffrey', 'other']), m('un', 'organization')];

function deps(): PageMessageDeps & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    mentions: () => LIST,
    entry: (id) => (id === 'un' ? null : { id, type: 'person', label: { ar: 'اسم' } }),
    settled: async () => void calls.push('settled'),
    matcherChanged: async () => void calls.push('changed'),
    settingsChanged: async () => void calls.push('settings'),
    reveal: async (id) => (calls.push('reveal ' + id), id === 'jeffrey'),
    step: async (dir) => (calls.push('step ' + dir), true),
  };
}

describe('summarize', () => {
  it('counts mentions by entity and by type, most mentioned first', () => {
    const s = summarize(LIST, deps().entry);
    expect(s.total).toBe(4);
    expect(s.byType).toEqual({ person: 2, place: 1, organization: 1 });
    expect(s.items.map((i) => [i.id, i.count])).toEqual([['jeffrey', 2], ['idlib', 1], ['un', 1]]);
    expect(s.items[2]?.label).toEqual({ en: 'un' });
  });
});

describe('handleTabMessage', () => {
  it('answers page.mentions after the annotation settles', async () => {
    const d = deps();
    const res = (await handleTabMessage({ hamishTab: 1, name: 'page.mentions', params: {} }, d)) as { total: number };
    expect(res.total).toBe(4);
    expect(d.calls).toEqual(['settled']);
  });

  it('routes reveal, next, previous, matcher.changed and settings.changed', async () => {
    const d = deps();
    expect(await handleTabMessage({ hamishTab: 1, name: 'page.reveal', params: { id: 'jeffrey' } }, d)).toEqual({ ok: true });
    expect(await handleTabMessage({ hamishTab: 1, name: 'page.next', params: {} }, d)).toEqual({ ok: true });
    expect(await handleTabMessage({ hamishTab: 1, name: 'page.prev', params: {} }, d)).toEqual({ ok: true });
    await handleTabMessage({ hamishTab: 1, name: 'matcher.changed', params: { rev: 2 } }, d);
    await handleTabMessage({ hamishTab: 1, name: 'settings.changed', params: {} }, d);
    expect(d.calls).toEqual(['reveal jeffrey', 'step 1', 'step -1', 'changed', 'settings']);
  });

  it('refuses malformed params and ignores what is not ours', async () => {
    const d = deps();
    expect(await handleTabMessage({ hamishTab: 1, name: 'page.reveal', params: { id: 42 } }, d)).toEqual({ ok: false });
    expect(await handleTabMessage({ hamishTab: 1, name: 'page.reveal', params: { id: 'x'.repeat(101) } }, d)).toEqual({ ok: false });
    expect(handleTabMessage({ hamish: 1, name: 'ping', params: {} }, d)).toBeUndefined();
    expect(handleTabMessage({ hamishTab: 1, name: 'nope' }, d)).toBeUndefined();
    expect(handleTabMessage(null, d)).toBeUndefined();
    expect(d.calls).toEqual([]);
  });
});
