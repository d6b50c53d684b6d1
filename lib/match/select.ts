/**
 * From trie hits to mentions: short-name licensing, the best hit per start word, longest match without
 * overlaps, candidate ranking, offsets mapped back to the original text. Hits are plain ints (`HIT`
 * per hit) and licensing is an epoch array over entries, so a page allocates little beyond the mentions.
 */
import { ENTITY_TYPES, type EntityType } from '../kb/entity-types';
import { origOfUnit, STRIDE, W_END, W_ORIG_END, W_ORIG_SKIP, W_ORIG_START, W_START, type PageWords } from './page-words';
import type { Mention } from './types';

/** Ints per hit (a trie walk that reached a node with postings), and their meaning. */
export const HIT = 4;
export const H_FIRST = 0; // first word index
export const H_LAST = 1; // last word index (inclusive)
export const H_NODE = 2; // trie node
export const H_PREFIX = 3; // code units of proclitics before the name in the first word

export class Selector {
  /** Entry → epoch of the last scan in which one of its full names occurred. */
  private lic: Int32Array | null = null;
  private epoch = 0;
  private best = new Int32Array(64);

  /**
   * `postStart`, `post`: postings per trie node (`entryIndex * 2 + short`, see compile.ts); `ids`: entry
   * ids; `types`: their types as digits (compile.ts); `hasShort`: some posting is a short name
   * (otherwise licensing is skipped).
   */
  constructor(
    private readonly postStart: Int32Array,
    private readonly post: Int32Array,
    private readonly ids: readonly string[],
    private readonly types: string,
    private readonly hasShort: boolean,
  ) {}

  /** Mentions from `hits[0, nh * HIT)`, which come grouped by first word, in word order. */
  select(hits: Int32Array, nh: number, pw: PageWords): Mention[] {
    const { postStart, post } = this;
    // Short-name licensing: an entry is licensed when one of its full names occurs in the document
    // (anywhere, even inside a longer mention). Without short names every posting is even: usable.
    let lic = this.lic;
    let epoch = 0;
    if (this.hasShort) {
      if (lic === null || this.epoch === 0x7fffffff) {
        lic = this.lic = new Int32Array(this.ids.length);
        this.epoch = 0;
      }
      epoch = ++this.epoch;
      for (let k = 0; k < nh; k++) {
        const node = hits[k * HIT + H_NODE] as number;
        for (let p = postStart[node] as number, e = postStart[node + 1] as number; p < e; p++) {
          const v = post[p] as number;
          if ((v & 1) === 0) lic[v >> 1] = epoch;
        }
      }
    }
    // Best hit per start word: more words, then fewer proclitic letters.
    if (this.best.length < nh) this.best = new Int32Array(Math.max(nh, 2 * this.best.length));
    const best = this.best;
    let nb = 0;
    for (let k = 0; k < nh; k++) {
      const h = k * HIT;
      const node = hits[h + H_NODE] as number;
      let usable = false;
      for (let p = postStart[node] as number, e = postStart[node + 1] as number; p < e && !usable; p++) {
        const v = post[p] as number;
        usable = (v & 1) === 0 || (lic as Int32Array)[v >> 1] === epoch;
      }
      if (!usable) continue;
      if (nb > 0 && hits[(best[nb - 1] as number) * HIT + H_FIRST] === hits[h + H_FIRST]) {
        const b = (best[nb - 1] as number) * HIT;
        const last = hits[h + H_LAST] as number;
        const bLast = hits[b + H_LAST] as number;
        if (last > bLast || (last === bLast && (hits[h + H_PREFIX] as number) < (hits[b + H_PREFIX] as number))) best[nb - 1] = k;
      } else best[nb++] = k;
    }
    const chosen = chooseLongest(hits, best, nb, pw);
    return this.mentions(hits, nh, chosen, pw, lic, epoch);
  }

  private mentions(hits: Int32Array, nh: number, chosen: Int32Array, pw: PageWords, lic: Int32Array | null, epoch: number): Mention[] {
    const { postStart, post, ids, types } = this;
    const { text, words: W } = pw;
    const usable = (v: number): boolean => (v & 1) === 0 || (lic as Int32Array)[v >> 1] === epoch;
    let namesOf: Map<number, Set<number>> | null = null;
    const out: Mention[] = new Array(chosen.length);
    for (let c = 0; c < chosen.length; c++) {
      const h = (chosen[c] as number) * HIT;
      const node = hits[h + H_NODE] as number;
      const p0 = postStart[node] as number;
      const p1 = postStart[node + 1] as number;
      let cand: string[];
      let short: boolean;
      let best: number; // entry index of cand[0]
      if (p1 - p0 === 1) {
        const v = post[p0] as number;
        best = v >> 1;
        cand = [ids[best] as string];
        short = (v & 1) === 1;
      } else {
        namesOf ??= sharedNames(hits, nh, chosen, postStart, post, usable);
        // Ranking for shared names: entries whose other names occur in the document come first.
        const ranked: Array<{ v: number; o: number }> = [];
        for (let p = p0; p < p1; p++) {
          const v = post[p] as number;
          if (!usable(v)) continue;
          const set = namesOf.get(v >> 1);
          ranked.push({ v, o: set ? set.size - (set.has(node) ? 1 : 0) : 0 });
        }
        ranked.sort((a, b) => Number(b.o > 0) - Number(a.o > 0) || (a.v & 1) - (b.v & 1) || b.o - a.o || (a.v >> 1) - (b.v >> 1));
        cand = ranked.map((r) => ids[r.v >> 1] as string);
        short = ranked.every((r) => (r.v & 1) === 1);
        best = (ranked[0] as { v: number }).v >> 1;
      }
      const b = (hits[h + H_FIRST] as number) * STRIDE;
      const start = W[b + W_ORIG_START] as number;
      const end = W[(hits[h + H_LAST] as number) * STRIDE + W_ORIG_END] as number;
      const prefix = hits[h + H_PREFIX] as number;
      const nameStart = prefix === 0 ? start : origOfUnit(text, start, W[b + W_ORIG_SKIP] as number, prefix);
      const type = ENTITY_TYPES[types.charCodeAt(best) - 48] as EntityType;
      out[c] = { start, end, nameStart, ids: cand, type, short };
    }
    return out;
  }
}

