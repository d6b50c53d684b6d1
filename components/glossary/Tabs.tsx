/** WAI-ARIA tabs (pure): arrow keys move between tabs, following the reading direction. */
import { useRef } from 'preact/hooks';

export interface TabsProps<T extends string> {
  label: string;
  tabs: Array<{ id: T; label: string }>;
  active: T;
  onChange(id: T): void;
  dir: 'rtl' | 'ltr';
}

export function Tabs<T extends string>({ label, tabs, active, onChange, dir }: TabsProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const go = (i: number) => {
    const n = (i + tabs.length) % tabs.length;
    const tab = tabs[n];
    if (!tab) return;
    onChange(tab.id);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[n]?.focus();
  };
  const at = tabs.findIndex((x) => x.id === active);
  return (
    <div
      ref={list}
      role="tablist"
      aria-label={label}
      class="tabs"
      onKeyDown={(e) => {
        const next = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
        const prev = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
        const moves: Record<string, number> = { [next]: at + 1, [prev]: at - 1, Home: 0, End: tabs.length - 1 };
        if (e.key in moves) {
          e.preventDefault();
          go(moves[e.key]!);
        }
      }}
    >
      {tabs.map((x) => (
        <button
          key={x.id}
          type="button"
          role="tab"
          id={`tab-${x.id}`}
          aria-selected={x.id === active}
          aria-controls={`panel-${x.id}`}
          tabIndex={x.id === active ? 0 : -1}
          onClick={() => onChange(x.id)}
        >
          {x.label}
        </button>
      ))}
    </div>
  );
}
