import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hamish-eval-'));
  const glossary = {
    format: 'hamish-glossary',
    version: 1,
    entries: [
      { id: 'russia', type: 'place', label: { ar: 'روسيا' } },
      { id: 'un', type: 'organization', label: { ar: 'الأمم المتحدة' } },
    ],
  };
  writeFileSync(join(dir, 'glossary.json'), JSON.stringify(glossary));
  writeFileSync(join(dir, 'text.txt'), 'زار وروسيا أمس\nقال للامم المتحدة إن روسيا\n');
  const gold = [
    { line: 1, start: 4, end: 10, entity_id: 'russia', name_start: 5, prefix: 'و' },
    { line: 2, start: 4, end: 17, entity_id: 'un', name_start: 5, prefix: 'ل', variant: ['alef'] },
  ];
  writeFileSync(join(dir, 'gold.jsonl'), gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
  // The second «روسيا» is not gold but ignored.
  writeFileSync(join(dir, 'ignore.jsonl'), JSON.stringify({ line: 2, start: 21, end: 26, entity_id: 'russia' }) + '\n');
  return dir;
}

const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('eval CLI', () => {
  const dir = corpus();
  it('prints P/R/F1 and the sub-recalls, exit 0 at F1 1', () => {
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('precision 1.0000  recall 1.0000  F1 1.0000');
    expect(r.stdout).toContain('proclitic recall 100.00% (2 mentions)');
    expect(r.stdout).toContain('hamza-variant recall 100.00% (1 mentions)');
    expect(r.stdout).toContain('ignored 1');
  });
  it('exits 1 under --min-f1', () => {
    expect(run(dir, '--min-f1', '1.01').status).toBe(1);
  });
  it('exits 2 on a missing folder', () => {
    expect(run(join(dir, 'nope')).status).toBe(2);
  });
});
