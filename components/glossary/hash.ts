/** The options page's address fragment: `#entry=<id>` opens an entry (the card's "edit in glossary"), `#tab=<tab>` a tab. */
export const TABS = ['glossary', 'tryit', 'import', 'settings'] as const;
export type Tab = (typeof TABS)[number];

export interface Route {
  tab: Tab;
  entry?: string;
}

export function parseHash(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const entry = params.get('entry');
  if (entry) return { tab: 'glossary', entry };
  const tab = params.get('tab');
  return { tab: (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'glossary' };
}

export function routeHash(r: Route): string {
  if (r.entry && r.entry !== 'new') return `#entry=${encodeURIComponent(r.entry)}`;
  return r.tab === 'glossary' ? '' : `#tab=${r.tab}`;
}
