import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useLocale } from '@/components/common/fake-i18n';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { PopupView, type PopupViewProps } from './PopupView';
import type { Mentions, PageState } from './types';

const mentions: Mentions = {
  total: 7,
  byType: { person: 4, place: 2, document: 1 },
  items: [
    { id: 'p.guterres', type: 'person', label: { ar: 'أنطونيو غوتيريش', en: 'António Guterres' }, count: 3 },
    { id: 'p.pedersen', type: 'person', label: { ar: 'غير بيدرسن', en: 'Geir Pedersen' }, count: 1 },
    { id: 'pl.geneva', type: 'place', label: { ar: 'جنيف' }, count: 2 },
    { id: 'd.2254', type: 'document', label: { ar: 'القرار 2254', en: 'Resolution 2254' }, count: 1 },
  ],
};

function props(over: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    lang: 'en',
    settings: DEFAULT_SETTINGS,
    site: { kind: 'ready', host: 'aljazeera.net', enabled: true },
    page: { kind: 'ok', mentions },
    kbNoIdb: false,
    onSettings: vi.fn(),
    onSite: vi.fn(),
    onEnableSite: vi.fn(),
    onReveal: vi.fn(),
    onOpenGlossary: vi.fn(),
    onOpenSettings: vi.fn(),
    ...over,
  };
}

const entityButtons = () => [...document.querySelectorAll<HTMLButtonElement>('button[data-entity-id]')];

const withTypes = (types: Partial<Settings['types']>): Settings => ({ ...DEFAULT_SETTINGS, types: { ...DEFAULT_SETTINGS.types, ...types } });

