/**
 * Visible text of an HTML document's body, without a DOM (for the `scan` CLI on saved pages).
 * Drops script/style/noscript/template/textarea/head content and comments, decodes character
 * references, collapses whitespace as CSS `white-space: normal` does, and turns block boundaries into
 * "\n" — the same joining the page layer does, so names split across inline elements stay one mention.
 */

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title', 'head', 'iframe', 'object']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'select', 'button', 'img', 'video', 'audio', 'canvas',
]);

/** Named references worth knowing in news pages (HTML spec § 13.5); others are left as written. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', hellip: '…',
  mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', zwnj: '\u200c',
  zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', shy: '\u00ad', copy: '©', reg: '®', trade: '™', middot: '·',
  bull: '•', times: '×', divide: '÷', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', iexcl: '¡', iquest: '¿', prime: '′', Prime: '″', minus: '−',
};

/** Decode character references (`&amp;`, `&#1575;`, `&#x627;`). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (m, ref: string) => {
    if (ref.startsWith('#')) {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(cp) || cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(cp);
    }
    const v = NAMED[ref];
    return v === undefined ? m : v;
  });
}

/** End index (exclusive) of the tag starting at `i` ('<'), honouring quoted attribute values. */
function tagEnd(html: string, i: number): number {
  let q = '';
  for (let k = i + 1; k < html.length; k++) {
    const c = html[k];
    if (q) {
      if (c === q) q = '';
    } else if (c === '"' || c === "'") q = c;
    else if (c === '>') return k + 1;
  }
  return html.length;
}

/** Visible text of the body of `html`, blocks separated by single "\n". */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  const bodyAt = html.search(/<body[\s>/]/i);
  let i = bodyAt >= 0 ? bodyAt : 0;
  const n = html.length;
  const nameRe = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) parts.push(decodeEntities(html.slice(i, textEnd)).replace(/[ \t\n\r\f]+/g, ' '));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const e = html.indexOf('-->', lt + 4);
      i = e < 0 ? n : e + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      i = tagEnd(html, lt);
      continue;
    }
    const m = nameRe.exec(html.slice(lt, lt + 40));
    if (!m) {
      parts.push('<');
      i = lt + 1;
      continue;
    }
    const closing = m[1] === '/';
    const name = (m[2] as string).toLowerCase();
    const end = tagEnd(html, lt);
    if (closing && (name === 'body' || name === 'html')) break;
    i = end;
    if (!closing && SKIP.has(name) && !html.slice(lt, end).endsWith('/>')) {
      const close = html.slice(end).search(new RegExp(`</${name}[\\s>]`, 'i'));
      i = close < 0 ? n : tagEnd(html, end + close);
      continue;
    }
    if (BLOCK.has(name)) parts.push('\n');
  }
  return parts
    .join('')
    .replace(/ *\n[ \n]*/g, '\n')
    .replace(/^[ \n]+|[ \n]+$/g, '');
}
