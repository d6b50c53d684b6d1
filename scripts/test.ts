/**
 * `npm test`: every layer, in order, each reported: types, lint, locales, unit tests, the engine's evaluation
 * on the shared development corpus, and the real-browser tests. Exits non-zero if any layer fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const corpus = '../shared/corpus/anercorp-dev';
const steps: Array<[string, string, string[]]> = [
  ['types', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['unit', 'npx', ['vitest', 'run']],
  ['eval', 'npx', ['tsx', 'scripts/eval.ts', corpus]],
  ['e2e', 'npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts']],
];

if (!existsSync(corpus)) {
  console.error(`npm test reads the shared corpus at ${corpus} (it sits beside the clone); it is missing.`);
  process.exit(1);
}

const results: Array<[string, boolean, number]> = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n── ${name}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  results.push([name, r.status === 0, (Date.now() - t0) / 1000]);
}
console.log('\n── summary');
for (const [name, ok, s] of results) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(6)} ${s.toFixed(1)} s`);
const failed = results.filter((r) => !r[1]).length;
console.log(`layers: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
