import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'hamish-scan-'));
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const PACK = file(
  'pack.json',
  JSON.stringify({
    format: 'hamish-glossary',
    version: 1,
    entries: [
      { id: 'jeffrey', type: 'person', label: { ar: 'جيمس جيفري', en: 'James Jeffrey' }, aliases: ['جيم جيفري'], shortAliases: ['جيفري'] },
      { id: 'russia', type: 'place', label: { ar: 'روسيا' } },
      { id: 'r2254', type: 'document', label: { ar: 'قرار مجلس الأمن 2254' }, number: '2254' },
    ],
  }),
);

function scan(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const lines = (out: string): unknown[] => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('scan CLI', () => {
  it('reports .txt mentions per line, the whole file being one document', () => {
    const txt = file('a.txt', 'قال جيفري أمس\nثم وصل جيم جيفري إلى روسيا\r\nو«القرار ٢٢٥٤»');
    const r = scan('--no-bundled', '--glossary', PACK, txt);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout)).toEqual([
      { file: txt, line: 1, start: 4, end: 9, id: 'jeffrey', text: 'جيفري' },
      { file: txt, line: 2, start: 7, end: 16, id: 'jeffrey', text: 'جيم جيفري' },
      { file: txt, line: 2, start: 21, end: 26, id: 'russia', text: 'روسيا' },
      { file: txt, line: 3, start: 2, end: 13, id: 'r2254', text: 'القرار ٢٢٥٤' },
    ]);
  });

  it('reads the visible text of an .html body', () => {
    const html = file('b.html', '<html><head><title>روسيا</title><script>روسيا</script></head><body><h1>عنوان</h1><p>المبعوث جيم <a href="#">جيفري</a> في روسيا</p></body></html>');
    const r = scan('--no-bundled', `--glossary=${PACK}`, html);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual([
      { file: html, line: 2, start: 8, end: 17, id: 'jeffrey', text: 'جيم جيفري' },
      { file: html, line: 2, start: 21, end: 26, id: 'russia', text: 'روسيا' },
    ]);
  });

  it('prints nothing for a file without mentions', () => {
    const r = scan('--no-bundled', '--glossary', PACK, file('c.txt', 'لا شيء هنا'));
    expect([r.code, r.stdout]).toEqual([0, '']);
  });

  it('uses the bundled knowledge base by default', () => {
    const r = scan(resolve(ROOT, '../shared/corpus/seed-article.txt'));
    expect(r.code).toBe(0);
    expect(lines(r.stdout).length).toBeGreaterThan(10);
  });

  const ok = file('ok.txt', 'روسيا');
  // [what, args, text the error line must contain]
  const bad: Array<[string, string[], string]> = [
    ['missing input file', ['--no-bundled', '--glossary', PACK, ok, join(dir, 'missing.txt')], 'missing.txt'],
    ['missing pack', ['--glossary', join(dir, 'nopack.json'), ok], 'nopack.json'],
    ['invalid JSON pack', ['--glossary', file('bad.json', '{"format":'), ok], 'bad.json'],
    ['pack of the wrong shape', ['--glossary', file('shape.json', '{"format":"hamish-glossary","version":1,"entries":[{"id":"x"}]}'), ok], 'shape.json'],
    ['unsupported file type', ['--no-bundled', ok, file('d.pdf', 'x')], 'd.pdf'],
    ['invalid UTF-8', ['--no-bundled', file('e.txt', Buffer.from([0xd8, 0x20, 0xff]))], 'e.txt'],
    ['no files', ['--no-bundled'], 'no input files'],
    ['unknown option', ['--frobnicate', ok], '--frobnicate'],
  ];
  it.each(bad)('%s: exit 2, one line on stderr, nothing on stdout', (_what, args, needle) => {
    const r = scan(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(needle);
  });
});
