import { decodeEntities, htmlToText } from './html-text';

describe('htmlToText', () => {
  const rows: Array<[string, string, string]> = [
    ['body only', '<html><head><title>عنوان</title></head><body><p>نص</p></body></html>', 'نص'],
    ['scripts and styles dropped', '<body><script>var a = "<p>لا</p>";</script><style>p{}</style><p>نعم</p></body>', 'نعم'],
    ['noscript and template dropped', '<body><noscript>لا</noscript><template><p>لا</p></template>نعم</body>', 'نعم'],
    ['comments dropped', '<body>قبل<!-- <p>لا</p> -->بعد</body>', 'قبلبعد'],
    ['inline elements joined', '<body><p>جيم <a href="x">جيفري</a> قال</p></body>', 'جيم جيفري قال'],
    ['bold inside a word', '<body><p>ال<b>أمم</b> المتحدة</p></body>', 'الأمم المتحدة'],
    ['blocks become lines', '<body><h1>عنوان</h1><p>أول</p><div>ثان</div></body>', 'عنوان\nأول\nثان'],
    ['br is a line break', '<body><p>أول<br>ثان<br/>ثالث</p></body>', 'أول\nثان\nثالث'],
    ['list items', '<body><ul><li>أ</li><li>ب</li></ul></body>', 'أ\nب'],
    ['whitespace collapsed', '<body><p>  جيم\n\t  جيفري  </p></body>', 'جيم جيفري'],
    ['entities decoded', '<body><p>&laquo;الصباح&raquo; &amp; &#1604;&#x628;&#x646;&#1575;&#1606;</p></body>', '«الصباح» & لبنان'],
    ['nbsp kept as a space', '<body><p>مجلس&nbsp;الأمن</p></body>', 'مجلس\u00a0الأمن'],
    ['quoted > in attributes', '<body><p title="a > b">نص</p></body>', 'نص'],
    ['no body tag', '<p>نص</p>', 'نص'],
    ['stray < kept', '<body><p>3 < 5</p></body>', '3 < 5'],
    ['uppercase tags', '<BODY><P>نص</P><SCRIPT>x</SCRIPT></BODY>', 'نص'],
    ['content after </body> ignored', '<body>نص</body><p>لا</p>', 'نص'],
  ];
  it.each(rows)('%s', (_what, html, expected) => expect(htmlToText(html)).toBe(expected));
});

describe('decodeEntities', () => {
  const rows: Array<[string, string]> = [
    ['&amp;', '&'],
    ['&lt;&gt;', '<>'],
    ['&#1575;', 'ا'],
    ['&#x627;', 'ا'],
    ['&rlm;', '\u200f'],
    ['&unknown;', '&unknown;'],
    ['&#0;', '\ufffd'],
    ['AT&T', 'AT&T'],
  ];
  it.each(rows)('%s', (input, expected) => expect(decodeEntities(input)).toBe(expected));
});
