/**
 * The glossary list: a virtualised single-select listbox (WAI-ARIA listbox pattern, selection follows focus).
 * Only the rows in view exist in the DOM, so 50,000 entries scroll like 50. Rows arrive page by page from
 * the parent (`getItem`, `onRange`).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { EntryRow, type ListItem } from './EntryRow';
import { useVirtualizer } from './use-virtualizer';

export const ROW_HEIGHT = 44;

export interface EntryListProps {
  label: string;
  total: number;
  getItem(index: number): ListItem | undefined;
  selectedId?: string;
  onSelect(index: number, item: ListItem | undefined): void;
  /** The rows in view (with overscan) changed: the parent fetches what it lacks. */
  onRange(start: number, end: number): void;
  /** Changes when a new result set replaces the old: scroll back to the top. */
  resetKey?: number;
}

export function EntryList({ label, total, getItem, selectedId, onSelect, onRange, resetKey }: EntryListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(-1);
  // A row reached by End or PageDown may not be loaded yet: select it once it arrives.
  const awaiting = useRef(-1);
  const v = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = v.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (last >= first) onRange(first, last);
  }, [first, last, total]);
  // A new result set: forget the keyboard position and start at the top.
  useEffect(() => {
    setActive(-1);
    awaiting.current = -1;
    v.scrollToOffset(0);
  }, [resetKey]);

  useEffect(() => {
    const i = awaiting.current;
    const item = i >= 0 ? getItem(i) : undefined;
    if (item) {
      awaiting.current = -1;
      onSelect(i, item);
    }
  });

  const move = (i: number) => {
    if (total === 0) return;
    const next = Math.max(0, Math.min(total - 1, i));
    setActive(next);
    v.scrollToIndex(next, { align: 'auto' });
    const item = getItem(next);
    awaiting.current = item ? -1 : next;
    if (item) onSelect(next, item);
  };
  const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
  const rowId = (i: number) => `entry-row-${i}`;

  return (
    <div
      ref={scrollRef}
      class="entry-list"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={active >= 0 && active >= first && active <= last ? rowId(active) : undefined}
      onKeyDown={(e) => {
        const keys: Record<string, () => void> = {
          ArrowDown: () => move(active + 1),
          ArrowUp: () => move(active < 0 ? 0 : active - 1),
          PageDown: () => move(active + page),
          PageUp: () => move(active - page),
          Home: () => move(0),
          End: () => move(total - 1),
        };
        const k = keys[e.key];
        if (k) {
          e.preventDefault();
          k();
        }
      }}
    >
      <div class="entry-list-inner" style={{ height: `${v.getTotalSize()}px` }}>
        {items.map((vi) => {
          const item = getItem(vi.index);
          return (
            <div key={vi.key} class="entry-row-slot" style={{ height: `${vi.size}px`, transform: `translateY(${vi.start}px)` }}>
              <EntryRow
                item={item}
                id={rowId(vi.index)}
                index={vi.index}
                setSize={total}
                selected={!!item && item.id === selectedId}
                active={vi.index === active}
                onSelect={(i) => {
                  setActive(i);
                  onSelect(i, getItem(i));
                }}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
