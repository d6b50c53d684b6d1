import { cleanup, fireEvent, render } from '@testing-library/preact';
import { mergeLocale } from '@/lib/i18n/build-locales';
import type { Entry } from '@/lib/kb/pack';
import { latinRuns } from './Bidi';
import { EntityCard, safeHref, type Translate } from './EntityCard';

/** The real English strings, substituted the way browser.i18n does ($1, $2). */
function translator(lang: 'ar' | 'en'): Translate {
  const msgs = mergeLocale(process.cwd(), lang);
  return (key, subs) => {
    const m = msgs[key]?.message;
    if (m === undefined) throw new Error(`missing locale key ${key}`);
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return m.replace(/\$(\d)/g, (_s, d: string) => list[Number(d) - 1] ?? '');
  };
}

const JEFFREY: Entry = {
  id: 'person:jim-jeffrey',
  type: 'person',
  label: { ar: 'جيم جيفري', en: 'James Jeffrey' },
  aliases: ['جيمس جيفري', 'Jim Jeffrey'],
  summary: { ar: 'دبلوماسي أمريكي، المبعوث الخاص لشؤون سوريا.', en: 'US diplomat, Special Representative for Syria Engagement.' },
  roles: [
    { ar: 'الممثل الأمريكي الخاص لشؤون سوريا', en: 'US Special Representative for Syria Engagement', from: 2018, to: 2020 },
    { ar: 'سفير الولايات المتحدة في العراق', en: 'US Ambassador to Iraq', from: 2010 },
  ],
  links: [
    { url: 'https://en.wikipedia.org/wiki/James_Franklin_Jeffrey', label: 'Wikipedia' },
    { url: 'javascript:alert(1)', label: 'evil' },
    { url: 'data:text/html,<b>x</b>', label: 'data' },
    { url: 'http://example.org/jeffrey' },
  ],
};

afterEach(cleanup);