describe('PopupView', () => {
  beforeEach(() => useLocale('en'));

  it('lists the entities found, most mentioned first, with counts by type', () => {
    render(<PopupView {...props()} />);
    const list = entityButtons();
    expect(list.map((b) => b.dataset.entityId)).toEqual(['p.guterres', 'pl.geneva', 'p.pedersen', 'd.2254']);
    // The visible name and count are the accessible name (WCAG 2.5.3); a shared hint says what they mean.
    expect(screen.getByRole('button', { name: 'António Guterres 3' })).toBe(list[0]);
    expect(document.getElementById(list[0]!.getAttribute('aria-describedby')!)?.textContent).toMatch(/how often it is mentioned/);
    expect(document.querySelector('[data-type-count="person"]')?.textContent).toContain('4');
    expect(document.querySelector('[data-type-count="organization"]')?.textContent).toContain('0');
    expect(screen.getByText('Mentions: 7')).toBeTruthy();
  });

  it('clicking an entity reveals it', () => {
    const p = props();
    render(<PopupView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: /Geneva|جنيف/ }));
    expect(p.onReveal).toHaveBeenCalledWith('pl.geneva');
  });

  it('a hidden type leaves the list and the total, and its switch reports the change', () => {
    const p = props({ settings: withTypes({ person: false }) });
    render(<PopupView {...p} />);
    const ids = entityButtons().map((b) => b.dataset.entityId);
    expect(ids).toEqual(['pl.geneva', 'd.2254']);
    expect(screen.getByText('Mentions: 3')).toBeTruthy();
    const people = screen.getByRole('switch', { name: /People/ }) as HTMLInputElement;
    expect(people.checked).toBe(false);
    fireEvent.click(people);
    expect(p.onSettings).toHaveBeenCalledWith({ types: { person: true } });
  });

  it('every type has a switch', () => {
    render(<PopupView {...props()} />);
    for (const name of ['People', 'Organisations', 'Places', 'Documents', 'Events', 'Other']) {
      expect(screen.getByRole('switch', { name: new RegExp(name) })).toBeTruthy();
    }
  });

  it('master and site switches', () => {
    const p = props();
    render(<PopupView {...p} />);
    fireEvent.click(screen.getByRole('switch', { name: /Hamish on/ }));
    expect(p.onSettings).toHaveBeenCalledWith({ enabled: false });
    const site = screen.getByRole('switch', { name: /Highlight on this site/ });
    expect(site.textContent ?? '').toBe('');
    expect(screen.getByText('aljazeera.net')).toBeTruthy();
    fireEvent.click(site);
    expect(p.onSite).toHaveBeenCalledWith(false);
  });

  it('site off: no list, a paused note', () => {
    render(<PopupView {...props({ site: { kind: 'ready', host: 'aljazeera.net', enabled: false } })} />);
    expect(entityButtons()).toHaveLength(0);
    expect(screen.getByText('Highlighting is off on this page.')).toBeTruthy();
  });

  it('master off: the site switch is disabled and the reason shown', () => {
    render(<PopupView {...props({ settings: { ...DEFAULT_SETTINGS, enabled: false } })} />);
    expect((screen.getByRole('switch', { name: /Highlight on this site/ }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('Off on every site')).toBeTruthy();
  });

  it('a site outside the list offers the permission request', () => {
    const p = props({ site: { kind: 'needs-access', host: 'example.com' } });
    render(<PopupView {...p} />);
    expect(screen.queryByRole('switch', { name: /Highlight on this site/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Enable Hamish on this site' }));
    expect(p.onEnableSite).toHaveBeenCalled();
  });

  it('after a refusal, says so', () => {
    render(<PopupView {...props({ site: { kind: 'needs-access', host: 'example.com', denied: true } })} />);
    expect(screen.getByText(/Permission wasn't given/)).toBeTruthy();
  });

  it('browser pages: says Hamish does not run there', () => {
    render(<PopupView {...props({ site: { kind: 'unsupported' } })} />);
    expect(screen.getByText("Hamish doesn't run on this page.")).toBeTruthy();
    expect(screen.queryByText('On this page')).toBeNull();
  });

  it.each<[PageState, RegExp]>([
    [{ kind: 'absent' }, /Reload the page/],
    [{ kind: 'loading' }, /Loading/],
    [{ kind: 'ok', mentions: { total: 0, byType: {}, items: [] } }, /Nothing from the glossary/],
  ])('page state %j', (page, text) => {
    render(<PopupView {...props({ page })} />);
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('all found types hidden', () => {
    render(<PopupView {...props({ settings: withTypes({ person: false, place: false, document: false }) })} />);
    expect(screen.getByText('Every type found on this page is hidden.')).toBeTruthy();
  });

  it('the IndexedDB notice shows only when the knowledge base lacks it', () => {
    const { rerender } = render(<PopupView {...props()} />);
    expect(screen.queryByRole('status')).toBeNull();
    rerender(<PopupView {...props({ kbNoIdb: true })} />);
    expect(screen.getByRole('status').textContent).toMatch(/without browser storage/);
  });

  it('links to the glossary editor and the settings', () => {
    const p = props();
    render(<PopupView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Glossary editor' }));
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(p.onOpenGlossary).toHaveBeenCalled();
    expect(p.onOpenSettings).toHaveBeenCalled();
  });

  it('Arabic: right to left, Arabic names, every string from the locale files', () => {
    useLocale('ar');
    const { container } = render(<PopupView {...props({ lang: 'ar', kbNoIdb: true })} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.getAttribute('lang')).toBe('ar');
    expect(screen.getByRole('switch', { name: /تشغيل هامش/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'أنطونيو غوتيريش 3' })).toBe(entityButtons()[0]);
    // A missing key would render as the key itself.
    expect(container.textContent).not.toMatch(/popup_|settings_|type_/);
    // The host stays left to right inside Arabic.
    expect(screen.getByText('aljazeera.net').getAttribute('dir')).toBe('ltr');
  });

  it('English falls back to the Arabic name when there is no English one', () => {
    render(<PopupView {...props()} />);
    const geneva = screen.getByRole('button', { name: /جنيف/ });
    expect(within(geneva).getByText('جنيف')).toBeTruthy();
  });
});
