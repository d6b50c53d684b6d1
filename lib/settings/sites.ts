/**
 * Which sites Hamish runs on. A list of major Arabic news domains is on by default (the content script is
 * declared for them in the manifest); the reader may switch any of them off, and switch other sites on
 * through an optional host permission requested from the popup (see docs/permissions.md).
 *
 * Sites are keyed by a normalised host (`siteKey`): lower case, without a leading "www.", so that
 * www.example.com and example.com share one switch.
 */

/** Major Arabic news sites, on by default. Loopback hosts serve the demo page and the tests. */
export const DEFAULT_SITES = [
  'aljazeera.net',
  'alarabiya.net',
  'arabic.cnn.com',
  'bbc.com',
  'skynewsarabia.com',
  'france24.com',
  'independentarabia.com',
  'aawsat.com',
  'alquds.co.uk',
  'youm7.com',
  'ahram.org.eg',
  'almasryalyoum.com',
  'annahar.com',
  'al-akhbar.com',
  'alyaum.com',
  'assabah.com.tn',
  'hespress.com',
  'alraimedia.com',
  'sana.sy',
  'enabbaladi.net',
  'arabi21.com',
  // RT's Arabic service only, not all of rt.com.
  'arabic.rt.com',
  'swissinfo.ch',
  'dw.com',
  '127.0.0.1',
  'localhost',
] as const;

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Hosts that take no subdomain wildcard in a match pattern (an IP address, a single label). */
function isBareHost(host: string): boolean {
  return IPV4.test(host) || host.startsWith('[') || !host.includes('.');
}

/** The key a host is remembered under: lower case, no trailing dot, no leading "www.". */
export function siteKey(host: string): string {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  return h.startsWith('www.') && h.length > 4 ? h.slice(4) : h;
}

/** The host of an http(s) URL as a site key; null for pages Hamish never runs on (browser pages, files, the extension itself). */
export function siteOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname ? siteKey(u.hostname) : null;
  } catch {
    return null;
  }
}

/** The registrable site a default entry covers: the host itself or any subdomain of it. */
export function isDefaultSite(host: string): boolean {
  const k = siteKey(host);
  return DEFAULT_SITES.some((d) => k === d || k.endsWith('.' + d));
}

/** Whether Hamish should annotate `host`, given the reader's per-site choices. */
export function isSiteEnabled(host: string, sites: Record<string, boolean>): boolean {
  const own = sites[siteKey(host)];
  if (own !== undefined) return own;
  return isDefaultSite(host);
}

/**
 * Match patterns for the default sites: the manifest's host_permissions and the content script's `matches`.
 * In Chrome and Firefox `*://*.example.com/*` covers example.com itself and every subdomain; a pattern
 * without a port matches every port (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns).
 */
export const DEFAULT_MATCHES: string[] = DEFAULT_SITES.map((d) => (isBareHost(d) ? `*://${d}/*` : `*://*.${d}/*`));

/** Match patterns that cover one reader-enabled site: exactly the host and its "www." twin, no other subdomain. */
export function sitePatterns(key: string): string[] {
  const k = siteKey(key);
  return isBareHost(k) ? [`*://${k}/*`] : [`*://${k}/*`, `*://www.${k}/*`];
}
