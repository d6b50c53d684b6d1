import { normalizeWithMap } from './normalize';
import { splits } from './proclitics';

const stems = (w: string): string[] => splits(normalizeWithMap(w).norm).map((s) => `${s.stem}@${s.prefix}${s.article ? '+ال' : ''}`);

describe('splits', () => {
  // [word, readings that must be offered]
  const offered: Array<[string, string[]]> = [
    ['وروسيا', ['روسيا@1']],
    ['فروسيا', ['روسيا@1']],
    ['بإدلب', ['ادلب@1']],
    ['كالأسد', ['الاسد@1', 'اسد@3+ال']],
    ['لروسيا', ['روسيا@1']],
    ['والأسد', ['الاسد@1', 'اسد@3+ال']],
    ['بالأسد', ['الاسد@1', 'اسد@3+ال']],
    ['للأسد', ['الاسد@1', 'اسد@2+ال']],
    ['للأمم', ['الامم@1']],
    ['وللأمم', ['الامم@2']],
    ['فللأمم', ['الامم@2']],
    ['وبالأمم', ['الامم@2']],
    ['للبنان', ['لبنان@1']],
    ['والقرار', ['القرار@1', 'قرار@3+ال']],
    ['القرار', ['قرار@2+ال']],
    ['وبروسيا', ['بروسيا@1', 'روسيا@2']],
    ['ولروسيا', ['لروسيا@1', 'روسيا@2']],
  ];
  it.each(offered)('%s', (word, expected) => expect(stems(word)).toEqual(expect.arrayContaining(expected)));

  // A stem is never shorter than two letters.
  const none: Array<[string, string]> = [
    ['وب', ''],
    ['بك', ''],
    ['ول', ''],
  ];
  it.each(none)('%s has no readings', (word) => expect(stems(word)).toEqual([]));

  it('orders readings by stripped letters', () => {
    const p = splits(normalizeWithMap('وبالأسد').norm).map((s) => s.prefix);
    expect(p).toEqual([...p].sort((a, b) => a - b));
  });

  it('never strips و twice or ب after ل', () => {
    expect(stems('ووسيا')).not.toContain('سيا@2');
    expect(stems('لبنان')).not.toContain('نان@2');
  });
});