/**
 * For the entries of the shared names among `chosen`: the distinct nodes (names) at which they have a
 * usable posting among all hits.
 */
function sharedNames(
  hits: Int32Array,
  nh: number,
  chosen: Int32Array,
  postStart: Int32Array,
  post: Int32Array,
  usable: (v: number) => boolean,
): Map<number, Set<number>> {
  const names = new Map<number, Set<number>>();
  for (let c = 0; c < chosen.length; c++) {
    const node = hits[(chosen[c] as number) * HIT + H_NODE] as number;
    const p0 = postStart[node] as number;
    const p1 = postStart[node + 1] as number;
    if (p1 - p0 > 1) for (let p = p0; p < p1; p++) names.set((post[p] as number) >> 1, new Set());
  }
  for (let k = 0; k < nh; k++) {
    const node = hits[k * HIT + H_NODE] as number;
    for (let p = postStart[node] as number, e = postStart[node + 1] as number; p < e; p++) {
      const v = post[p] as number;
      if (usable(v)) names.get(v >> 1)?.add(node);
    }
  }
  return names;
}

/**
 * Longest match wins across start words: more words, then more characters, then earlier; no overlaps.
 * Greedy in that order is decided within each run of overlapping hits (runs share no word), so the
 * common case of no overlap costs one comparison per hit. Returns hit indices in word order.
 */
function chooseLongest(hits: Int32Array, best: Int32Array, nb: number, pw: PageWords): Int32Array {
  const chosen = new Int32Array(nb);
  let nc = 0;
  for (let k = 0; k < nb; ) {
    let maxLast = hits[(best[k] as number) * HIT + H_LAST] as number;
    let end = k + 1;
    for (; end < nb; end++) {
      const h = (best[end] as number) * HIT;
      if ((hits[h + H_FIRST] as number) > maxLast) break;
      maxLast = Math.max(maxLast, hits[h + H_LAST] as number);
    }
    if (end - k === 1) chosen[nc++] = best[k] as number;
    else if (end - k === 2) chosen[nc++] = longer(hits, best[k] as number, best[k + 1] as number, pw.words);
    else nc = resolveRun(hits, best.subarray(k, end), pw.words, chosen, nc);
    k = end;
  }
  return chosen.subarray(0, nc);
}

/** The preferred of two overlapping hits `a`, `b` (a starts first): more words, then more characters. */
function longer(hits: Int32Array, a: number, b: number, W: Int32Array): number {
  const fa = hits[a * HIT + H_FIRST] as number;
  const la = hits[a * HIT + H_LAST] as number;
  const fb = hits[b * HIT + H_FIRST] as number;
  const lb = hits[b * HIT + H_LAST] as number;
  if (lb - fb !== la - fa) return lb - fb > la - fa ? b : a;
  const spanA = (W[la * STRIDE + W_END] as number) - (W[fa * STRIDE + W_START] as number);
  const spanB = (W[lb * STRIDE + W_END] as number) - (W[fb * STRIDE + W_START] as number);
  return spanB > spanA ? b : a;
}

/** Greedy choice within a run of overlapping hits (see chooseLongest); appends to `chosen` in word order. */
function resolveRun(hits: Int32Array, run: Int32Array, W: Int32Array, chosen: Int32Array, nc: number): number {
  const first = (k: number): number => hits[k * HIT + H_FIRST] as number;
  const last = (k: number): number => hits[k * HIT + H_LAST] as number;
  const span = (k: number): number => (W[last(k) * STRIDE + W_END] as number) - (W[first(k) * STRIDE + W_START] as number);
  const order = Array.from(run).sort((a, b) => last(b) - first(b) - (last(a) - first(a)) || span(b) - span(a) || first(a) - first(b));
  const base = first(run[0] as number);
  let top = base;
  for (const h of run) top = Math.max(top, last(h));
  const taken = new Uint8Array(top - base + 1);
  const out: number[] = [];
  for (const h of order) {
    let free = true;
    for (let w = first(h); w <= last(h) && free; w++) if (taken[w - base]) free = false;
    if (!free) continue;
    for (let w = first(h); w <= last(h); w++) taken[w - base] = 1;
    out.push(h);
  }
  out.sort((a, b) => first(a) - first(b));
  for (const h of out) chosen[nc++] = h;
  return nc;
}
