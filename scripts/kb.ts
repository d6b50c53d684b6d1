/**
 * Knowledge-base tool.
 *   npm run --silent kb -- export          the bundled knowledge base as one pack, on stdout
 *   npm run --silent kb -- validate FILE   checks a pack (.json) or CSV (.csv); lists problems, exit 2 if any
 *                                          (--format json|csv overrides the guess from the file name)
 *   npm run --silent kb -- schema          writes docs/hamish-glossary.schema.json from the zod schema
 * Exit codes: 0 fine, 2 problems in the file, 1 usage or I/O error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { bundledPack } from '../lib/kb/bundled';
import { orderedEntry } from '../lib/kb/export';
import { formatIssue } from '../lib/kb/issues';
import { glossaryJsonSchemaText, SCHEMA_PATH } from '../lib/kb/json-schema';
import { parseImport, type ImportFormat } from '../lib/kb/parse';
import { planImport } from '../lib/kb/preview';

const USAGE = 'usage: kb export | kb validate [--format json|csv] FILE | kb schema';

async function validate(args: string[]): Promise<number> {
  let format: ImportFormat | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--format') {
      const f = args[++i];
      if (f !== 'json' && f !== 'csv') return usage();
      format = f;
    } else files.push(args[i]!);
  }
  if (files.length !== 1) return usage();
  const file = files[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`kb: cannot read ${file}: ${(e as Error).message}`);
    return 1;
  }
  format ??= /\.csv$/i.test(file) ? 'csv' : 'json';
  const messages = JSON.parse(readFileSync(new URL('../locales/en/store.json', import.meta.url), 'utf8')) as Parameters<typeof formatIssue>[0];
  const parsed = await parseImport(text, format);
  for (const issue of parsed.issues) console.log(formatIssue(messages, issue));
  const { preview } = planImport(parsed, new Map(), () => []);
  for (const c of preview.conflicts) if (c.kind === 'name') console.log(`note: name «${c.name}» is claimed by ${c.otherId} and ${c.id}`);
  const n = parsed.issues.filter((i) => i.code !== 'store_issue_more').length;
  console.log(`${file}: ${parsed.total} entries, ${parsed.entries.length} valid, ${parsed.issues.length ? 'problems found' : 'no problems'}`);
  return n || parsed.issues.length ? 2 : 0;
}

function usage(): number {
  console.error(USAGE);
  return 1;
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'export': {
      const { entries, ...head } = bundledPack();
      const pack = { ...head, entries: [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(orderedEntry) };
      process.stdout.write(JSON.stringify(pack, null, 1) + '\n');
      return 0;
    }
    case 'validate':
      return validate(rest);
    case 'schema':
      writeFileSync(SCHEMA_PATH, glossaryJsonSchemaText());
      console.log(`wrote ${SCHEMA_PATH}`);
      return 0;
    default:
      return usage();
  }
}

// `kb export | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
