import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { LANGS, mergeLocale } from './lib/i18n/build-locales';

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
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    permissions: ['storage'],
    browser_specific_settings: { gecko: { id: 'hamish@hamish.example' } },
  },
});
