/** Small helpers for messages a translator reads. */

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** `de` -> `German (de)`; an unknown code stays as it is. */
export function localeName(code: string): string {
  let name: string | undefined;
  try {
    name = names.of(code);
  } catch {
    name = undefined;
  }
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
