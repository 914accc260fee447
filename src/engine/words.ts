/** Small helpers for messages a translator reads. */
import { LANGUAGE_NAMES } from './language-names.js';

let names: Intl.DisplayNames | undefined;

/**
 * A language's name in English (`de` -> `German`, `pt-BR` -> `Brazilian Portuguese`),
 * or undefined for a code it does not know. A code of two or three letters is looked
 * up in a table; for a longer one, ICU's names are loaded when first asked (loading
 * them takes as long as parsing a page).
 */
export function englishName(code: string): string | undefined {
  if (/^[a-z]{2,3}$/i.test(code)) return LANGUAGE_NAMES[code.toLowerCase()];
  names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}

/** `de` -> `German`; an unknown code stays as it is. */
export function languageName(code: string): string {
  return englishName(code) ?? code;
}

/** `de` -> `German (de)`; an unknown code stays as it is. */
export function localeName(code: string): string {
  const name = englishName(code);
  return name && name.toLowerCase() !== code.toLowerCase() ? `${name} (${code})` : code;
}

/** The start of a text, in quotes, cut at a word boundary. */
export function quote(text: string, max = 48): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return `"${clean}"`;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `"${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…"`;
}

/** `1 row`, `2 rows`. */
export function count(n: number, singular: string, plural = singular + 's'): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** `a`, `a or b`, `a, b or c`. */
export function either(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
