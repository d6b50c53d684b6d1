/**
 * The highlight stylesheet in the page. `::highlight()` rules only apply from the document's own
 * style sheets, so this one cannot live in the card's shadow root. A constructed sheet in
 * `adoptedStyleSheets` leaves the DOM untouched; a <style> in <head> is the fallback where a
 * constructed sheet cannot be adopted from a content script.
 */
export interface PageStyle {
  set(css: string): void;
  remove(): void;
}

export function pageStyle(doc: Document): PageStyle {
  let sheet: CSSStyleSheet | null = null;
  let el: HTMLStyleElement | null = null;
  const adopt = (css: string): boolean => {
    try {
      if (!('adoptedStyleSheets' in doc) || typeof CSSStyleSheet === 'undefined') return false;
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      } else sheet.replaceSync(css);
      return doc.adoptedStyleSheets.includes(sheet);
    } catch {
      sheet = null;
      return false;
    }
  };
  return {
    set(css) {
      if (!el && adopt(css)) return;
      if (!el) {
        el = doc.createElement('style');
        el.setAttribute('data-hamish', '');
        (doc.head ?? doc.documentElement).appendChild(el);
      }
      el.textContent = css;
    },
    remove() {
      if (sheet) {
        const s = sheet;
        try {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== s);
        } catch {
          /* the page replaced its sheets: ours went with them */
        }
        sheet = null;
      }
      el?.remove();
      el = null;
    },
  };
}
