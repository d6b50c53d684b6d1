import { DEFAULT_SETTINGS } from '../settings/items';
import { highlightCss, highlightName, safeColor } from './highlight-style';

describe('highlightCss', () => {
  it('has one ::highlight rule per type, underline by default', () => {
    const css = highlightCss(DEFAULT_SETTINGS);
    for (const type of Object.keys(DEFAULT_SETTINGS.colors)) expect(css).toContain(`::highlight(${highlightName(type as 'person')})`);
    expect(css).toMatch(/::highlight\(hamish-person\) \{ text-decoration: underline 2px #d9480f/);
  });

  it('uses a translucent background in background style', () => {
    const css = highlightCss({ ...DEFAULT_SETTINGS, highlightStyle: 'background' });
    expect(css).toContain('::highlight(hamish-place) { background-color: color-mix(in srgb, #2f9e44 30%, transparent); }');
    expect(css).not.toMatch(/hamish-place\) \{ text-decoration/);
  });

  it('takes the reader colours', () => {
    const css = highlightCss({ ...DEFAULT_SETTINGS, colors: { ...DEFAULT_SETTINGS.colors, person: 'rgb(10, 20, 30)' } });
    expect(css).toContain('underline 2px rgb(10, 20, 30)');
  });
});

describe('safeColor', () => {
  it.each([
    ['#abc', '#abc'],
    ['#aabbccdd', '#aabbccdd'],
    ['rebeccapurple', 'rebeccapurple'],
    ['hsl(10 50% 50%)', 'hsl(10 50% 50%)'],
    ['red; } body { display: none', 'FB'],
    ['url(javascript:alert(1))', 'FB'],
    ['</style><script>', 'FB'],
    ['', 'FB'],
  ])('%s → %s', (c, expected) => expect(safeColor(c, 'FB')).toBe(expected));
});
