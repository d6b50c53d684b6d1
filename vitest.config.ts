import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto'],
    include: ['{lib,components,entrypoints,scripts}/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
  },
});
