import { Annotator, COUNT_ATTR, splitVisible } from './annotator';
import type { PageMention } from './mention-index';
import { wrapHighlighter } from './highlighter';
import { NAMES, fakeScan, recordingHighlighter } from './test-helpers';
import type { EntityType } from '../kb/pack';
import { compileMatcher } from '../match';

const ARTICLE = `
  <h1>محادثات حول سوريا</h1>
  <p>صرّح الممثل الأمريكي الخاص لشؤون سوريا جيم <a href="/x">جيفري</a> بأنّ واشنطن و<b>موسكو</b> تجريان محادثات.</p>
  <p>وكان وزير الخارجية مايك بومبيو قد ناقش الخطة في <i>إدلب</i>.</p>
  <script>var s = "جيم جيفري";</script>
  <textarea>مايك بومبيو</textarea>
  <div contenteditable="true">إدلب</div>
  <pre>موسكو</pre>
`;

function setup(opts: { html?: string; shown?: (t: EntityType) => boolean; wrap?: boolean } = {}) {
  document.body.innerHTML = opts.html ?? ARTICLE;
  document.documentElement.removeAttribute(COUNT_ATTR);
  const highlighter = opts.wrap ? wrapHighlighter(document) : recordingHighlighter();
  const resolve = vi.fn(async (_ids: string[]) => {});
  const a = new Annotator({
    doc: document,
    highlighter,
    scan: fakeScan(NAMES),
    resolve,
    showType: opts.shown ?? (() => true),
    mutationDelay: 10,
  });
  return { a, highlighter, resolve };
}

