/**
 * Scoring of predicted mentions against gold mentions, as defined by the evaluation corpus README
 * (../shared/corpus/README.md, "anercorp-dev/"): a prediction is a true positive when it has the gold
 * entity id, the same end, and starts at the gold `start` or `name_start` (edges compared after trimming
 * diacritics and tatweel); otherwise a false positive, unless it overlaps an ignore span of the same entity.
 */
import { isIgnorable } from '../arabic/normalize';

export interface GoldMention {
  line: number;
  start: number;
  end: number;
  entity_id: string;
  name_start: number;
  prefix?: string;
  variant?: string[];
}
export interface IgnoreSpan {
  line: number;
  start: number;
  end: number;
  entity_id: string;
}
export interface Prediction {
  line: number;
  start: number;
  end: number;
  id: string;
}
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  ignored: number;
  precision: number;
  recall: number;
  f1: number;
  procliticRecall: number;
  procliticGold: number;
  hamzaRecall: number;
  hamzaGold: number;
  falsePositives: Prediction[];
  misses: GoldMention[];
}

/** Trim diacritics/tatweel/format characters from both edges of [s, e) in `line`. */
export function trimEdges(line: string, s: number, e: number): [number, number] {
  while (s < e && isIgnorable(line.charCodeAt(s))) s++;
  while (e > s && isIgnorable(line.charCodeAt(e - 1))) e--;
  return [s, e];
}

/** Score `preds` against `gold`, with `ignore` spans; `lines` are the text lines (1-based in records). */
export function score(lines: readonly string[], gold: readonly GoldMention[], ignore: readonly IgnoreSpan[], preds: readonly Prediction[]): Score {
  const key = (line: number, end: number, id: string): string => `${line}:${end}:${id}`;
  const text = (line: number): string => lines[line - 1] ?? '';
  const goldByKey = new Map<string, GoldMention[]>();
  for (const g of gold) {
    const [, ge] = trimEdges(text(g.line), g.start, g.end);
    const k = key(g.line, ge, g.entity_id);
    const list = goldByKey.get(k);
    if (list) list.push(g);
    else goldByKey.set(k, [g]);
  }
  const found = new Set<GoldMention>();
  let tp = 0;
  let fp = 0;
  let ignored = 0;
  const falsePositives: Prediction[] = [];
  for (const p of preds) {
    const t = text(p.line);
    const [ps, pe] = trimEdges(t, p.start, p.end);
    const match = (goldByKey.get(key(p.line, pe, p.id)) ?? []).find((g) => {
      if (found.has(g)) return false;
      const [gs] = trimEdges(t, g.start, g.end);
      const [ns] = trimEdges(t, g.name_start, g.end);
      return ps === gs || ps === ns;
    });
    if (match) {
      found.add(match);
      tp++;
    } else if (ignore.some((i) => i.line === p.line && i.entity_id === p.id && i.start < pe && ps < i.end)) {
      ignored++;
    } else {
      fp++;
      falsePositives.push(p);
    }
  }
  const misses = gold.filter((g) => !found.has(g));
  const proc = gold.filter((g) => g.prefix);
  const hamza = gold.filter((g) => g.variant?.includes('alef'));
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, gold.length);
  return {
    tp,
    fp,
    fn: misses.length,
    ignored,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    procliticRecall: ratio(proc.filter((g) => found.has(g)).length, proc.length),
    procliticGold: proc.length,
    hamzaRecall: ratio(hamza.filter((g) => found.has(g)).length, hamza.length),
    hamzaGold: hamza.length,
    falsePositives,
    misses,
  };
}
