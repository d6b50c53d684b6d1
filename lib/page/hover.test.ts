import { initHover, type HoverDeps } from './hover';
import { collectText, rangeFor } from './text-layer';
import type { PageMention } from './mention-index';

/**
 * A page with two mentions whose boxes are fixed (happy-dom has no layout), and a caret API that
 * maps x to a text offset: 10px per character.
 */
function setup(trust: HoverDeps['trusted'] | 'default' = () => true) {
  const trusted = trust === 'default' ? undefined : trust;
  document.body.innerHTML = '<p>قال <a href="#x">جيم جيفري</a> في دمشق اليوم</p>';
  const layer = collectText(document.body);
  const list: PageMention[] = ['جيم جيفري', 'دمشق'].map((w) => {
    const s = layer.text.indexOf(w);
    const range = rangeFor(layer, s, s + w.length) as Range;
    const rect = new DOMRect(s * 10, 0, w.length * 10, 20);
    range.getClientRects = () => [rect] as unknown as DOMRectList;
    return { range, ids: [w], type: 'person', short: false };
  });
  (document as unknown as { caretRangeFromPoint: (x: number) => unknown }).caretRangeFromPoint = (x: number) => {
    const off = Math.min(Math.floor(x / 10), layer.text.length - 1);
    let i = layer.starts.length - 1;
    while ((layer.starts[i] as number) > off) i--;
    return { startContainer: layer.nodes[i], startOffset: off - (layer.starts[i] as number) };
  };
  const cardHost = document.createElement('hamish-card');
  document.documentElement.appendChild(cardHost);
  let current: { mention: PageMention; pinned: boolean; how: string } | null = null;
  const open = vi.fn((m: PageMention, how: string) => void (current = { mention: m, pinned: false, how }));
  const close = vi.fn(() => void (current = null));
  const deps: HoverDeps = {
    doc: document,
    mentions: () => list,
    delay: () => 200,
    isCard: (t) => t === cardHost,
    current: () => current,
    open,
    close,
    grace: 300,
    trusted,
  };
  const abort = new AbortController();
  initHover(deps, abort.signal);
  const move = (x: number, y = 10, target: EventTarget = document.body) =>
    target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true }));
  return { list, open, close, move, cardHost, abort, pin: () => current && (current.pinned = true) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.querySelector('hamish-card')?.remove();
});

describe('hover', () => {
  it('opens after the pointer rests for the intent delay; a move restarts the wait', () => {
    const { list, open, move, abort } = setup();
    move(45);
    vi.advanceTimersByTime(150);
    move(55);
    vi.advanceTimersByTime(150);
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open.mock.calls[0]?.[0]).toBe(list[0]);
    expect(open.mock.calls[0]?.[1]).toBe('hover');
    abort.abort();
  });

  it('does nothing over plain text', () => {
    const { open, move, abort } = setup();
    move(15); // «قال»
    vi.advanceTimersByTime(500);
    expect(open).not.toHaveBeenCalled();
    abort.abort();
  });

  it('hides after the grace period once the pointer leaves, unless it reaches the card', () => {
    const { open, close, move, cardHost, abort } = setup();
    move(45);
    vi.advanceTimersByTime(210);
    expect(open).toHaveBeenCalledTimes(1);
    move(500, 200); // off the name
    vi.advanceTimersByTime(200);
    move(500, 300, cardHost); // into the card within the grace period
    vi.advanceTimersByTime(1000);
    expect(close).not.toHaveBeenCalled();
    move(500, 500); // out of the card too
    vi.advanceTimersByTime(310);
    expect(close).toHaveBeenCalledTimes(1);
    abort.abort();
  });

  it('a pinned card stays', () => {
    const { close, move, pin, abort } = setup();
    move(45);
    vi.advanceTimersByTime(210);
    pin();
    move(500, 500);
    vi.advanceTimersByTime(2000);
    expect(close).not.toHaveBeenCalled();
    abort.abort();
  });

  it('a tap opens the card at once; a tap elsewhere closes it', () => {
    const { list, open, close, abort } = setup();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 185, clientY: 10, bubbles: true }));
    expect(open).toHaveBeenCalledWith(list[1], 'tap', { x: 185, y: 10 });
    document.body.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 500, clientY: 300, bubbles: true }));
    expect(close).toHaveBeenCalledTimes(1);
    abort.abort();
  });

  it('focusing a link that holds a name opens its card after the delay; focusing elsewhere closes it', () => {
    const { list, open, close, abort } = setup();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    (document.querySelector('a') as HTMLElement).dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    vi.advanceTimersByTime(210);
    expect(open).toHaveBeenCalledWith(list[0], 'focus');
    const other = document.createElement('button');
    document.body.appendChild(other);
    other.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(close).toHaveBeenCalledTimes(1);
    abort.abort();
  });

  it('focus without a key press before it (a script calling focus()) opens nothing', () => {
    const { open, abort } = setup();
    (document.querySelector('a') as HTMLElement).dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    vi.advanceTimersByTime(500);
    expect(open).not.toHaveBeenCalled();
    abort.abort();
  });

  it('ignores synthetic events (isTrusted false): pointer rest, tap and keyboard focus open nothing', () => {
    // The default trust check: happy-dom marks dispatchEvent() events untrusted, as browsers do.
    const { list, open, close, move, abort } = setup('default');
    move(45);
    vi.advanceTimersByTime(500);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 185, clientY: 10, bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    (document.querySelector('a') as HTMLElement).dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    vi.advanceTimersByTime(500);
    expect(open).not.toHaveBeenCalled();
    expect(list).toHaveLength(2);
    expect(close).not.toHaveBeenCalled();
    abort.abort();
  });

  it('stops listening when the signal aborts', () => {
    const { open, move, abort } = setup();
    abort.abort();
    move(45);
    vi.advanceTimersByTime(500);
    expect(open).not.toHaveBeenCalled();
  });
});
