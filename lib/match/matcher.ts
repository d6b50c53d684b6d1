/**
 * The runtime matcher: one pass over the page into normalised words (page-words.ts), then a walk of the
 * token trie from every word that can begin a name (and from its proclitic readings), then selection
 * (select.ts): short-name licensing, longest match without overlaps, candidate ranking.
 */
import { ENTITY_TYPES } from '../kb/entity-types';
import type { SerializedMatcher } from './compile';
import { FirstWords } from './first-words';
import { decodeInts, encodeInts } from './ints';
import { HitFinder } from './hits';
import { pageWords } from './page-words';
import { Selector } from './select';
import type { Mention } from './types';
import { WordTable } from './word-table';

/** A compiled glossary: scan a text (one document) for mentions. */
export interface Matcher {
  /** Mentions in `text` (one document), sorted by start, non-overlapping, offsets in `text`. */
  scan(text: string): Mention[];
  /** Plain data to send to another context and `loadMatcher` there. */
  serialize(): SerializedMatcher;
  /** Number of entries. */
  readonly size: number;
}

class TrieMatcher implements Matcher {
  private readonly vocab: WordTable;
  readonly tok: Int32Array;
  readonly childStart: Int32Array;
  readonly postStart: Int32Array;
  private readonly post: Int32Array;
  private readonly finder: HitFinder;
  private readonly selector: Selector;

  private readonly ids: readonly string[];
  private readonly types: string;
  private readonly vocabText: string;

  constructor(data: SerializedMatcher) {
    // Keep only what scanning needs; serialize() re-encodes the trie from the typed arrays.
    this.ids = data.ids;
    this.types = data.types;
    this.vocabText = data.vocab;
    this.vocab = new WordTable(data.vocab);
    const kids = decodeInts(data.kids);
    const posts = decodeInts(data.posts);
    const gaps = decodeInts(data.tok);
    this.post = decodeInts(data.post);
    const n = kids.length;
    if (posts.length !== n || gaps.length !== n - 1) throw new Error('corrupt serialized matcher');
    // Flat loops only: a nested loop here (children per node) made V8 optimise the inner loop on the
    // stack and throw that code away at every exit, hundreds of times per load (--trace-deopt).
    const childStart = (this.childStart = new Int32Array(n + 1));
    const postStart = (this.postStart = new Int32Array(n + 1));
    // A node's first child follows the children of every node before it (breadth-first numbering).
    let c = 1;
    let p = 0;
    // first[c] = 1 when node c is its parent's first child (or c = n).
    const first = new Uint8Array(n + 1);
    for (let k = 0; k < n; k++) {
      childStart[k] = c;
      postStart[k] = p;
      first[c] = 1;
      c += kids[k] as number;
      p += posts[k] as number;
    }
    childStart[n] = c;
    postStart[n] = p;
    if (c !== n || p !== this.post.length) throw new Error('corrupt serialized matcher');
    // Word ids of siblings ascend: the first child's is its gap, a later one's is the previous + 1 + gap.
    const tok = (this.tok = new Int32Array(n));
    tok[0] = -1;
    const words = this.vocab.count;
    let bad = false;
    for (let k = 1; k < n; k++) {
      const t = first[k] === 1 ? (gaps[k - 1] as number) : (tok[k - 1] as number) + 1 + (gaps[k - 1] as number);
      tok[k] = t;
      bad ||= t >= words;
    }
    const post = this.post;
    const entries = this.ids.length;
    let short = false;
    for (let q = 0; q < post.length; q++) {
      const v = post[q] as number;
      bad ||= v >> 1 >= entries;
      short ||= (v & 1) === 1;
    }
    const types = this.types;
    bad ||= types.length !== entries;
    for (let q = 0; q < types.length; q++) {
      const d = types.charCodeAt(q) - 48;
      bad ||= d < 0 || d >= ENTITY_TYPES.length;
    }
    if (bad) throw new Error('corrupt serialized matcher');
    this.finder = new HitFinder(this, this.vocab, new FirstWords(this.vocab, tok, childStart));
    this.selector = new Selector(postStart, post, this.ids, types, short);
  }

  get size(): number {
    return this.ids.length;
  }

  serialize(): SerializedMatcher {
    const n = this.tok.length;
    const kids = new Int32Array(n);
    const posts = new Int32Array(n);
    const gaps = new Int32Array(Math.max(0, n - 1));
    for (let k = 0; k < n; k++) {
      const c0 = this.childStart[k] as number;
      const c1 = this.childStart[k + 1] as number;
      kids[k] = c1 - c0;
      posts[k] = (this.postStart[k + 1] as number) - (this.postStart[k] as number);
      for (let c = c0; c < c1; c++) gaps[c - 1] = c === c0 ? (this.tok[c] as number) : (this.tok[c] as number) - (this.tok[c - 1] as number) - 1;
    }
    return {
      format: 'hamish-matcher',
      v: 2,
      ids: [...this.ids],
      types: this.types,
      vocab: this.vocabText,
      tok: encodeInts(gaps),
      kids: encodeInts(kids),
      posts: encodeInts(posts),
      post: encodeInts(this.post),
    };
  }

  scan(text: string): Mention[] {
    if (this.tok.length <= 1 || text.length === 0) return [];
    // Fresh buffers per scan: keeping them between scans saved little time and cost heap in every tab.
    const pw = pageWords(text);
    const nh = this.finder.find(pw);
    return nh === 0 ? [] : this.selector.select(this.finder.hits, nh, pw);
  }
}

/** Build the runtime matcher from its serialised form. */
export function fromSerialized(s: SerializedMatcher): Matcher {
  return new TrieMatcher(s);
}
