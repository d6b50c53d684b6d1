/**
 * Name forms of numbered documents (UN Security Council resolutions and the like). An entry with
 * `number: "2254"` is also known by these phrases followed by the number. The article ال and other
 * proclitics are handled by the matcher (قرار matches «القرار», «والقرار»), and digits are folded
 * (٢٢٥٤ → 2254). A bare number alone is never a name.
 */
const HEADS = [
  'قرار',
  'قرار رقم',
  'الرقم',
  'قرار مجلس الأمن',
  'قرار مجلس الأمن رقم',
  'قرار مجلس الأمن الدولي',
  'قرار مجلس الأمن الدولي رقم',
  'قرار الأمم المتحدة',
  'قرار الأمم المتحدة رقم',
  'قرار الأممي',
  'قرار الأممي رقم',
  'قرار الدولي',
  'قرار الدولي رقم',
  'resolution',
  'resolution no',
  'unscr',
  'un resolution',
  'security council resolution',
  'un security council resolution',
];

/** Full names generated for a document number. */
export function numberedNames(num: string): string[] {
  return HEADS.map((h) => `${h} ${num}`);
}
