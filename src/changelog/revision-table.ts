/**
 * Where a page keeps its revision history, and what its entries say: the
 * locator the `changelog` rule compares and the `table-rows` rule leaves alone.
 */
import type { ChangelogSettings } from '../config/load.js';
import { rememberedIn } from '../engine/remembered.js';
import type { Block, HeadingBlock, PageModel, TableBlock, TableRow } from '../page/model.js';

/** One body row of a revision table that has something in its date cell. */
export interface RevisionEntry {
  row: TableRow;
  /** Position among the table's body rows, from 0. */
  index: number;
  /** The date cell as written, trimmed. */
  dateText: string;
  /** The date as `YYYY-MM-DD`, or null when it does not parse with any configured format. */
  date: string | null;
  /** The author cell as written, trimmed ('' when the table has no author column). */
  author: string;
}

export interface RevisionTable {
  table: TableBlock;
  /** The heading the table was found under, or null when it was recognised by its dates. */
  heading: HeadingBlock | null;
  /** The column of authors, or null when the table has only one column. */
  authorColumn: number | null;
  /**
   * Whether the author column's header names an author. When it does not, the column
   * is only the second one, which may as well hold translated text ("Date | Change").
   */
  authorNamed: boolean;
  entries: RevisionEntry[];
}

/**
 * Header texts that name the author column, in the languages revision tables are
 * commonly written in. Matched as whole words, case-insensitively. Written as strings,
 * which the bundle writes in ASCII (see scripts/bundle.js), not as a regular
 * expression literal, which it would keep as it is.
 */
const AUTHOR_WORDS = ['who', 'author', 'authors', 'changed by', 'editor', 'by', 'wer', 'autor', 'autorin', 'geändert (?:von|durch)', 'bearbeitet von', 'quién', 'quien', 'quem', 'autora', 'auteur', 'par', 'qui', 'chi', 'autore', '作者', '著者'];
const AUTHOR_HEADER = new RegExp(`(?:^|[^\\p{L}])(?:${AUTHOR_WORDS.join('|')})(?:$|[^\\p{L}])`, 'iu');

/** Heading texts compare case-insensitively, whitespace collapsed. */
export function normaliseHeading(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The heading texts that announce a page's revision table: those configured for its
 * locale and, for a translation, the canonical locale's too (headings are often left
 * untranslated). `locale` is the source locale for a canonical page.
 */
export function revisionHeadings(settings: ChangelogSettings, locale: string, sourceLocale: string): string[] {
  const own = settings.headings[locale] ?? [];
  const source = locale === sourceLocale ? [] : (settings.headings[sourceLocale] ?? []);
  return [...own, ...source];
}

/**
 * Locates a page's revision table. When revision headings are configured for the
 * page's locale (or the source locale), it is the last table under the last heading
 * whose text is one of them. Otherwise, or when no such heading has a table under it,
 * it is the last table of the page whose first column's non-empty body cells all
 * parse as dates with the configured formats. Null when there is none.
 *
 * `locale` is the page's locale code, the source locale for a canonical page.
 */
export function findRevisionTable(page: PageModel, locale: string, settings: ChangelogSettings, sourceLocale: string): TableBlock | null {
  return locate(page, locale, settings, sourceLocale)?.table ?? null;
}

/** The revision table of a page with its entries parsed (see `findRevisionTable`). */
export function readRevisionTable(page: PageModel, locale: string, settings: ChangelogSettings, sourceLocale: string): RevisionTable | null {
  const found = locate(page, locale, settings, sourceLocale);
  if (!found) return null;
  found.read ??= revisionEntries(found.table, settings.dateFormats, found.heading);
  return found.read;
}

/** A page's revision table, the heading it was found under, and its entries once read. */
interface Located {
  table: TableBlock;
  heading: HeadingBlock | null;
  read?: RevisionTable;
}

/**
 * Several rules look for the revision table of a pair's canonical page, for each of
 * its translations: each page's is looked for once per locale and settings, as long
 * as the page model is kept.
 */
const located = new WeakMap<ChangelogSettings, WeakMap<PageModel, Map<string, Located | null>>>();

function locate(page: PageModel, locale: string, settings: ChangelogSettings, sourceLocale: string): Located | null {
  const byPage = rememberedIn(located, settings, () => new WeakMap<PageModel, Map<string, Located | null>>());
  const byLocale = rememberedIn(byPage, page, () => new Map<string, Located | null>());
  return rememberedIn(byLocale, `${locale} ${sourceLocale}`, () => {
    const blocks = flatten(page.blocks);
    const headings = new Set(revisionHeadings(settings, locale, sourceLocale).map(normaliseHeading));
    const underHeading = headings.size > 0 ? tableUnderHeading(blocks, headings) : null;
    const table = underHeading?.table ?? lastDateTable(blocks, settings.dateFormats);
    return table ? { table, heading: underHeading?.heading ?? null } : null;
  });
}

