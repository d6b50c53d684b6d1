/**
 * Synthetic, deterministic material for `npm run bench`: glossaries of any size with Arabic names,
 * and an Arabic news page of about 80,000 characters in about 2,600 text nodes, with names inside links
 * and bold, some with proclitics, some split across inline elements.
 */
import type { Entry, EntityType } from '../../lib/kb/pack';

/** Mulberry32: a tiny seeded PRNG so every run measures the same page. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['محمد', 'أحمد', 'علي', 'حسن', 'خالد', 'عمر', 'يوسف', 'سمير', 'نبيل', 'كريم', 'فادي', 'رامي', 'هشام', 'طارق', 'ماجد', 'زياد', 'سليم', 'عادل', 'منير', 'جمال', 'ليلى', 'سلمى', 'هدى', 'رنا', 'دينا', 'ميساء', 'نادين', 'ريم', 'سعاد', 'عبير'];
const ROOTS = ['كرم', 'سلم', 'حمد', 'نصر', 'شرف', 'جبر', 'رشد', 'فتح', 'قدر', 'عزم', 'حكم', 'نعم', 'بدر', 'صبر', 'غنم', 'وفق', 'زهر', 'طلع', 'ثبت', 'سعد'];
const PATTERNS = [(r: string) => `ال${r[0]}ا${r[1]}${r[2]}ي`, (r: string) => `${r[0]}${r[1]}ي${r[2]}ان`, (r: string) => `ال${r[0]}${r[1]}و${r[2]}ي`, (r: string) => `${r[0]}ا${r[1]}${r[2]}ي`, (r: string) => `بن ${r[0]}${r[1]}ي${r[2]}`];
const ORG_HEAD = ['مجلس', 'هيئة', 'لجنة', 'مؤسسة', 'وكالة', 'اتحاد', 'جمعية', 'مركز', 'منظمة', 'حركة'];
const PLACE_HEAD = ['مدينة', 'بلدة', 'قرية', 'وادي', 'جبل', 'سهل'];
const TYPES: EntityType[] = ['person', 'person', 'organization', 'place', 'document'];

/** `n` distinct entries; names are built from a root-and-pattern scheme so they look and tokenise like Arabic. */
export function syntheticGlossary(n: number, seed = 1): Entry[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const seen = new Set<string>();
  const out: Entry[] = [];
  let i = 0;
  while (out.length < n) {
    i++;
    const type = TYPES[i % TYPES.length]!;
    const root = pick(ROOTS);
    const family = pick(PATTERNS)(root) + (i % 7 === 0 ? '' : String.fromCharCode(0x0628 + (i % 20)));
    let ar: string;
    if (type === 'person') ar = `${pick(FIRST)} ${family}`;
    else if (type === 'organization') ar = `${pick(ORG_HEAD)} ${family}${i % 3 ? ' ' + pick(ROOTS) + 'ية' : ''}`;
    else if (type === 'place') ar = `${pick(PLACE_HEAD)} ${family}`;
    else ar = `القرار ${1000 + i}`;
    if (seen.has(ar)) continue;
    seen.add(ar);
    const e: Entry = { id: `syn-${out.length}`, type, label: { ar, en: `Synthetic ${out.length}` } };
    if (type === 'person') e.shortAliases = [family];
    out.push(e);
  }
  return out;
}

const FILLER = 'قال المتحدث إن الاجتماع الذي عقد أمس بحث سبل تعزيز التعاون في مجالات الاقتصاد والتعليم والصحة وأكد المشاركون أهمية الحوار وضرورة الالتزام بالاتفاقات السابقة وأشار التقرير إلى أن الأوضاع تشهد تحسنا نسبيا رغم التحديات في حين دعت الأطراف إلى مواصلة المشاورات خلال الأسابيع المقبلة'.split(' ');
const PROCLITICS = ['', '', '', 'و', 'ب', 'ل', 'وب'];

export interface PageOptions {
  chars?: number;
  textNodes?: number;
  seed?: number;
}

/** An RTL news page whose mentions come from `names`; returns the HTML and how many names were written. */
export function syntheticPage(names: readonly string[], opts: PageOptions = {}): { html: string; written: number } {
  const chars = opts.chars ?? 80_000;
  const rand = rng(opts.seed ?? 7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const paras: string[] = [];
  let size = 0;
  let written = 0;
  while (size < chars) {
    const parts: string[] = [];
    for (let s = 0; s < 5; s++) {
      const words: string[] = [];
      for (let w = 0; w < 6 + Math.floor(rand() * 6); w++) words.push(pick(FILLER));
      let sentence = words.join(' ');
      for (let k = 0; k < 2; k++) {
      const name = pick(names);
      const pre = name.startsWith('ال') ? pick(['', 'و', 'ب']) : pick(PROCLITICS);
      const mode = Math.floor(rand() * 5);
      written++;
      if (mode === 0) sentence += ` <a href="#">${pre}${name}</a>`;
      else if (mode === 1) sentence += ` <b>${pre}${name}</b>`;
      else if (mode === 2 && name.includes(' ')) {
        const [a, ...b] = name.split(' ');
        sentence += ` <a href="#">${pre}${a}</a> ${b.join(' ')}`;
      } else sentence += ` ${pre}${name}`;
      if (k === 0) sentence += ' ' + pick(FILLER) + ' ' + pick(FILLER);
      }
      parts.push(sentence + '.');
      size += sentence.replace(/<[^>]+>/g, '').length;
    }
    paras.push(`<p>${parts.join(' ')}</p>`);
  }
  const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحة اختبار</title></head><body><main><article>${paras.join('\n')}</article></main></body></html>`;
  return { html, written };
}
