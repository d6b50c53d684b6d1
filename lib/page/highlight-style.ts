/** The page stylesheet for highlights: `::highlight(hamish-<type>)` rules built from the reader's settings. */
import { ENTITY_TYPES, type EntityType } from '../kb/entity-types';
import { DEFAULT_SETTINGS, type Settings } from '../settings/items';

/** Highlight name of a type in the CSS highlight registry (one name per type). */
export const highlightName = (type: EntityType) => `hamish-${type}`;
/** Highlight name of the mention whose card is open (keyboard navigation, pinned card). */
export const ACTIVE_HIGHLIGHT = 'hamish-active';
/** Fallback wrapper element (only where the Custom Highlight API is missing). */
export const WRAP_TAG = 'hamish-m';

/**
 * A colour from settings, or the default. Settings are ours but stored in chrome.storage, so the value
 * is checked before it goes into a stylesheet: a colour token only, never something that could close a rule.
 */
export function safeColor(c: string | undefined, fallback: string): string {
  if (!c || c.length > 64 || /[;{}<>\\"'@]/.test(c)) return fallback;
  if (!/^(#[0-9a-f]{3,8}|[a-z]+|(rgb|rgba|hsl|hsla|oklch|oklab|lab|lch)\([0-9a-z.,%\s/+-]*\))$/i.test(c.trim())) return fallback;
  if (typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && !CSS.supports('color', c)) return fallback;
  return c.trim();
}

/**
 * CSS for the page. Colours are mid-tones: a 2px underline of the colour, or a background of the
 * colour at 30% opacity, stays readable on white and on near-black pages alike (the text colour is
 * the page's own and is never changed).
 */
export function highlightCss(s: Pick<Settings, 'highlightStyle' | 'colors'>): string {
  const out: string[] = [];
  for (const type of ENTITY_TYPES) {
    const c = safeColor(s.colors[type], DEFAULT_SETTINGS.colors[type]);
    const decl =
      s.highlightStyle === 'background'
        ? `background-color: color-mix(in srgb, ${c} 30%, transparent);`
        : `text-decoration: underline 2px ${c}; text-decoration-line: underline; text-decoration-color: ${c}; text-decoration-thickness: 2px; text-underline-offset: 0.25em;`;
    out.push(`::highlight(${highlightName(type)}) { ${decl} }`);
    out.push(`${WRAP_TAG}[data-hamish-type="${type}"] { all: unset; display: inline; ${decl} }`);
  }
  // The mention whose card is open: a warm tint that shows on light and dark backgrounds.
  out.push(`::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgba(250, 176, 5, 0.45); }`);
  out.push(`${WRAP_TAG}[data-hamish-active] { background-color: rgba(250, 176, 5, 0.45); }`);
  return out.join('\n');
}
