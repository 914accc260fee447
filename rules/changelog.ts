import { everyBlock, type Alignment } from '../src/align/align.js';
import {
  authorColumnOf,
  parseDate,
  readRevisionTable,
  revisionEntries,
  type RevisionEntry,
  type RevisionTable,
} from '../src/changelog/revision-table.js';
import { defineRule, FILE_START, type Report } from '../src/engine/rule.js';
import { count, either, languageName, quote } from '../src/engine/words.js';
import type { FrontMatterKey, PageModel, Span } from '../src/page/model.js';

interface Options {
  /** Entries only the translation has: reported, or allowed (translation maintenance). */
  extraEntries: 'report' | 'allow';
}

type MessageId =
  | 'missingNewer'
  | 'missing'
  | 'extra'
  | 'author'
  | 'order'
  | 'direction'
  | 'badDate'
  | 'badDateAlone'
  | 'badCanonicalDate'
  | 'noTable'
  | 'frontMatterDate';

/** Which way a table's dates run, read from the canonical table. */
type Direction = 'newest' | 'oldest' | null;

interface Match {
  canonical: RevisionEntry;
  locale: RevisionEntry;
}

export default defineRule<Options, MessageId>({
  meta: {
    id: 'changelog',
    description: "Require the translation's revision table to list the same entries as the canonical one: same dates, authors and order",
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        extraEntries: { enum: ['report', 'allow'], default: 'report' },
      },
      additionalProperties: false,
    },
    messages: {
      missingNewer:
        'This page lacks the revision entry of {{date}}{{author}} — the translation is older than the {{language}} page (canonical line {{canonicalLine}})',
      missing: 'This page lacks the revision entry of {{date}}{{author}} that the {{language}} page has (canonical line {{canonicalLine}})',
      extra: 'Extra revision entry: the {{language}} revision table (canonical line {{canonicalLine}}) has no entry of {{date}}{{author}}',
      author: 'The revision entry of {{date}} names {{author}}; the {{language}} page names {{canonicalAuthor}} for it (canonical line {{canonicalLine}})',
      order: 'The revision entry of {{date}} is out of order: the {{language}} page lists it {{where}} (canonical line {{canonicalLine}})',
      direction:
        'The revision entry of {{date}} is out of order: entries go {{direction}} first, as in the {{language}} revision table (canonical line {{canonicalLine}})',
      badDate: '{{text}} is not a date in the expected format ({{formats}}); the {{language}} page has {{canonicalDate}} here (canonical line {{canonicalLine}})',
      badDateAlone:
        '{{text}} is not a date in the expected format ({{formats}}), so this revision entry cannot be compared with the {{language}} revision table (canonical line {{canonicalLine}})',
      badCanonicalDate:
        '{{text}} is not a date in the expected format ({{formats}}), so translations cannot be compared with this revision entry',
      noTable:
        'This page has no revision table: the {{language}} page lists {{entries}}{{heading}}, the newest of {{newest}} (canonical line {{canonicalLine}})',
      frontMatterDate:
        '{{key}} is {{value}}, but the newest entry of the revision table is of {{newest}} (line {{line}}); the page date and the revision history should agree',
    },
  },

  checkPage({ page, locale, project, report }) {
    // A date nobody can read in the canonical page is reported there, once, not in every translation.
    if (locale !== null) return;
    const table = readRevisionTable(page, project.sourceLocale, project.changelog, project.sourceLocale);
    for (const entry of table?.entries ?? []) {
      if (entry.date !== null) continue;
      report({ messageId: 'badCanonicalDate', at: entry.row.span, data: { text: quote(entry.dateText), formats: either(project.changelog.dateFormats) } });
    }
  },

  checkPair({ canonical, locale, localeCode, alignment, options, project, report }) {
    const settings = project.changelog;
    const source = project.sourceLocale;
    const language = languageName(source);
    const formats = either(settings.dateFormats);

    const canonicalTable = readRevisionTable(canonical, source, settings, source);
    if (!canonicalTable || canonicalTable.entries.length === 0) return;

    let found = readRevisionTable(locale, localeCode, settings, source);
    let place: Span | undefined;
    if (!found) {
      // No heading and no column of dates: the table in the canonical revision table's place.
      const aligned = alignedTable(alignment, canonicalTable, settings.dateFormats);
      if (aligned && 'table' in aligned) found = aligned;
      else place = aligned?.at;
    }
    if (!found) {
      const newest = newestEntry(canonicalTable.entries) ?? canonicalTable.entries[0];
      report({
        messageId: 'noTable',
        at: place ?? FILE_START,
        related: canonicalTable.table.span,
        data: {
          language,
          entries: count(canonicalTable.entries.length, 'revision entry', 'revision entries'),
          heading: canonicalTable.heading ? ` under ${quote(canonicalTable.heading.text)}` : '',
          newest: newest?.dateText ?? '',
        },
      });
      return;
    }
    const localeTable = withAuthorColumn(found, canonicalTable, settings.dateFormats);

    const c = canonicalTable.entries;
    const l = localeTable.entries;
    const direction = directionOf(c);
    const matches = matchByDate(c, l);
    const anchors = inOrder(matches);
    const anchored = new Set(anchors);
    const placed: Match[] = [...anchors];

    // Entries whose date cannot be read pair up with what is left in the same gap.
    const matchedCanonical = new Set(matches.map((m) => m.canonical));
    const matchedLocale = new Set(matches.map((m) => m.locale));
    for (const entry of l) {
      if (matchedLocale.has(entry)) continue;
      const { previous, next } = around(anchors, (m) => m.locale.index, entry.index);
      const partner = c.find(
        (candidate) =>
          !matchedCanonical.has(candidate) &&
          // A readable date pairs with an unreadable canonical one only on the same author.
          (entry.date === null || (candidate.date === null && sameAuthor(candidate.author, entry.author))) &&
          candidate.index > (previous?.canonical.index ?? -1) &&
          candidate.index < (next?.canonical.index ?? Infinity),
      );
      if (partner) {
        matchedCanonical.add(partner);
        matchedLocale.add(entry);
        placed.push({ canonical: partner, locale: entry });
        if (entry.date === null) {
          report({
            messageId: 'badDate',
            at: entry.row.span,
            related: partner.row.span,
            data: { text: quote(entry.dateText), formats, language, canonicalDate: partner.dateText },
          });
        }
      } else if (entry.date === null) {
        matchedLocale.add(entry);
        report({ messageId: 'badDateAlone', at: entry.row.span, related: canonicalTable.table.span, data: { text: quote(entry.dateText), formats, language } });
      }
    }
    placed.sort((a, b) => a.canonical.index - b.canonical.index);

    // An author column found only by its place must hold names, which are kept as they are:
    // most entries of the same date then name the same author. Otherwise it holds translated text.
    const kept = matches.filter((match) => sameAuthor(match.canonical.author, match.locale.author)).length;
    const authors = canonicalTable.authorNamed || (matches.length > 0 && kept * 2 >= matches.length);
    const who = (entry: RevisionEntry) => (authors && entry.author ? ` (${entry.author})` : '');

    for (const match of matches) {
      if (authors && !sameAuthor(match.canonical.author, match.locale.author)) {
        report({
          messageId: 'author',
          at: match.locale.row.span,
          related: match.canonical.row.span,
          data: { date: match.canonical.dateText, author: quote(match.locale.author), canonicalAuthor: quote(match.canonical.author), language },
        });
      }
      if (!anchored.has(match)) {
        const before = c[c.indexOf(match.canonical) - 1];
        report({
          messageId: 'order',
          at: match.locale.row.span,
          related: match.canonical.row.span,
          data: { date: match.canonical.dateText, language, where: before ? `after the entry of ${before.dateText}` : 'first' },
        });
      }
    }

    const newestLocale = newestEntry(l);
    for (const entry of c) {
      if (matchedCanonical.has(entry)) continue;
      const newer = entry.date !== null && (newestLocale?.date == null || entry.date > newestLocale.date);
      report({
        messageId: newer ? 'missingNewer' : 'missing',
        at: placeMissing(entry, placed, localeTable, direction),
        related: entry.row.span,
        data: { date: entry.dateText, author: who(entry), language },
      });
    }

    for (const entry of l) {
      if (matchedLocale.has(entry)) continue;
      if (options.extraEntries === 'report') {
        report({
          messageId: 'extra',
          at: entry.row.span,
          related: canonicalTable.table.span,
          data: { date: entry.dateText, author: who(entry), language },
        });
        continue;
      }
      // Allowed, but in its place: newest first when the canonical table is.
      const { previous, next } = around(anchors, (m) => m.locale.index, entry.index);
      const date = entry.date as string;
      const outOfPlace =
        direction === 'newest'
          ? (previous?.locale.date != null && previous.locale.date < date) || (next?.locale.date != null && next.locale.date > date)
          : direction === 'oldest'
            ? (previous?.locale.date != null && previous.locale.date > date) || (next?.locale.date != null && next.locale.date < date)
            : false;
      if (outOfPlace) {
        report({ messageId: 'direction', at: entry.row.span, related: canonicalTable.table.span, data: { date: entry.dateText, direction: direction === 'oldest' ? 'oldest' : 'newest', language } });
      }
    }

    // Only where the canonical page keeps the convention itself: a translation that copies a
    // canonical date which disagrees with the canonical history is not the translator's doing.
    if (frontMatterDateAgrees(canonical, canonicalTable, settings.dateKey, settings.dateFormats) !== false) {
      const disagreement = frontMatterDate(locale, localeTable, settings.dateKey, settings.dateFormats);
      if (disagreement) report(disagreement);
    }
  },
});

