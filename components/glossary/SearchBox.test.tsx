import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchBox, type SearchFilters } from './SearchBox';
import { useMessages } from './test-messages';

beforeEach(() => {
  useMessages('en');
});
afterEach(cleanup);

describe('SearchBox', () => {
  it('reports the query and each filter', () => {
    const seen = vi.fn();
    function Harness() {
      const [v, setV] = useState<SearchFilters>({ query: '' });
      return <SearchBox value={v} onChange={(n) => (seen(n), setV(n))} tags={['سوريا', 'UN']} total={12345} />;
    }
    render(<Harness />);
    fireEvent.input(screen.getByLabelText('Search the glossary'), { target: { value: 'اسد' } });
    expect(seen).toHaveBeenLastCalledWith({ query: 'اسد' });
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'person' } });
    fireEvent.change(screen.getByLabelText('Source'), { target: { value: 'edited' } });
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'سوريا' } });
    expect(seen).toHaveBeenLastCalledWith({ query: 'اسد', type: 'person', source: 'edited', tag: 'سوريا' });
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: '' } });
    expect(seen).toHaveBeenLastCalledWith({ query: 'اسد', type: undefined, source: 'edited', tag: 'سوريا' });
  });

  it('offers the four sources by name, and shows the count in a live region tied to the field', () => {
    render(<SearchBox value={{ query: '' }} onChange={vi.fn()} tags={[]} total={12345} />);
    const sources = [...(screen.getByLabelText('Source') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(sources).toEqual(['Any', 'Bundled', 'Mine', 'Edited', 'Hidden']);
    const count = screen.getByText('Entries: 12,345');
    expect(count.getAttribute('aria-live')).toBe('polite');
    expect(screen.getByLabelText('Search the glossary').getAttribute('aria-describedby')).toBe(count.id);
  });

  it('says it is searching before the first answer', () => {
    render(<SearchBox value={{ query: 'x' }} onChange={vi.fn()} tags={[]} />);
    expect(screen.getByText('Searching…')).toBeTruthy();
  });
});
