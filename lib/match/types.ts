/** The engine's public contract: what the page layer, the options page and the CLI rely on. */
import type { EntityType } from '../kb/entity-types';
import type { Entry } from '../kb/pack';

/** The fields of an entry the matcher needs. */
export type MatchEntry = Pick<Entry, 'id' | 'type' | 'label' | 'aliases' | 'shortAliases' | 'number'>;

/** One mention found in a text. Offsets are UTF-16, end-exclusive, in the ORIGINAL text. */
export interface Mention {
  start: number;
  end: number;
  /** Candidate entry ids, best first (several when entries share a name). */
  ids: string[];
  /** Type of the best candidate, `ids[0]` (the highlight's colour). */
  type: EntityType;
  /** True when the mention came from a shortAlias (licensed by a full name elsewhere in the document). */
  short: boolean;
  /**
   * Where the name itself begins (after attached proclitics such as و ب لل); equals `start` when the
   * word carries none. Added by the engine; optional so that older producers stay valid.
   */
  nameStart?: number;
}