const texts = (a: Annotator) => a.mentions.map((m) => m.range.toString());
const count = () => document.documentElement.getAttribute(COUNT_ATTR);
const settle = async (a: Annotator) => {
  await new Promise((r) => setTimeout(r, 40));
  await a.idle();
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Annotator', () => {
  it('highlights the mentions of the page text, across inline elements, skipping scripts, fields, editable regions and code', async () => {
    const { a, highlighter, resolve } = setup();
    await a.start();
    expect(texts(a)).toEqual(['جيم جيفري', 'موسكو', 'مايك بومبيو', 'إدلب']);
    expect(a.mentions.map((m) => m.type)).toEqual(['person', 'place', 'person', 'place']);
    expect((highlighter as ReturnType<typeof recordingHighlighter>).drawn.size).toBe(4);
    expect(count()).toBe('4');
    // Entries are asked for once, for the ids on the page only.
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(new Set(resolve.mock.calls[0]?.[0])).toEqual(new Set(['jeffrey', 'moscow', 'pompeo', 'idlib']));
    a.stop();
  });

  it('leaves the page DOM untouched', async () => {
    const { a } = setup();
    const before = document.body.innerHTML;
    await a.start();
    expect(document.body.innerHTML).toBe(before);
    a.stop();
  });

  it('leaves out the types the reader switched off', async () => {
    const { a } = setup({ shown: (t) => t !== 'place' });
    await a.start();
    expect(texts(a)).toEqual(['جيم جيفري', 'مايك بومبيو']);
    expect(count()).toBe('2');
    a.stop();
  });

  it('draws without waiting for the entries; the pass (and the count) ends when they have arrived', async () => {
    document.body.innerHTML = '<p>جيم جيفري في دمشق</p>';
    document.documentElement.removeAttribute(COUNT_ATTR);
    let arrive = () => {};
    const resolve = vi.fn(() => new Promise<void>((ok) => (arrive = ok)));
    const highlighter = recordingHighlighter();
    const a = new Annotator({ doc: document, highlighter, scan: fakeScan(NAMES), resolve, showType: () => true });
    let done = false;
    void a.start().then(() => (done = true));
    await new Promise((r) => setTimeout(r, 40));
    // Colours come with the scan (the matcher knows each entry's type): both are drawn already.
    expect([...highlighter.drawn].map((m) => [m.range.toString(), m.type])).toEqual([
      ['جيم جيفري', 'person'],
      ['دمشق', 'place'],
    ]);
    expect(resolve).toHaveBeenCalledTimes(1);
    // Hover and keyboard navigation find them already; the pass itself is not over.
    expect(texts(a)).toEqual(['جيم جيفري', 'دمشق']);
    expect(done).toBe(false);
    expect(count()).toBeNull();
    arrive();
    await a.idle();
    expect(done).toBe(true);
    expect(texts(a)).toEqual(['جيم جيفري', 'دمشق']);
    expect(count()).toBe('2');
    a.stop();
  });

  it('an entity hidden while the entries are on their way stays hidden', async () => {
    document.body.innerHTML = '<p>جيم جيفري في دمشق</p>';
    let arrive = () => {};
    const highlighter = recordingHighlighter();
    const a = new Annotator({ doc: document, highlighter, scan: fakeScan(NAMES), resolve: () => new Promise<void>((ok) => (arrive = ok)), showType: () => true });
    const started = a.start();
    await new Promise((r) => setTimeout(r, 40));
    a.dropEntity('jeffrey');
    arrive();
    await started;
    expect(texts(a)).toEqual(['دمشق']);
    expect(highlighter.drawn.size).toBe(1);
    expect(count()).toBe('1');
    a.stop();
  });

  it('keeps its highlights when the entries cannot be fetched', async () => {
    document.body.innerHTML = '<p>جيم جيفري في دمشق</p>';
    const a = new Annotator({ doc: document, highlighter: recordingHighlighter(), scan: fakeScan(NAMES), resolve: () => Promise.reject(new Error('gone')), showType: () => true });
    await a.start();
    expect(texts(a)).toEqual(['جيم جيفري', 'دمشق']);
    expect(count()).toBe('2');
    a.stop();
  });

  it('annotates paragraphs the page adds, and only those', async () => {
    const { a, resolve } = setup();
    await a.start();
    const p = document.createElement('p');
    p.textContent = 'وفي دمشق قال مسؤول إن مجلس الأمن سيجتمع.';
    document.body.appendChild(p);
    await settle(a);
    expect(texts(a)).toEqual(['جيم جيفري', 'موسكو', 'مايك بومبيو', 'إدلب', 'دمشق', 'مجلس الأمن']);
    expect(count()).toBe('6');
    expect(new Set(resolve.mock.calls.at(-1)?.[0])).toEqual(new Set(['damascus', 'sc']));
    a.stop();
  });

  it('re-reads a block whose text changed (a live ticker)', async () => {
    const { a } = setup({ html: '<p id="t">لا أخبار</p><p>في إدلب</p>' });
    await a.start();
    expect(texts(a)).toEqual(['إدلب']);
    const t = document.getElementById('t') as HTMLElement;
    (t.firstChild as Text).data = 'عاجل: مايك بومبيو في موسكو';
    await settle(a);
    expect(texts(a)).toEqual(['مايك بومبيو', 'موسكو', 'إدلب']);
    t.textContent = 'لا أخبار';
    await settle(a);
    expect(texts(a)).toEqual(['إدلب']);
    expect(count()).toBe('1');
    a.stop();
  });

  it('keeps document order when blocks change in the middle, at the start and at the end', async () => {
    const { a } = setup({ html: '<p id="a">في إدلب</p><p id="b">في موسكو</p><p id="c">في دمشق</p>' });
    await a.start();
    const between = document.createElement('p');
    between.textContent = 'قال مايك بومبيو';
    document.getElementById('b')?.after(between);
    (document.getElementById('a')?.firstChild as Text).data = 'جيم جيفري في إدلب';
    document.getElementById('c')?.append(' ومجلس الأمن');
    await settle(a);
    expect(texts(a)).toEqual(['جيم جيفري', 'إدلب', 'موسكو', 'مايك بومبيو', 'دمشق', 'مجلس الأمن']);
    expect(count()).toBe('6');
    a.stop();
  });

  it('keeps one mention per name, in document order, when the page moves paragraphs between sections', async () => {
    const { a } = setup({ html: '<div id="x"><p id="a">في إدلب</p><p id="b">في موسكو</p></div><div id="y"><p id="c">في دمشق</p></div>' });
    await a.start();
    const [x, y] = [document.getElementById('x'), document.getElementById('y')] as [HTMLElement, HTMLElement];
    x.prepend(document.getElementById('c') as HTMLElement);
    await settle(a);
    expect(texts(a)).toEqual(['دمشق', 'إدلب', 'موسكو']);
    y.append(document.getElementById('a') as HTMLElement);
    await settle(a);
    expect(texts(a)).toEqual(['دمشق', 'موسكو', 'إدلب']);
    expect(count()).toBe('3');
    a.stop();
  });

  it('licenses a short name in new text by a full name already on the page (the real matcher)', async () => {
    const m = compileMatcher([{ id: 'jeffrey', type: 'person', label: { ar: 'جيم جيفري' }, shortAliases: ['جيفري'] }]);
    document.body.innerHTML = '<p>قال جيم جيفري</p>';
    const a = new Annotator({ doc: document, highlighter: recordingHighlighter(), scan: (t) => m.scan(t), resolve: async () => {}, showType: () => true, mutationDelay: 10 });
    await a.start();
    const p = document.createElement('p');
    p.textContent = 'وأضاف جيفري أن المحادثات مستمرة';
    document.body.append(p);
    await settle(a);
    expect(a.mentions.map((x) => [x.range.toString(), x.short])).toEqual([
      ['جيم جيفري', false],
      ['جيفري', true],
    ]);
    // Without the full name on the page, the surname alone stays plain.
    document.body.firstElementChild?.remove();
    p.append(' وقال جيفري');
    await settle(a);
    expect(texts(a)).toEqual([]);
    a.stop();
  });

  it('joins a name completed by an inline insertion', async () => {
    const { a } = setup({ html: '<p id="p">قال جيم </p>' });
    await a.start();
    expect(texts(a)).toEqual([]);
    const b = document.createElement('b');
    b.textContent = 'جيفري';
    document.getElementById('p')?.appendChild(b);
    await settle(a);
    expect(texts(a)).toEqual(['جيم جيفري']);
    a.stop();
  });

  it('drops the mentions of removed nodes', async () => {
    const { a } = setup();
    await a.start();
    document.querySelectorAll('p')[1]?.remove();
    await settle(a);
    expect(texts(a)).toEqual(['جيم جيفري', 'موسكو']);
    expect(count()).toBe('2');
    a.stop();
  });

  it('ignores changes inside skipped regions', async () => {
    const { a, resolve } = setup();
    await a.start();
    const calls = resolve.mock.calls.length;
    (document.querySelector('textarea') as HTMLTextAreaElement).textContent = 'موسكو دمشق';
    await settle(a);
    expect(resolve.mock.calls.length).toBe(calls);
    expect(count()).toBe('4');
    a.stop();
  });

  it('stop removes everything; start restores it', async () => {
    const { a, highlighter } = setup();
    await a.start();
    a.stop();
    expect(a.mentions).toEqual([]);
    expect((highlighter as ReturnType<typeof recordingHighlighter>).drawn.size).toBe(0);
    expect(count()).toBe('0');
    await a.start();
    expect(count()).toBe('4');
    a.stop();
  });

  it('dropEntity removes one entity at once', async () => {
    const { a } = setup();
    await a.start();
    a.dropEntity('pompeo');
    expect(texts(a)).toEqual(['جيم جيفري', 'موسكو', 'إدلب']);
    expect(count()).toBe('3');
    a.stop();
  });

  it('without the highlight API, wraps mentions without changing the text, and unwraps on stop', async () => {
    const { a } = setup({ wrap: true });
    const text = document.body.textContent;
    const before = document.body.innerHTML;
    await a.start();
    expect(document.body.textContent).toBe(text);
    const marks = [...document.querySelectorAll('hamish-m')].map((m) => m.textContent);
    expect(marks).toEqual(['جيم ', 'جيفري', 'موسكو', 'مايك بومبيو', 'إدلب']);
    expect(document.querySelector('a hamish-m')?.textContent).toBe('جيفري');
    expect(texts(a)).toEqual(['جيم جيفري', 'موسكو', 'مايك بومبيو', 'إدلب']);
    // Our own wrapping is not taken for a page change.
    await settle(a);
    expect(count()).toBe('4');
    a.stop();
    expect(document.querySelectorAll('hamish-m').length).toBe(0);
    expect(document.body.textContent).toBe(text);
    document.body.normalize();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('splitVisible', () => {
  /** Mentions whose boxes sit at these tops (20px high); null: no box (hidden text). */
  const at = (tops: Array<number | null>) =>
    tops.map((top, i) => {
      const range = document.createRange();
      range.getBoundingClientRect = () => (top === null ? new DOMRect(0, 0, 0, 0) : new DOMRect(10, top, 50, 20));
      return { range, ids: ['e' + i], type: 'person', short: false } as PageMention;
    });
  const win = { innerHeight: 800, innerWidth: 1000 } as Window;

  it('puts the mentions inside the viewport first, measuring only a few', () => {
    const list = at([-900, -500, -100, 50, 300, null, 700, 1200, 2000]);
    const measured = vi.fn();
    for (const m of list) {
      const orig = m.range.getBoundingClientRect;
      m.range.getBoundingClientRect = () => (measured(), orig());
    }
    const { first, rest } = splitVisible(list, win);
    expect(first.map((m) => m.ids[0])).toEqual(['e3', 'e4', 'e6']);
    expect(rest.map((m) => m.ids[0])).toEqual(['e0', 'e1', 'e2', 'e5', 'e7', 'e8']);
    expect(first.length + rest.length).toBe(list.length);
  });

  it('measures O(log n) + visible rects on a long page', () => {
    const tops = Array.from({ length: 2000 }, (_, i) => i * 40 - 20_000);
    const list = at(tops);
    let n = 0;
    for (const m of list) {
      const orig = m.range.getBoundingClientRect;
      m.range.getBoundingClientRect = () => (n++, orig());
    }
    const { first } = splitVisible(list, win);
    expect(first.length).toBe(21);
    expect(n).toBeLessThan(80);
  });
});