/** A table read as a revision table: dates in its first column, authors in its author column. */
export function revisionEntries(table: TableBlock, formats: readonly string[], heading: HeadingBlock | null = null, authorColumn = authorColumnOf(table)): RevisionTable {
  const entries: RevisionEntry[] = [];
  for (let index = 0; index < table.rows.length; index++) {
    const row = table.rows[index] as TableRow;
    const dateText = (row.cells[0] ?? '').trim();
    if (dateText === '') continue;
    const author = authorColumn === null ? '' : (row.cells[authorColumn] ?? '').trim();
    entries.push({ row, index, dateText, date: parseDate(dateText, formats), author });
  }
  const authorNamed = authorColumn !== null && AUTHOR_HEADER.test(table.header.cells[authorColumn] ?? '');
  return { table, heading, authorColumn, authorNamed, entries };
}

/**
 * The author column: the first column after the date whose header names an author
 * ("Who Changed", "Author", "Geändert durch", …), else the second column.
 */
export function authorColumnOf(table: TableBlock): number | null {
  const width = Math.max(table.columns, table.header.cells.length);
  if (width < 2) return null;
  const named = table.header.cells.findIndex((cell, index) => index > 0 && AUTHOR_HEADER.test(cell));
  return named > 0 ? named : 1;
}

/**
 * Parses a date with the first format it fits, into `YYYY-MM-DD`; null when none
 * fits or the date does not exist. Tokens: `YYYY` (four digits), `YY` (two, 20YY),
 * `MM` and `DD` (two digits), `M` and `D` (one or two); any other character stands
 * for itself. The text is trimmed first.
 */
export function parseDate(text: string, formats: readonly string[]): string | null {
  const value = text.trim();
  for (const format of formats) {
    const match = compileFormat(format).exec(value);
    if (!match?.groups) continue;
    const { year, shortYear, month, day } = match.groups;
    const y = year !== undefined ? Number(year) : 2000 + Number(shortYear);
    const m = Number(month);
    const d = Number(day);
    if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) continue;
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}

const TOKENS: [string, string][] = [
  ['YYYY', '(?<year>\\d{4})'],
  ['YY', '(?<shortYear>\\d{2})'],
  ['MM', '(?<month>\\d{2})'],
  ['M', '(?<month>\\d{1,2})'],
  ['DD', '(?<day>\\d{2})'],
  ['D', '(?<day>\\d{1,2})'],
];

const compiled = new Map<string, RegExp>();

function compileFormat(format: string): RegExp {
  let regex = compiled.get(format);
  if (regex) return regex;
  let source = '';
  let rest = format;
  while (rest.length > 0) {
    const token = TOKENS.find(([name]) => rest.startsWith(name));
    if (token) {
      source += token[1];
      rest = rest.slice(token[0].length);
    } else {
      source += (rest[0] as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      rest = rest.slice(1);
    }
  }
  try {
    regex = new RegExp(`^${source}$`);
  } catch {
    // A format naming one token twice (`D/D`) cannot match anything.
    regex = /(?!)/;
  }
  if (!/\(\?<month>/.test(source) || !/\(\?<day>/.test(source) || !/\(\?<(?:year|shortYear)>/.test(source)) regex = /(?!)/;
  compiled.set(format, regex);
  return regex;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Every block in document order, those nested in lists, quotes and admonitions included. */
function flatten(blocks: readonly Block[], all: Block[] = []): Block[] {
  for (const block of blocks) {
    all.push(block);
    if (block.kind === 'list') for (const item of block.items) flatten(item.blocks, all);
    else if (block.kind === 'admonition' || block.kind === 'blockquote') flatten(block.blocks, all);
  }
  return all;
}

/** The last table of the section of the last heading named in `headings` that has a table. */
function tableUnderHeading(blocks: readonly Block[], headings: ReadonlySet<string>): { table: TableBlock; heading: HeadingBlock } | null {
  let found: { table: TableBlock; heading: HeadingBlock } | null = null;
  let current: HeadingBlock | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (headings.has(normaliseHeading(block.text))) current = block;
      else if (current && block.depth <= current.depth) current = null;
    } else if (block.kind === 'table' && current) {
      found = { table: block, heading: current };
    }
  }
  return found;
}

function lastDateTable(blocks: readonly Block[], formats: readonly string[]): TableBlock | null {
  let found: TableBlock | null = null;
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    const dates = block.rows.map((row) => (row.cells[0] ?? '').trim()).filter((cell) => cell !== '');
    if (dates.length > 0 && dates.every((cell) => parseDate(cell, formats) !== null)) found = block;
  }
  return found;
}
