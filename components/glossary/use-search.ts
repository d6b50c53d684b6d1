/**
 * Runs the glossary search in the background (entries.search) page by page for the virtual list:
 * the first page on every change of the filters, later pages when the list scrolls to them.
 * Answers to superseded searches are dropped, so a fast typist never sees an older result.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/send';
import type { ListItem } from './EntryRow';
import type { SearchFilters } from './SearchBox';

export const PAGE = 100;
/** Light debounce: the store answers in well under 50 ms, this only spares it keystrokes typed in a burst. */
export const DEBOUNCE_MS = 60;

export interface SearchState {
  total?: number;
  busy: boolean;
  error?: string;
  /** Changes when a new search's rows replace the old ones (the list scrolls back to the top). */
  generation: number;
  getItem(index: number): ListItem | undefined;
  onRange(start: number, end: number): void;
}

export function useSearch(filters: SearchFilters, refresh: number): SearchState {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [total, setTotal] = useState<number>();
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<string>();
  const gen = useRef(0);
  /** The search generation whose rows are on screen. */
  const shown = useRef(0);
  const pages = useRef(new Map<number, ListItem[]>());
  const pending = useRef(new Set<number>());
  const current = useRef(filters);
  const lastRange = useRef<[number, number]>([0, 0]);

  const fetchPage = useCallback((page: number, g: number) => {
    pending.current.add(page);
    const f = current.current;
    send('entries.search', { query: f.query, type: f.type, source: f.source, tag: f.tag, offset: page * PAGE, limit: PAGE })
      .then((res) => {
        if (g !== gen.current) return;
        pending.current.delete(page);
        if (page === 0 && shown.current !== g) {
          // The first page of a new search replaces the old rows in one go (no flash of empty rows).
          shown.current = g;
          pages.current = new Map([[0, res.items]]);
          const [a, b] = lastRange.current;
          for (let p = 1; p <= Math.floor(b / PAGE) && p * PAGE < res.total; p++) if (p >= Math.floor(a / PAGE)) fetchPage(p, g);
        } else {
          pages.current.set(page, res.items);
        }
        setTotal(res.total);
        setBusy(false);
        setError(undefined);
        rerender(0);
      })
      .catch((e: unknown) => {
        if (g !== gen.current) return;
        pending.current.delete(page);
        setBusy(false);
        setError(e instanceof Error ? e.message : String(e));
      });
  }, []);

  const key = JSON.stringify([filters.type, filters.source, filters.tag]);
  const first = useRef(true);
  useEffect(() => {
    current.current = filters;
    const run = () => {
      const g = ++gen.current;
      pending.current = new Set();
      setBusy(true);
      fetchPage(0, g);
    };
    // Filters from menus and refreshes run at once; typing waits for a short pause.
    if (first.current) {
      first.current = false;
      run();
      return;
    }
    const timer = setTimeout(run, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [filters.query, key, refresh]);

  const getItem = useCallback((i: number) => pages.current.get(Math.floor(i / PAGE))?.[i % PAGE], []);
  const onRange = useCallback(
    (start: number, end: number) => {
      lastRange.current = [start, end];
      // Until the new search's first page lands, the rows on screen belong to the old one.
      if (shown.current !== gen.current) return;
      for (let p = Math.floor(start / PAGE); p <= Math.floor(end / PAGE); p++) {
        if (!pages.current.has(p) && !pending.current.has(p)) fetchPage(p, gen.current);
      }
    },
    [fetchPage],
  );
  return { total, busy, error, generation: shown.current, getItem, onRange };
}
