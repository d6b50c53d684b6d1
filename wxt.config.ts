import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Parallel builds (tests, bench) may each take their own output folder.
  outDir: process.env.HAMISH_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // WXT has no Preact module; the Vite preset wires JSX to Preact.
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    permissions: ['storage'],
    browser_specific_settings: { gecko: { id: 'hamish@hamish.example' } },
  },
});
