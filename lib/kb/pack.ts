/**
 * The glossary pack format (version 1): the one shape for the bundled
 * knowledge base, imports, exports and the store. Documented in docs/pack-format.md;
 * docs/hamish-glossary.schema.json is generated from this schema (`npm run kb -- schema`).
 */
import { z } from 'zod';

import { ENTITY_TYPES } from './entity-types';

export { ENTITY_TYPES, type EntityType } from './entity-types';

/** Longest name we accept: real names are far shorter; this stops a pasted article posing as a name. */
export const MAX_NAME = 200;
export const MAX_SUMMARY = 2000;

const name = z.string().trim().min(1).max(MAX_NAME);
const httpUrl = z
  .string()
  .max(2048)
  .refine((u) => {
    try {
      const p = new URL(u).protocol;
      return p === 'http:' || p === 'https:';
    } catch {
      return false;
    }
  }, { message: 'url must be http or https' });

export const bilingual = z.object({ ar: z.string().trim().min(1).max(MAX_SUMMARY).optional(), en: z.string().trim().min(1).max(MAX_SUMMARY).optional() }).strict();

export const roleSchema = z
  .object({
    ar: z.string().trim().min(1).max(300),
    en: z.string().trim().min(1).max(300),
    /** Year the role began (inclusive). */
    from: z.number().int().min(1800).max(2100).optional(),
    /** Year the role ended (inclusive); absent means no end year is recorded. */
    to: z.number().int().min(1800).max(2100).optional(),
  })
  .strict();

export const linkSchema = z.object({ url: httpUrl, label: z.string().trim().min(1).max(100).optional() }).strict();

/** An entry id: letters, digits and . _ : - (e.g. "person:al-sharaa"). */
export const entryIdSchema = z.string().trim().min(1).max(100).regex(/^[\p{L}\p{N}._:-]+$/u, 'id may hold letters, digits and . _ : - only');

export const entrySchema = z
  .object({
    id: entryIdSchema,
    type: z.enum(ENTITY_TYPES),
    label: z
      .object({ ar: name.optional(), en: name.optional() })
      .strict()
      .refine((l) => l.ar !== undefined || l.en !== undefined, { message: 'label needs ar or en' }),
    /** Other full names: spellings, transliterations, English names, abbreviations. */
    aliases: z.array(name).max(100).optional(),
    /** Short forms (surnames, bare common words) highlighted only where a full name occurs in the same document. */
    shortAliases: z.array(name).max(100).optional(),
    /** For numbered documents (resolutions): the number, ASCII digits, e.g. "2254". */
    number: z.string().regex(/^[0-9]{1,6}$/).optional(),
    summary: bilingual.optional(),
    roles: z.array(roleSchema).max(50).optional(),
    links: z.array(linkSchema).max(20).optional(),
    tags: z.array(z.string().trim().min(1).max(50)).max(30).optional(),
    /** ISO 8601 timestamps. */
    created: z.string().datetime().optional(),
    updated: z.string().datetime().optional(),
  })
  .strict();

export type Entry = z.infer<typeof entrySchema>;
export type Role = z.infer<typeof roleSchema>;

export const PACK_FORMAT = 'hamish-glossary';
export const PACK_VERSION = 1;
/** Most entries one pack (or CSV file) may hold: twice the 50,000 we promise to import quickly. */
export const MAX_PACK_ENTRIES = 100_000;

export const packSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    name: z.string().max(200).optional(),
    /** Version of the pack's content (the bundled KB uses it to know when to reload). */
    revision: z.string().max(50).optional(),
    entries: z.array(entrySchema),
    /** Ids the user hid (bundled entries they do not want highlighted); written by "export user layer". */
    hidden: z.array(entryIdSchema).max(MAX_PACK_ENTRIES).optional(),
  })
  .strict();

export type Pack = z.infer<typeof packSchema>;
