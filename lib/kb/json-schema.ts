/** The JSON Schema of the pack format, generated from the zod schema (docs/hamish-glossary.schema.json). */
import { z } from 'zod';
import { packSchema } from './pack';

export const SCHEMA_PATH = 'docs/hamish-glossary.schema.json';

/** The JSON Schema text (draft 2020-12) with a trailing newline, as committed. */
export function glossaryJsonSchemaText(): string {
  const schema = z.toJSONSchema(packSchema, { io: 'input', target: 'draft-2020-12' });
  const doc = {
    ...schema,
    $id: 'https://hamish.example/hamish-glossary.schema.json',
    title: 'Hamish glossary pack',
    description:
      'A glossary pack for Hamish (هامش), version 1. Generated from lib/kb/pack.ts by `npm run kb -- schema`; ' +
      'see docs/pack-format.md. Some rules are checked by Hamish only: links must be http(s) URLs, a label needs ar or en, ids are unique.',
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
