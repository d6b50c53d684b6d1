/** Node-only helpers for the engine (CLI, eval, benchmark). Not for the extension bundle. */
import { readFile } from 'node:fs/promises';
import { packSchema, type Pack } from '../kb/pack';

/** Read and validate a glossary pack file; throws an Error with a one-line message on any problem. */
export async function loadPackFile(path: string): Promise<Pack> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read: ${(e as NodeJS.ErrnoException).code ?? 'error'}`, { cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new Error(`invalid JSON: ${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
  const r = packSchema.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`not a valid glossary pack: ${i ? `${i.path.join('.') || '(root)'}: ${i.message}` : 'invalid'}`);
  }
  return r.data;
}
