import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The e2e build has its own output folder so a developer's `wxt` build is never clobbered. */
export const OUT_DIR = process.env.HAMISH_E2E_OUT ?? join(ROOT, '.output-e2e');
export const CHROME_EXT = join(OUT_DIR, 'chrome-mv3');
export const FIREFOX_EXT = join(OUT_DIR, 'firefox-mv2');
export const DEMO_DIR = join(ROOT, 'demo');
/** Read by path, never copied into the repository. */
export const SHARED_PAGES = resolve(ROOT, '../shared/corpus/pages');
export const SCREENSHOTS = join(ROOT, 'out/screenshots');
