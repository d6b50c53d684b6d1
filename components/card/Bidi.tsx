/** Text with its Latin-script runs isolated in <bdi>, so that English names and numbers keep their order inside Arabic. */
import type { JSX } from 'preact';

/** A Latin run: starts and ends with a letter or digit, may hold spaces and name punctuation between. */
const LATIN_RUN = /[A-Za-z\u00C0-\u024F0-9](?:[A-Za-z\u00C0-\u024F0-9 .,'’&()/-]*[A-Za-z\u00C0-\u024F0-9.)])?/g;
const HAS_LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

/** Splits `text` into plain and Latin pieces (pure; exported for tests). */
export function latinRuns(text: string): Array<{ text: string; latin: boolean }> {
  const out: Array<{ text: string; latin: boolean }> = [];
  let last = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    const s = m.index ?? 0;
    // Bare digits inside Arabic read fine as they are; isolate runs that carry Latin letters.
    if (!HAS_LATIN_LETTER.test(m[0])) continue;
    if (s > last) out.push({ text: text.slice(last, s), latin: false });
    out.push({ text: m[0], latin: true });
    last = s + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), latin: false });
  return out;
}

export function Bidi({ text }: { text: string }): JSX.Element {
  return (
    <>
      {latinRuns(text).map((p, i) =>
        p.latin ? (
          <bdi key={i} dir="ltr" lang="en">
            {p.text}
          </bdi>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
