/**
 * The entity types, without the pack schema: the content script needs them on every page, and importing
 * them from pack.ts would bring zod into it.
 */
export const ENTITY_TYPES = ['person', 'organization', 'place', 'document', 'event', 'other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