describe('EntityCard', () => {
  it('is a labelled dialog with the name in Arabic and English, Latin in <bdi>', () => {
    const { getByRole } = render(<EntityCard entry={JEFFREY} lang="ar" t={translator('ar')} />);
    const dialog = getByRole('dialog');
    expect(dialog.getAttribute('dir')).toBe('rtl');
    expect(dialog.getAttribute('lang')).toBe('ar');
    const title = document.getElementById(dialog.getAttribute('aria-labelledby') as string);
    expect(title?.textContent).toBe('جيم جيفري');
    const alt = dialog.querySelector('.alt-name') as HTMLElement;
    expect(alt.querySelector('bdi')?.textContent).toBe('James Jeffrey');
    expect(dialog.textContent).toContain('شخص');
  });

  it('shows the summary in the chosen language, and falls back to the other one', () => {
    const en = render(<EntityCard entry={JEFFREY} lang="en" t={translator('en')} />);
    const p = en.container.querySelector('.summary') as HTMLElement;
    expect(p.textContent).toBe(JEFFREY.summary?.en);
    expect(p.getAttribute('lang')).toBe('en');
    expect(en.getByRole('dialog').getAttribute('dir')).toBe('ltr');
    cleanup();
    const onlyAr = render(<EntityCard entry={{ ...JEFFREY, summary: { ar: 'دبلوماسي' } }} lang="en" t={translator('en')} />);
    const q = onlyAr.container.querySelector('.summary') as HTMLElement;
    expect(q.textContent).toBe('دبلوماسي');
    expect(q.getAttribute('dir')).toBe('rtl');
  });

  it('lists aliases (not repeating the names) and dated roles', () => {
    const { container } = render(<EntityCard entry={{ ...JEFFREY, aliases: [...(JEFFREY.aliases ?? []), 'جيم جيفري'] }} lang="ar" t={translator('ar')} />);
    const aliases = container.querySelector('.aliases') as HTMLElement;
    expect(aliases.textContent).toBe('أسماء أخرى: جيمس جيفري، Jim Jeffrey');
    expect(aliases.querySelector('bdi')?.textContent).toBe('Jim Jeffrey');
    const roles = [...container.querySelectorAll('.roles li')].map((li) => li.textContent);
    expect(roles).toEqual(['الممثل الأمريكي الخاص لشؤون سوريا (2018–2020)', 'سفير الولايات المتحدة في العراق (منذ 2010)']);
  });

  it('renders entry text as text, never as HTML', () => {
    const evil: Entry = { ...JEFFREY, label: { ar: '<img src=x onerror=alert(1)>' }, summary: { ar: '<b>bold</b><script>alert(1)</script>' } };
    const { container } = render(<EntityCard entry={evil} lang="ar" t={translator('ar')} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('.summary b')).toBeNull();
    expect(container.querySelector('.name')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('.summary')?.textContent).toBe('<b>bold</b><script>alert(1)</script>');
  });

  it('shows only http(s) links, opening in a new tab without opener or referrer', () => {
    const { container } = render(<EntityCard entry={JEFFREY} lang="ar" t={translator('ar')} />);
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://en.wikipedia.org/wiki/James_Franklin_Jeffrey', 'http://example.org/jeffrey']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(links[1]?.textContent).toBe('example.org');
    expect(container.textContent).not.toContain('evil');
  });

  it.each([
    ['a label and its host', { url: 'https://en.wikipedia.org/wiki/X', label: 'Wikipedia' }, 'Wikipedia en.wikipedia.org'],
    ['a label that names another site still shows the real host', { url: 'https://evil.example/x', label: 'ويكيبيديا' }, 'ويكيبيديا evil.example'],
    ['a label equal to the host is not repeated', { url: 'https://example.org/', label: 'example.org' }, 'example.org'],
    ['no label: the host alone', { url: 'https://ar.wikipedia.org/wiki/سوريا' }, 'ar.wikipedia.org'],
  ])('a link shows its host next to its label: %s', (_name, link, text) => {
    const { container } = render(<EntityCard entry={{ ...JEFFREY, links: [link] }} lang="ar" t={translator('ar')} />);
    const a = container.querySelector('a') as HTMLAnchorElement;
    expect(a.textContent).toBe(text);
    expect(a.querySelector('.host')?.textContent).toBe(new URL(link.url).hostname);
  });

  it('offers the other candidates of an ambiguous name, and the actions', () => {
    const onSelect = vi.fn();
    const onEdit = vi.fn();
    const onHide = vi.fn();
    const onPin = vi.fn();
    const onClose = vi.fn();
    const other = { id: 'person:other-jeffrey', type: 'person' as const, label: { ar: 'جيفري آخر', en: 'Another Jeffrey' } };
    const { getByText, getByRole } = render(
      <EntityCard entry={JEFFREY} lang="en" t={translator('en')} candidates={[other]} onSelect={onSelect} onEdit={onEdit} onHide={onHide} onPin={onPin} onClose={onClose} />,
    );
    fireEvent.click(getByText('Another Jeffrey'));
    expect(onSelect).toHaveBeenCalledWith('person:other-jeffrey');
    fireEvent.click(getByText('Edit in glossary'));
    expect(onEdit).toHaveBeenCalledWith('person:jim-jeffrey');
    fireEvent.click(getByText('Hide this entity'));
    expect(onHide).toHaveBeenCalledWith('person:jim-jeffrey');
    fireEvent.click(getByRole('button', { name: 'Pin card' }));
    expect(onPin).toHaveBeenCalled();
    fireEvent.click(getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('marks the pin button pressed when pinned', () => {
    const { getByRole } = render(<EntityCard entry={JEFFREY} lang="en" pinned t={translator('en')} />);
    expect(getByRole('button', { name: 'Pin card' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('says so when there is no summary', () => {
    const { container } = render(<EntityCard entry={{ id: 'x', type: 'place', label: { ar: 'إدلب' } }} lang="en" t={translator('en')} />);
    expect(container.querySelector('.summary')?.textContent).toBe('No description yet.');
    expect(container.querySelector('.name')?.textContent).toBe('إدلب');
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    ['data:text/html,x', null],
    ['vbscript:x', null],
    ['//example.org', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => expect(safeHref(url)).toBe(expected));
});

describe('latinRuns', () => {
  it.each([
    ['جيم جيفري', [['جيم جيفري', false]]],
    ['James Jeffrey', [['James Jeffrey', true]]],
    ['قرار مجلس الأمن 2254', [['قرار مجلس الأمن 2254', false]]],
    ['منظمة NATO اليوم', [['منظمة ', false], ['NATO', true], [' اليوم', false]]],
    ['سفير U.S. في Iraq', [['سفير ', false], ['U.S.', true], [' في ', false], ['Iraq', true]]],
  ])('%s', (text, parts) => {
    expect(latinRuns(text).map((p) => [p.text, p.latin])).toEqual(parts);
  });
});
