/**
 * `npm run --silent scan -- [--glossary PACK.json]... [--no-bundled] FILE...`
 *
 * Prints one JSON line per mention: {"file","line","start","end","id","text"}. For .txt, `line` is 1-based
 * and start/end are 0-based end-exclusive UTF-16 offsets within that line; the whole file is one document.
 * For .html/.htm the same is reported over the visible text of the body (lib/match/html-text.ts).
 * Bad input: one line on stderr naming the file and the problem, exit 2, nothing on stdout.
 */
import { readFile } from 'node:fs/promises';
import { bundledPack } from '../lib/kb/bundled';
import { compileMatcher } from '../lib/match/index';
import { htmlToText } from '../lib/match/html-text';
import { lineOf, lineStarts } from '../lib/match/lines';
import { loadPackFile } from '../lib/match/node';
import type { MatchEntry } from '../lib/match/types';

const USAGE = 'usage: npm run --silent scan -- [--glossary PACK.json]... [--no-bundled] FILE...';

class InputError extends Error {}

async function readUtf8(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? 'error'})`}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid UTF-8`);
  }
}

interface Args {
  glossaries: string[];
  bundled: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const a: Args = { glossaries: [], bundled: true, files: [] };
  let rest = false;
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i] as string;
    if (rest || !x.startsWith('-') || x === '-') a.files.push(x);
    else if (x === '--') rest = true;
    else if (x === '--no-bundled') a.bundled = false;
    else if (x === '--glossary' || x === '-g') {
      const p = argv[++i];
      if (p === undefined) throw new InputError(`--glossary needs a file; ${USAGE}`);
      a.glossaries.push(p);
    } else if (x.startsWith('--glossary=')) a.glossaries.push(x.slice('--glossary='.length));
    else throw new InputError(`unknown option ${x}; ${USAGE}`);
  }
  if (a.files.length === 0) throw new InputError(`no input files; ${USAGE}`);
  return a;
}

async function main(argv: string[]): Promise<string> {
  const args = parseArgs(argv);
  // Read and validate everything before printing anything.
  const byId = new Map<string, MatchEntry>();
  if (args.bundled) for (const e of bundledPack().entries) byId.set(e.id, e);
  for (const g of args.glossaries) {
    const pack = await loadPackFile(g).catch((e: unknown) => {
      throw new InputError(`${g}: ${e instanceof Error ? e.message : String(e)}`);
    });
    // A later pack overrides an entry of the same id (user glossaries over the bundled one).
    for (const e of pack.entries) byId.set(e.id, e);
  }
  const docs: Array<{ file: string; text: string }> = [];
  for (const f of args.files) {
    const lower = f.toLowerCase();
    const isHtml = lower.endsWith('.html') || lower.endsWith('.htm');
    if (!isHtml && !lower.endsWith('.txt')) throw new InputError(`${f}: unsupported file type (expected .txt or .html)`);
    const raw = await readUtf8(f);
    docs.push({ file: f, text: isHtml ? htmlToText(raw) : raw });
  }
  const matcher = compileMatcher([...byId.values()]);
  const out: string[] = [];
  for (const { file, text } of docs) {
    const starts = lineStarts(text);
    for (const m of matcher.scan(text)) {
      const l = lineOf(starts, m.start);
      const base = starts[l] as number;
      out.push(JSON.stringify({ file, line: l + 1, start: m.start - base, end: m.end - base, id: m.ids[0], text: text.slice(m.start, m.end) }));
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

main(process.argv.slice(2)).then(
  (output) => {
    process.stdout.write(output);
  },
  (e: unknown) => {
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`scan: ${msg.split('\n')[0]}\n`);
    process.exitCode = 2;
  },
);
