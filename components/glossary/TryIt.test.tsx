import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { segments, TryIt } from './TryIt';
import { useMessages } from './test-messages';
import type { Mention } from '@/lib/match';

beforeEach(() => {
  useMessages('en');
});
afterEach(cleanup);

const text = 'التقى جيم جيفري في جنيف، وقال جيفري إن القرار 2254 أساس الحل.';
const at = (s: string, from = 0) => text.indexOf(s, from);
const mentions: Mention[] = [
  { start: at('جيم جيفري'), end: at('جيم جيفري') + 'جيم جيفري'.length, ids: ['p-jeffrey'], type: 'person', short: false },
  { start: at('جنيف'), end: at('جنيف') + 4, ids: ['pl-geneva', 'pl-geneva-2'], type: 'place', short: false },
  { start: at('جيفري', 20), end: at('جيفري', 20) + 5, ids: ['p-jeffrey'], type: 'person', short: true },
];
const entries = new Map([
  ['p-jeffrey', { id: 'p-jeffrey', type: 'person' as const, label: { ar: 'جيم جيفري', en: 'James Jeffrey' } }],
  ['pl-geneva', { id: 'pl-geneva', type: 'place' as const, label: { ar: 'جنيف', en: 'Geneva' } }],
]);

describe('TryIt', () => {
  it('splits text into runs and mentions without losing a character', () => {
    const segs = segments(text, mentions);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.m).map((s) => s.text)).toEqual(['جيم جيفري', 'جنيف', 'جيفري']);
  });

  it('marks each mention and says which entry it resolves to', () => {
    render(<TryIt text={text} mentions={mentions} entries={entries} />);
    const marks = document.querySelectorAll('mark');
    expect([...marks].map((m) => [m.textContent, m.dataset.entryId])).toEqual([
      ['جيم جيفري', 'p-jeffrey'],
      ['جنيف', 'pl-geneva'],
      ['جيفري', 'p-jeffrey'],
    ]);
    expect(screen.getByText('Names found: 3')).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toContain('James Jeffrey');
    expect(items[1]).toContain('(other possible entries: 1)');
    expect(items[2]).toContain('short form');
    expect(screen.getAllByRole('link', { name: 'James Jeffrey' })[0]!.getAttribute('href')).toBe('#entry=p-jeffrey');
  });

  it('says so when nothing is found', () => {
    render(<TryIt text="نص بلا أسماء" mentions={[]} entries={new Map()} />);
    expect(screen.getByText('No names found in this text.')).toBeTruthy();
  });
});
