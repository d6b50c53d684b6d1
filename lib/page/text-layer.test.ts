import { collectText, rangeFor, UI_HOST_TAG } from './text-layer';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** The text a [start, end) span of the layer maps to in the DOM. */
function spanText(html: string, needle: string): string | null {
  const layer = collectText(body(html));
  const start = layer.text.indexOf(needle);
  if (start < 0) return null;
  return rangeFor(layer, start, start + needle.length)?.toString() ?? null;
}

describe('collectText', () => {
  it.each([
    ['joins across an inline link', '<p>صرّح جيم <a href="#">جيفري</a> بأن</p>', 'صرّح جيم جيفري بأن'],
    ['joins across b / span / em', '<p><b>مجلس</b> <span>الأمن</span> <em>الدولي</em></p>', 'مجلس الأمن الدولي'],
    ['block boundaries become newlines', '<p>سوريا</p><p>روسيا</p>', 'سوريا\nروسيا'],
    ['a div inside a paragraph-like block splits', '<div>أ<div>ب</div>ج</div>', 'أ\nب\nج'],
    ['<br> is a line break', '<p>بشار<br>الأسد</p>', 'بشار\nالأسد'],
    ['list items are blocks', '<ul><li>إدلب</li><li>دمشق</li></ul>', 'إدلب\nدمشق'],
    ['table cells are blocks', '<table><tr><td>موسكو</td><td>واشنطن</td></tr></table>', 'موسكو\nواشنطن'],
  ])('%s', (_name, html, text) => {
    expect(collectText(body(html)).text).toBe(text);
  });

  it.each([
    ['script', '<p>أ</p><script>var x = "جيفري";</script><p>ب</p>'],
    ['style', '<p>أ</p><style>.x{}</style><p>ب</p>'],
    ['noscript', '<p>أ</p><noscript>جيفري</noscript><p>ب</p>'],
    ['textarea', '<p>أ</p><textarea>جيفري</textarea><p>ب</p>'],
    ['select', '<p>أ</p><select><option>جيفري</option></select><p>ب</p>'],
    ['contenteditable', '<p>أ</p><div contenteditable="true">جيفري</div><p>ب</p>'],
    ['contenteditable (empty value)', '<p>أ</p><div contenteditable>جيفري</div><p>ب</p>'],
    ['code', '<p>أ</p><code>جيفري</code><p>ب</p>'],
    ['pre', '<p>أ</p><pre>جيفري</pre><p>ب</p>'],
    ['svg', '<p>أ</p><svg><text>جيفري</text></svg><p>ب</p>'],
    ['our own UI host', `<p>أ</p><${UI_HOST_TAG}>جيفري</${UI_HOST_TAG}><p>ب</p>`],
  ])('skips %s', (_name, html) => {
    const text = collectText(body(html)).text;
    expect(text).not.toContain('جيفري');
    expect(text.replace(/\n/g, '')).toBe('أب');
  });

  it('keeps contenteditable="false" regions', () => {
    expect(collectText(body('<div contenteditable="false">جيفري</div>')).text).toBe('جيفري');
  });

  it('a changed region inside an editing host yields nothing (its host is above the region root)', () => {
    const b = body('<div contenteditable="true"><p>قال جيفري</p></div>');
    expect(collectText(b.querySelector('p') as Element).text).toBe('');
  });

  it('a designMode document yields nothing', () => {
    body('<p>جيفري</p>');
    document.designMode = 'on';
    try {
      expect(collectText(document.body).text).toBe('');
    } finally {
      document.designMode = 'off';
    }
    expect(collectText(document.body).text).toBe('جيفري');
  });

  it('maps every text node to its start offset', () => {
    const layer = collectText(body('<p>جيم <a>جيفري</a></p><p>بومبيو</p>'));
    expect(layer.nodes.map((n) => n.data)).toEqual(['جيم ', 'جيفري', 'بومبيو']);
    expect(layer.starts).toEqual([0, 4, 10]);
    for (let i = 0; i < layer.nodes.length; i++) {
      const n = layer.nodes[i] as Text;
      expect(layer.text.slice(layer.starts[i], (layer.starts[i] as number) + n.data.length)).toBe(n.data);
    }
  });

  it('collects a changed region on its own', () => {
    body('<p>أ</p><article><p>جيم <b>جيفري</b></p></article>');
    expect(collectText(document.querySelector('article') as Element).text).toBe('جيم جيفري');
  });
});

describe('rangeFor', () => {
  it.each([
    ['within one text node', '<p>قال مايك بومبيو أمس</p>', 'مايك بومبيو'],
    ['across an inline element', '<p>صرّح جيم <a href="#">جيفري</a> بأن</p>', 'جيم جيفري'],
    ['across three nodes', '<p>مجلس <b>الأمن</b> <i>الدولي</i> اليوم</p>', 'مجلس الأمن الدولي'],
    ['at the very start', '<p><b>دمشق</b> العاصمة</p>', 'دمشق'],
    ['at the very end', '<p>العاصمة <b>دمشق</b></p>', 'دمشق'],
    ['in a later block', '<p>أ</p><p>ب</p><p>في إدلب</p>', 'إدلب'],
  ])('%s', (_name, html, needle) => {
    expect(spanText(html, needle)).toBe(needle);
  });

  it('starts and ends in the right nodes and offsets', () => {
    const layer = collectText(body('<p>صرّح جيم <a href="#">جيفري</a> بأن</p>'));
    const start = layer.text.indexOf('جيم');
    const r = rangeFor(layer, start, start + 'جيم جيفري'.length) as Range;
    expect(r.startContainer).toBe(layer.nodes[0]);
    expect(r.startOffset).toBe(start);
    expect(r.endContainer).toBe(layer.nodes[1]);
    expect(r.endOffset).toBe('جيفري'.length);
  });

  it('returns null for an empty span or an empty layer', () => {
    expect(rangeFor(collectText(body('<p>أ</p>')), 1, 1)).toBeNull();
    expect(rangeFor(collectText(body('')), 0, 3)).toBeNull();
  });
});
