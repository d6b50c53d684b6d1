import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { LANGS, mergeLocale } from './lib/i18n/build-locales';
import { DEFAULT_MATCHES } from './lib/settings/sites';

/** Any other site, asked for one site at a time from the popup (docs/permissions.md). */
const OPTIONAL_ORIGINS = ['*://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Parallel builds (tests, bench) may each take their own output folder.
  outDir: process.env.HAMISH_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // WXT has no Preact module; the Vite preset wires JSX to Preact.
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // _locales is generated from locales/<lang>/*.json fragments (see lib/i18n/build-locales.ts).
    'build:publicAssets': (wxt, files) => {
      for (const lang of LANGS) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(mergeLocale(wxt.config.root, lang)) });
      }
    },
  },
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    // Least privilege (docs/permissions.md): storage for settings; activeTab so the popup can read the current
    // tab's host and inject once the reader grants a site; scripting (MV3) to register the content script for
    // granted sites. Host access only to the default news sites; any other site is an optional permission.
    permissions: ['storage', 'activeTab', ...(manifestVersion === 3 ? ['scripting'] : [])],
    host_permissions: DEFAULT_MATCHES,
    ...(manifestVersion === 3 ? { optional_host_permissions: OPTIONAL_ORIGINS } : { optional_permissions: OPTIONAL_ORIGINS }),
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: { suggested_key: { default: 'Alt+Shift+H' } },
      // Next / previous highlighted name (entrypoints/background/commands.ts). Period and Comma are valid
      // command keys in Chrome and Firefox; Alt+Shift leaves the page's own shortcuts alone.
      'page-next': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_card_cmdNext__' },
      'page-prev': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_card_cmdPrev__' },
    },
    browser_specific_settings: { gecko: { id: 'hamish@hamish.example' } },
  }),

});
