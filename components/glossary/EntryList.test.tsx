import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ListItem } from './EntryRow';
import { EntryList, ROW_HEIGHT } from './EntryList';
import { useMessages } from './test-messages';

// happy-dom does no layout: give the scrolling list the height of ten rows.
const realHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeEach(() => {
  useMessages('en');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => ROW_HEIGHT * 10 });
});
afterEach(() => {
  cleanup();
  if (realHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', realHeight);
  else delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
});

const item = (i: number): ListItem =>
  i === 1
    ? { id: 'e1', type: 'organization', label: { en: 'UN Security Council', ar: 'مجلس الأمن' }, source: 'edited' }
    : { id: `e${i}`, type: 'person', label: { ar: `اسم ${i}`, en: `Name ${i}` }, source: i % 2 ? 'user' : 'bundled' };

function setup(total: number, props: Partial<Parameters<typeof EntryList>[0]> = {}) {
  const onSelect = vi.fn();
  const onRange = vi.fn();
  render(<EntryList label="Glossary entries" total={total} getItem={(i) => (i < 1000 ? item(i) : undefined)} onSelect={onSelect} onRange={onRange} {...props} />);
  return { onSelect, onRange };
}

describe('EntryList', () => {
  it('renders only the rows in view out of 50,000, and asks for them', () => {
    const { onRange } = setup(50_000);
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(5);
    expect(options.length).toBeLessThan(40);
    expect(options[0]!.getAttribute('aria-setsize')).toBe('50000');
    expect(options[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(onRange).toHaveBeenCalledWith(0, options.length - 1);
  });

  it('shows each row in the interface language with its type and (when not bundled) its source', () => {
    setup(3, { selectedId: 'e1' });
    const row = screen.getByRole('option', { selected: true });
    expect(row.textContent).toContain('UN Security Council');
    expect(row.textContent).toContain('مجلس الأمن');
    expect(row.textContent).toContain('Organisation');
    expect(row.textContent).toContain('Edited');
    expect(row.querySelector('[lang="ar"]')?.getAttribute('dir')).toBe('rtl');
    expect(screen.getAllByRole('option')[0]!.textContent).not.toContain('Bundled');
  });

  it('is a keyboard listbox: arrows, Home and End select rows', () => {
    const { onSelect } = setup(50);
    const list = screen.getByRole('listbox', { name: 'Glossary entries' });
    expect(list.tabIndex).toBe(0);
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(onSelect).toHaveBeenLastCalledWith(0, item(0));
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(onSelect).toHaveBeenLastCalledWith(1, item(1));
    expect(list.getAttribute('aria-activedescendant')).toBe('entry-row-1');
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    expect(onSelect).toHaveBeenLastCalledWith(0, item(0));
    fireEvent.keyDown(list, { key: 'End' });
    expect(onSelect).toHaveBeenLastCalledWith(49, item(49));
    fireEvent.keyDown(list, { key: 'Home' });
    expect(onSelect).toHaveBeenLastCalledWith(0, item(0));
  });

  it('selects a row on click, and shows a placeholder for rows not yet loaded', () => {
    const { onSelect } = setup(2000);
    fireEvent.click(screen.getByText('Name 2'));
    expect(onSelect).toHaveBeenLastCalledWith(2, item(2));
    cleanup();
    setup(2000, { getItem: () => undefined });
    expect(screen.getAllByRole('option')[0]!.textContent).toBe('Loading…');
  });
});
