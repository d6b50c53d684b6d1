/** Where the real browsers are, and the one-line install command printed when one is missing. */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.HAMISH_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.HAMISH_FIREFOX ?? '/usr/bin/firefox-esr';
export const CHROMIUM_LOCALES = process.env.HAMISH_CHROMIUM_LOCALES ?? '/usr/lib/chromium/locales/ar.pak';
export const INSTALL_HINT = 'sudo apt-get update && sudo apt-get install -y chromium chromium-l10n firefox-esr fonts-noto-core';

/** Throws (never skips) when a browser the end-to-end tests need is missing. */
export function requireBrowsers(): void {
  // chromium-l10n: without its locale packs Chromium serves extensions English strings under an Arabic UI.
  const missing = [CHROMIUM, FIREFOX, CHROMIUM_LOCALES].filter((p) => !existsSync(p));
  if (missing.length) {
    throw new Error(`End-to-end tests need real browsers; missing: ${missing.join(', ')}.\nInstall them with:\n  ${INSTALL_HINT}`);
  }
}
