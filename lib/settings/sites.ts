/**
 * Which sites Hamish runs on. A list of major Arabic news domains is on by default (the content script is
 * declared for them in the manifest); the reader may switch any of them off, and switch other sites on
 * through an optional host permission requested from the popup.
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
  'rt.com',
  'swissinfo.ch',
  'dw.com',
  '127.0.0.1',
  'localhost',
] as const;

/** The registrable site a default entry covers: the host itself or any subdomain of it. */
export function isDefaultSite(host: string): boolean {
  return DEFAULT_SITES.some((d) => host === d || host.endsWith('.' + d));
}

/** Whether Hamish should annotate `host`, given the reader's per-site choices. */
export function isSiteEnabled(host: string, sites: Record<string, boolean>): boolean {
  const own = sites[host];
  if (own !== undefined) return own;
  return isDefaultSite(host);
}