/** The locale table aligned with the canonical revision table, or the place where it belongs. */
function alignedTable(alignment: Alignment, canonicalTable: RevisionTable, formats: readonly string[]): RevisionTable | { at: Span | undefined } | null {
  for (const { pair } of everyBlock(alignment)) {
    if (pair.canonical !== canonicalTable.table) continue;
    return pair.locale?.kind === 'table' ? revisionEntries(pair.locale, formats) : { at: pair.at };
  }
  return null;
}

/**
 * The translation's entries, with its author column: one whose header names an
 * author in a known language, else the canonical page's when the tables have as many
 * columns, else the second.
 */
function withAuthorColumn(found: RevisionTable, canonicalTable: RevisionTable, formats: readonly string[]): RevisionTable {
  const table = found.table;
  const named = authorColumnOf(table);
  const sameShape = table.columns === canonicalTable.table.columns;
  const column = sameShape && canonicalTable.authorColumn !== null && named === 1 ? canonicalTable.authorColumn : named;
  return column === found.authorColumn ? found : revisionEntries(table, formats, found.heading, column);
}

/** Entries paired on their date (the text as written when it does not parse); same authors first. */
function matchByDate(canonical: readonly RevisionEntry[], locale: readonly RevisionEntry[]): Match[] {
  const key = (entry: RevisionEntry) => entry.date ?? `text:${entry.dateText.replace(/\s+/g, ' ')}`;
  const free = new Map<string, RevisionEntry[]>();
  for (const entry of canonical) free.set(key(entry), [...(free.get(key(entry)) ?? []), entry]);
  const matches: Match[] = [];
  const waiting: RevisionEntry[] = [];
  for (const entry of locale) {
    const candidates = free.get(key(entry)) ?? [];
    const index = candidates.findIndex((candidate) => sameAuthor(candidate.author, entry.author));
    if (index >= 0) matches.push({ canonical: candidates.splice(index, 1)[0] as RevisionEntry, locale: entry });
    else waiting.push(entry);
  }
  for (const entry of waiting) {
    const partner = free.get(key(entry))?.shift();
    if (partner) matches.push({ canonical: partner, locale: entry });
  }
  return matches.sort((a, b) => a.locale.index - b.locale.index);
}

