/**
 * The founding example: every entity of ../shared/corpus/seed-article.txt lights up at every mention with
 * the bundled knowledge base, and nothing else does. The table is the whole expected output, in order.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../match';
import { bundledPack } from './bundled';

// Read by path from the shared corpus beside the clone (never copied in).
const SEED = resolve(process.cwd(), '../shared/corpus/seed-article.txt');

// [surface as written (proclitics included), entry id]
const EXPECTED: Array<[string, string]> = [
  ['سوريا', 'place:syria'],
  ['جيم جيفري', 'person:jim-jeffrey'],
  ['الولايات المتحدة', 'place:united-states'],
  ['وروسيا', 'place:russia'],
  // The Syrian war is an event in the knowledge base; news names it «الأزمة السورية» / «النزاع السوري».
  ['الأزمة السورية', 'event:syrian-civil-war'],
  ['سوريا', 'place:syria'],
  ['محافظة إدلب', 'place:idlib-governorate'],
  ['جيفري', 'person:jim-jeffrey'],
  ['لمجلس الأمن الدولي', 'org:un-security-council'],
  ['موسكو', 'place:moscow'],
  ['وواشنطن', 'place:washington-dc'],
  ['النزاع السوري', 'event:syrian-civil-war'],
  ['مايك بومبيو', 'person:mike-pompeo'],
  ['روسيا', 'place:russia'],
  // «لحكومة سوريةّ»: "a government of Syria"; سورية is the other common spelling of Syria.
  ['سوريةّ', 'place:syria'],
  ['الأمم المتحدة', 'org:united-nations'],
  ['الرقم 2254', 'doc:unsc-2254'],
  ['القرار 2254', 'doc:unsc-2254'],
  ['الأمم المتحدة', 'org:united-nations'],
  ['جيفري', 'person:jim-jeffrey'],
  ['إدلب', 'place:idlib'],
  ['لجنةٍ دستوريّة', 'org:syrian-constitutional-committee'],
  // «نظام الأسد»: the surname is licensed by «بشّار الأسد» further down the same article.
  ['الأسد', 'person:bashar-al-assad'],
  ['الولايات المتّحدة', 'place:united-states'],
  ['بشّار الأسد', 'person:bashar-al-assad'],
  ['جيفري', 'person:jim-jeffrey'],
  ['جيفري', 'person:jim-jeffrey'],
  ['مجلس الأمن', 'org:un-security-council'],
  ['بريطانيا', 'place:united-kingdom'],
  ['وفرنسا', 'place:france'],
  ['والصين', 'place:china'],
  ['وروسيا', 'place:russia'],
  ['الأسد', 'person:bashar-al-assad'],
  ['مجلس الأمن', 'org:un-security-council'],
  ['الأسد', 'person:bashar-al-assad'],
  ['محافظة إدلب', 'place:idlib-governorate'],
  ['سيرغي فيرشينين', 'person:sergey-vershinin'],
  ['الأمم المتحدة', 'org:united-nations'],
  ['روسيا', 'place:russia'],
  ['فيرشينين', 'person:sergey-vershinin'],
  ['روسيا', 'place:russia'],
  ['الولايات المتحدة', 'place:united-states'],
  ['سوريا', 'place:syria'],
  ['الأمم المتّحدة', 'org:united-nations'],
  ['سوريا', 'place:syria'],
  ['غير بيدرسن', 'person:geir-pedersen'],
  ['سوريا', 'place:syria'],
  ['دمشق', 'place:damascus'],
  ['سوريا', 'place:syria'],
  ['أ ف ب', 'org:afp'],
];

describe('seed article with the bundled knowledge base', () => {
  const text = readFileSync(SEED, 'utf8');
  const found = compileMatcher(bundledPack().entries)
    .scan(text)
    .map((m) => [text.slice(m.start, m.end), m.ids[0]] as [string, string]);

  it('finds exactly the expected mentions, in order', () => {
    expect(found).toEqual(EXPECTED);
  });

  it.each([
    ['Jim Jeffrey', 'person:jim-jeffrey', 5],
    ['Mike Pompeo', 'person:mike-pompeo', 1],
    ['Bashar al-Assad', 'person:bashar-al-assad', 4],
    ['Sergey Vershinin', 'person:sergey-vershinin', 2],
    ['Geir Pedersen', 'person:geir-pedersen', 1],
    ['UN Security Council', 'org:un-security-council', 3],
    ['United Nations', 'org:united-nations', 4],
    ['Constitutional Committee', 'org:syrian-constitutional-committee', 1],
    ['AFP', 'org:afp', 1],
    ['Resolution 2254', 'doc:unsc-2254', 2],
    ['Syria', 'place:syria', 7],
    ['Russia', 'place:russia', 5],
    ['United States', 'place:united-states', 3],
  ])('%s: every mention (%s × %i)', (_name, id, n) => {
    expect(found.filter(([, i]) => i === id)).toHaveLength(n);
  });
});
