/** Builds the extension once for every end-to-end test file, after checking the browsers exist. */
import { execFileSync } from 'node:child_process';
import { requireBrowsers } from './browsers';
import { OUT_DIR, ROOT } from './paths';

export default function setup(): void {
  requireBrowsers();
  if (process.env.HAMISH_E2E_NO_BUILD) return;
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    execFileSync('npx', ['wxt', ...args], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, HAMISH_OUT_DIR: OUT_DIR } });
  }
}