/** The longest run of matches in canonical order (matches sorted by locale position). */
function inOrder(matches: readonly Match[]): Match[] {
  const length: number[] = [];
  const previous: number[] = [];
  matches.forEach((match, i) => {
    length[i] = 1;
    previous[i] = -1;
    for (let j = 0; j < i; j++) {
      if ((matches[j] as Match).canonical.index < match.canonical.index && (length[j] as number) + 1 > (length[i] as number)) {
        length[i] = (length[j] as number) + 1;
        previous[i] = j;
      }
    }
  });
  let best = -1;
  length.forEach((value, i) => {
    if (best < 0 || value > (length[best] as number)) best = i;
  });
  const run: Match[] = [];
  for (let i = best; i >= 0; i = previous[i] as number) run.unshift(matches[i] as Match);
  return run;
}

/** The matches just before and after a position, by `position` (matches in order). */
function around(matches: readonly Match[], position: (match: Match) => number, index: number): { previous?: Match; next?: Match } {
  let previous: Match | undefined;
  let next: Match | undefined;
  for (const match of matches) {
    if (position(match) < index) previous = match;
    else if (position(match) > index && !next) next = match;
  }
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/**
 * Where a canonical entry the translation lacks belongs: between the entries around
 * it, before the first unmatched entry there that is older (newer, for a table that
 * runs oldest first); else at the start of the next matched entry; else at the end of
 * the table.
 */
function placeMissing(entry: RevisionEntry, placed: readonly Match[], table: RevisionTable, direction: Direction): Span {
  const { previous, next } = around(placed, (m) => m.canonical.index, entry.index);
  const from = previous ? previous.locale.index : -1;
  const to = next ? next.locale.index : Infinity;
  const between = from < to ? table.entries.filter((candidate) => candidate.index > from && candidate.index < to) : [];
  if (direction && entry.date !== null) {
    const date = entry.date;
    const after = between.find((candidate) => candidate.date !== null && (direction === 'newest' ? candidate.date < date : candidate.date > date));
    if (after) return startOf(after.row.span);
  }
  if (next && from < to) return startOf(next.locale.row.span);
  const last = between.at(-1) ?? previous?.locale ?? table.entries.at(-1);
  return endOf(last ? last.row.span : table.table.span);
}

function directionOf(entries: readonly RevisionEntry[]): Direction {
  const dates = entries.map((entry) => entry.date).filter((date): date is string => date !== null);
  if (new Set(dates).size < 2) return null;
  const pairs = dates.slice(1).map((date, i) => [dates[i] as string, date] as const);
  if (pairs.every(([a, b]) => a >= b)) return 'newest';
  if (pairs.every(([a, b]) => a <= b)) return 'oldest';
  return null;
}

function newestEntry(entries: readonly RevisionEntry[]): RevisionEntry | undefined {
  let newest: RevisionEntry | undefined;
  for (const entry of entries) if (entry.date !== null && (!newest || entry.date > (newest.date as string))) newest = entry;
  return newest;
}

function sameAuthor(a: string, b: string): boolean {
  return normalName(a) === normalName(b);
}

function normalName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

interface DateCheck {
  key: FrontMatterKey;
  date: string;
  newest: RevisionEntry;
}

function frontMatterKey(page: PageModel, name: string): FrontMatterKey | undefined {
  for (const key of page.frontMatter?.keys ?? []) if (key.key === name) return key;
  return undefined;
}

function dateCheck(page: PageModel, table: RevisionTable, dateKey: string | null, formats: readonly string[]): DateCheck | null {
  if (dateKey === null) return null;
  const key = frontMatterKey(page, dateKey);
  const newest = newestEntry(table.entries);
  if (!key || !newest || (typeof key.value !== 'string' && typeof key.value !== 'number')) return null;
  // YAML dates come out of the front matter as YYYY-MM-DD.
  const date = parseDate(String(key.value), [...formats, 'YYYY-MM-DD']);
  return date === null ? null : { key, date, newest };
}

/** Whether a page's front-matter date is the date of its newest revision entry; null when it cannot tell. */
function frontMatterDateAgrees(page: PageModel, table: RevisionTable, dateKey: string | null, formats: readonly string[]): boolean | null {
  const check = dateCheck(page, table, dateKey, formats);
  return check && check.date === check.newest.date;
}

/** The front-matter date of a translation should be the date of its newest revision entry. */
function frontMatterDate(page: PageModel, table: RevisionTable, dateKey: string | null, formats: readonly string[]): Report<MessageId> | null {
  const check = dateCheck(page, table, dateKey, formats);
  if (!check || check.date === check.newest.date) return null;
  return {
    messageId: 'frontMatterDate',
    at: check.key.span,
    data: { key: check.key.key, value: String(check.key.value), newest: check.newest.dateText, line: check.newest.row.span.line },
  };
}

function startOf(span: Span): Span {
  return { line: span.line, column: span.column, endLine: span.line, endColumn: span.column };
}

function endOf(span: Span): Span {
  return { line: span.endLine, column: span.endColumn, endLine: span.endLine, endColumn: span.endColumn };
}

