import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BundledCompare } from './BundledCompare';
import { parseHash, routeHash } from './hash';
import { KbBanner } from './KbBanner';
import { Tabs } from './Tabs';
import { Toast } from './Toast';
import { useMessages } from './test-messages';

beforeEach(() => {
  useMessages('en');
});
afterEach(cleanup);

describe('address fragment', () => {
  it.each([
    ['#entry=p-jeffrey', { tab: 'glossary', entry: 'p-jeffrey' }],
    ['#entry=' + encodeURIComponent('مستخدم:1'), { tab: 'glossary', entry: 'مستخدم:1' }],
    ['#tab=import', { tab: 'import' }],
    ['#tab=nonsense', { tab: 'glossary' }],
    ['', { tab: 'glossary' }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
    expect(parseHash(routeHash(parseHash(hash)))).toEqual(route);
  });
});

describe('KbBanner', () => {
  const status = { bundledRevision: '1', counts: { total: 1, bundled: 1, user: 0, edited: 0, hidden: 0 }, rev: 1 };
  it('says nothing while the database works', () => {
    render(<KbBanner status={{ ...status, idb: true }} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
  it('warns when the database cannot be opened, with the reason', () => {
    render(<KbBanner status={{ ...status, idb: false, idbError: 'QuotaExceededError' }} />);
    expect(screen.getByRole('alert').textContent).toContain('Your glossary cannot be opened right now.');
    expect(screen.getByRole('alert').textContent).toContain('QuotaExceededError');
  });
});

describe('BundledCompare', () => {
  it('shows both versions, marks what differs, and reverts', () => {
    const onRevert = vi.fn();
    const bundled = { id: 'b1', type: 'place' as const, label: { ar: 'إدلب', en: 'Idlib' } };
    render(<BundledCompare bundled={bundled} mine={{ ...bundled, label: { ar: 'إدلب', en: 'Idleb' } }} bundledChanged onRevert={onRevert} />);
    expect(screen.getByRole('region', { name: 'Bundled version' }).textContent).toContain('Idlib');
    expect(screen.getByRole('region', { name: 'Your version' }).textContent).toContain('Idleb');
    expect(document.querySelectorAll('.changed')).toHaveLength(2);
    expect(screen.getByText(/has changed since you edited it/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Revert to the bundled version' }));
    expect(onRevert).toHaveBeenCalled();
  });
});

describe('Toast', () => {
  it('offers undo', () => {
    const onAction = vi.fn();
    render(<Toast message="Deleted: X" actionLabel="Undo" onAction={onAction} onDismiss={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onAction).toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toContain('Deleted: X');
  });
});

describe('Tabs', () => {
  it.each([
    ['rtl', 'ArrowLeft', 'b'],
    ['ltr', 'ArrowRight', 'b'],
    ['rtl', 'ArrowRight', 'c'],
  ] as const)('in %s, %s goes to %s', (dir, key, to) => {
    const onChange = vi.fn();
    render(<Tabs label="Sections" dir={dir} active="a" onChange={onChange} tabs={[{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }]} />);
    fireEvent.keyDown(screen.getByRole('tab', { name: 'A' }), { key });
    expect(onChange).toHaveBeenCalledWith(to);
    expect(screen.getByRole('tab', { name: 'A' }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('locales', () => {
  const load = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/options.json`, 'utf8')) as Record<string, { message: string; placeholders?: object }>;
  it('has every options_ string in both languages, with the same placeholders', () => {
    const ar = load('ar');
    const en = load('en');
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en)) {
      expect(k.startsWith('options_')).toBe(true);
      expect(Object.keys(ar[k]!.placeholders ?? {}), k).toEqual(Object.keys(en[k]!.placeholders ?? {}));
    }
  });
  it('defines every key the options code uses', async () => {
    const { readdirSync } = await import('node:fs');
    const en = load('en');
    const files = [...readdirSync('components/glossary').map((f) => `components/glossary/${f}`), ...readdirSync('entrypoints/options').map((f) => `entrypoints/options/${f}`)].filter(
      (f) => /\.tsx?$/.test(f) && !f.includes('.test.'),
    );
    const used = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'(options_[a-z_]+)'/g)].map((m) => m[1]!)));
    for (const s of ['bundled', 'user', 'edited', 'hidden']) used.add(`options_source_${s}`);
    for (const s of ['parse', 'validate', 'write', 'compile', 'done']) used.add(`options_import_phase_${s}`);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });
});
