/**
 * Runs inside the benchmark page (bundled as an IIFE by scripts/bench/run.ts): the floor, Hamish's pass
 * with the same lib/ code as the content script, mark.js, and an npm Aho-Corasick pipeline.
 * Each function times only its own synchronous work and returns milliseconds.
 */
import Mark from 'mark.js';
import AhoCorasick from 'modern-ahocorasick';
import { loadMatcher, type SerializedMatcher } from '../../lib/match';
import { createHighlighter } from '../../lib/page/highlighter';
import { collectText, rangeFor } from '../../lib/page/text-layer';
import type { EntityType } from '../../lib/kb/pack';

const TYPES: EntityType[] = ['person', 'organization', 'place', 'document', 'event', 'other'];

/** One TreeWalker pass reading every text node: the least any annotator must do. */
function floor(): { ms: number; chars: number; nodes: number } {
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    chars += (n as Text).data.length;
    nodes++;
  }
  return { ms: performance.now() - t0, chars, nodes };
}

/** Hamish's whole pass: collect text, normalise + match (with proclitics), ranges, highlights. */
function hamish(serialized: SerializedMatcher): { ms: number; loadMs: number; mentions: number; spans: number[] } {
  const t0 = performance.now();
  const matcher = loadMatcher(serialized);
  const t1 = performance.now();
  const layer = collectText(document.body);
  const found = matcher.scan(layer.text);
  const hl = createHighlighter(window);
  let n = 0;
  for (const m of found) {
    const range = rangeFor(layer, m.start, m.end);
    if (!range) continue;
    hl.add({ range, ids: m.ids, type: TYPES[n % 4]!, short: m.short });
    n++;
  }
  const ms = performance.now() - t1;
  return { ms, loadMs: t1 - t0, mentions: n, spans: found.flatMap((m) => [m.start, m.end]) };
}

/**
 * Hamish's pass without the matching: collect text, ranges and highlights for mentions found beforehand
 * (`spans`: start, end pairs from `hamish` on another fresh page). What any annotator of this page pays
 * in DOM work, whatever its matcher.
 */
function dom(spans: number[]): { ms: number; mentions: number } {
  const t0 = performance.now();
  const layer = collectText(document.body);
  const hl = createHighlighter(window);
  let n = 0;
  for (let k = 0; k < spans.length; k += 2) {
    const range = rangeFor(layer, spans[k]!, spans[k + 1]!);
    if (!range) continue;
    hl.add({ range, ids: [], type: TYPES[n % 4]!, short: false });
    n++;
  }
  return { ms: performance.now() - t0, mentions: n };
}

/** The same job with an npm Aho-Corasick automaton on the raw text: no normalisation, no proclitics. */
function aho(names: string[]): { ms: number; buildMs: number; mentions: number } {
  const t0 = performance.now();
  // Whole words (Unicode boundaries), longest match without overlaps: the job Hamish does, minus Arabic.
  const ac = new AhoCorasick(names, { boundary: 'unicode' });
  const t1 = performance.now();
  const layer = collectText(document.body);
  const hits = ac.search(layer.text, { strategy: 'leftmost-longest' });
  const hl = createHighlighter(window);
  let n = 0;
  for (const h of hits) {
    const range = rangeFor(layer, h.start, h.end);
    if (!range) continue;
    hl.add({ range, ids: [], type: TYPES[n % 4]!, short: false });
    n++;
  }
  return { ms: performance.now() - t1, buildMs: t1 - t0, mentions: n };
}

/** mark.js with the same names, in batches so that it can be cut off at `capMs`. */
function markjs(names: string[], capMs: number): { ms: number; done: number; capped: boolean; mentions: number } {
  const t0 = performance.now();
  const m = new Mark(document.body);
  let done = 0;
  let mentions = 0;
  const batch = 200;
  while (done < names.length) {
    m.mark(names.slice(done, done + batch), { separateWordSearch: false, accuracy: 'exactly', diacritics: false, done: (c: number) => (mentions += c) });
    done = Math.min(names.length, done + batch);
    if (performance.now() - t0 > capMs) return { ms: performance.now() - t0, done, capped: done < names.length, mentions };
  }
  return { ms: performance.now() - t0, done, capped: false, mentions };
}

(window as unknown as { __bench: unknown }).__bench = { floor, hamish, dom, aho, markjs };
