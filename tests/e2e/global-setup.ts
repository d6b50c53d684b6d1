/** Builds the extension once for every end-to-end test file, after checking the browsers exist. */
import { execFileSync } from 'node:child_process';
import { requireBrowsers } from './browsers';
import { OUT_DIR, ROOT } from './paths';

/** Builds into OUT_DIR (the bench uses it too), unless HAMISH_E2E_NO_BUILD asks to reuse a build. */
export function buildExtension(targets: ReadonlyArray<'chrome' | 'firefox'> = ['chrome', 'firefox']): void {
  if (process.env.HAMISH_E2E_NO_BUILD) return;
  for (const t of targets) {
    execFileSync('npx', ['wxt', 'build', ...(t === 'firefox' ? ['-b', 'firefox'] : [])], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, HAMISH_OUT_DIR: OUT_DIR } });
  }
}

export default function setup(): void {
  requireBrowsers();
  buildExtension();
}
