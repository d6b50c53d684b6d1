/**
 * The content script runs on every page: keep what it pulls in small. Bundles entrypoints/content the way
 * a browser gets it (WXT's own runtime left out) and checks that no heavy dependency crept in.
 * @vitest-environment node
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('content script weight', () => {
  it('pulls in neither zod nor idb nor papaparse, and stays under 80 KB minified (WXT runtime aside)', async () => {
    const r = await build({
      entryPoints: ['entrypoints/content/index.ts'],
      bundle: true,
      write: false,
      metafile: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      alias: { '@': '.' },
      external: ['wxt', 'wxt/*'],
      jsx: 'automatic',
      jsxImportSource: 'preact',
      logLevel: 'silent',
    });
    const inputs = Object.keys(r.metafile.inputs);
    expect(inputs.filter((p) => /node_modules\/(zod|idb|papaparse|@tanstack)\//.test(p))).toEqual([]);
    const bytes = r.outputFiles[0]!.contents.byteLength;
    expect(bytes).toBeLessThan(80_000);
  });
});
