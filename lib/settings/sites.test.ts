import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHES, DEFAULT_SITES, isDefaultSite, isSiteEnabled, siteKey, siteOfUrl, sitePatterns } from './sites';

describe('siteKey', () => {
  it.each([
    ['www.aljazeera.net', 'aljazeera.net'],
    ['WWW.BBC.COM', 'bbc.com'],
    ['arabic.cnn.com', 'arabic.cnn.com'],
    ['example.org.', 'example.org'],
    ['www', 'www'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s → %s', (host, key) => expect(siteKey(host)).toBe(key));
});

describe('siteOfUrl', () => {
  it.each([
    ['https://www.aljazeera.net/news/2024/1/1/x', 'aljazeera.net'],
    ['http://127.0.0.1:8080/demo.html', '127.0.0.1'],
    ['chrome://extensions', null],
    ['chrome-extension://abc/popup.html', null],
    ['file:///tmp/a.html', null],
    ['about:blank', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (url, key) => expect(siteOfUrl(url)).toBe(key));
});

describe('isSiteEnabled', () => {
  it.each([
    ['a default site with no choice', 'www.aljazeera.net', {}, true],
    ['a subdomain of a default site', 'sport.aljazeera.net', {}, true],
    ['a look-alike is not a subdomain', 'notaljazeera.net', {}, false],
    ['a default site switched off (stored under its key)', 'www.aljazeera.net', { 'aljazeera.net': false }, false],
    ['another site with no choice', 'example.com', {}, false],
    ['another site switched on', 'www.example.com', { 'example.com': true }, true],
    ['rt.com outside the Arabic service', 'www.rt.com', {}, false],
    ['the loopback host of the tests', '127.0.0.1', {}, true],
  ])('%s', (_n, host, sites, on) => expect(isSiteEnabled(host, sites)).toBe(on));

  it('isDefaultSite covers every listed site', () => {
    for (const d of DEFAULT_SITES) expect(isDefaultSite(d)).toBe(true);
  });
});

describe('match patterns', () => {
  it('one pattern per default site, IPs and single labels without a wildcard', () => {
    expect(DEFAULT_MATCHES).toHaveLength(DEFAULT_SITES.length);
    expect(DEFAULT_MATCHES).toContain('*://*.aljazeera.net/*');
    expect(DEFAULT_MATCHES).toContain('*://127.0.0.1/*');
    expect(DEFAULT_MATCHES).toContain('*://localhost/*');
    for (const m of DEFAULT_MATCHES) expect(m).toMatch(/^\*:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });

  it.each([
    ['example.com', ['*://example.com/*', '*://www.example.com/*']],
    ['www.example.com', ['*://example.com/*', '*://www.example.com/*']],
    ['192.168.1.4', ['*://192.168.1.4/*']],
  ])('sitePatterns(%s)', (key, pats) => expect(sitePatterns(key)).toEqual(pats));
});
