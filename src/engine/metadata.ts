/** Helpers for the front-matter rules: key name patterns, value comparison and display. */
import type { FrontMatterKey, PageModel, Span } from '../page/model.js';
import { rememberedIn } from './remembered.js';
import { quote } from './words.js';

/**
 * A test for key names: each pattern is an exact key name, or a prefix followed by
 * `*` (`ms.*` matches `ms.date` and `ms.topic`; `*` alone matches every key).
 */
export function keyMatcher(patterns: readonly string[]): (key: string) => boolean {
  // Made once per list (an option's): the test is then the same function for every page.
  return rememberedIn(matchers, patterns, () => {
    const exact = new Set(patterns.filter((pattern) => !pattern.endsWith('*')));
    const prefixes = patterns.filter((pattern) => pattern.endsWith('*')).map((pattern) => pattern.slice(0, -1));
    return (key) => exact.has(key) || prefixes.some((prefix) => key.startsWith(prefix));
  });
}

const matchers = new WeakMap<readonly string[], (key: string) => boolean>();

/**
 * The front matter's data when it was read: null when the page has none, or when its
 * YAML does not parse or is never closed (front-matter-syntax reports those).
 */
export function readableData(page: PageModel): Record<string, unknown> | null {
  const frontMatter = page.frontMatter;
  if (!frontMatter || frontMatter.error || !frontMatter.data) return null;
  return frontMatter.data;
}

/** Whether the page's front matter is there but could not be read. */
export function unreadable(page: PageModel): boolean {
  return Boolean(page.frontMatter && (page.frontMatter.error || !page.frontMatter.data));
}

/** The line of a top-level key; keys the line scan missed (odd YAML) fall back to the opening `---`. */
export function keyLine(page: PageModel, key: string): FrontMatterKey | undefined {
  return page.frontMatter?.keys.find((candidate) => candidate.key === key);
}

/** The span of a key's line, else of the opening `---` line, else the file's start. */
export function keySpan(page: PageModel, key: string): Span {
  return keyLine(page, key)?.span ?? openingSpan(page);
}

/**
 * A key whose value stands on its own line (`ms.date: 04/30/2020`), with no lines of
 * it below (a list, a block scalar, a nested map): the next line is another key or
 * the closing `---`. Null otherwise, and when the key is not there.
 */
export function singleLineKey(page: PageModel, key: string): FrontMatterKey | null {
  const keys = page.frontMatter?.keys ?? [];
  const index = keys.findIndex((k) => k.key === key);
  const found = keys[index];
  if (!found || !page.frontMatter || keys.some((k, i) => i !== index && k.key === key)) return null;
  const next = keys[index + 1]?.span.line ?? page.frontMatter.span.endLine;
  return next === found.span.line + 1 ? found : null;
}

/** The opening `---` line of the front matter, or the start of the file when there is none. */
export function openingSpan(page: PageModel): Span {
  return page.frontMatter ? { line: page.frontMatter.span.line, column: 1, endLine: page.frontMatter.span.line, endColumn: 4 } : { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** The closing `---` line of the front matter. */
export function closingSpan(page: PageModel): Span {
  const end = page.frontMatter?.span.endLine ?? 1;
  return { line: end, column: 1, endLine: end, endColumn: 4 };
}

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A front-matter date as `YYYY-MM-DD`, or null when the value is not one. Read:
 * `M/D/YYYY` and `MM/DD/YYYY` (month first, as DocFX and Microsoft Learn write
 * `ms.date`), `M/D/YY` (20YY), and `YYYY-MM-DD` with an optional time.
 */
export function asDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let year: number;
  let month: number;
  let day: number;
  const slashed = SLASHED.exec(text);
  const iso = slashed ? null : ISO.exec(text);
  if (slashed) {
    month = Number(slashed[1]);
    day = Number(slashed[2]);
    year = slashed[3]?.length === 2 ? 2000 + Number(slashed[3]) : Number(slashed[3]);
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    return null;
  }
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whether two front-matter values are the same: lists item by item in order, groups
 * of keys key by key in any order, scalars by their text, spaces around it aside (`2` equals `"2"`, as
 * they render the same), and two dates by the day they name (`9/27/2019` equals
 * `09/27/2019` and `2019-09-27`).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (isGroup(a) || isGroup(b)) {
    if (!isGroup(a) || !isGroup(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameValue(a[key], b[key]));
  }
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (String(a).trim() === String(b).trim()) return true;
  const dateA = asDate(a);
  return dateA !== null && dateA === asDate(b);
}

function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a translator reads it in a message: text in quotes, lists and groups as JSON, empty as `(empty)`. */
export function showValue(value: unknown, max = 60): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'string') return quote(value, max);
  if (typeof value === 'object') {
    const json = JSON.stringify(value);
    return json.length <= max ? json : `${json.slice(0, max - 1)}…`;
  }
  return String(value);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}
