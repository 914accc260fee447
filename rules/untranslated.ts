import { walkBlocks } from '../src/align/align.js';
import { defineRule } from '../src/engine/rule.js';
import { quote } from '../src/engine/words.js';
import type { Block, InlineCode, TableBlock, TableRow } from '../src/page/model.js';

interface Options {
  /** Fewest words, after removing what is never translated, for a block to count. */
  minWords: number;
  /** Terms kept as they are in every language (product names, UI labels), removed before comparing. */
  doNotTranslate: string[];
}

type MessageId = 'block' | 'cells';

const URL = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*|\S+\.[a-z]{2,}\/\S*/giu;
/** What every match of URL holds (same flags, so that `[a-z]` means the same). */
const URL_MARK = /:\/\/|www\.|\.[a-z]{2,}\//iu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
/**
 * Words taken for names, which stay the same in every language: capitalised words
 * (`Azure`, `Premium`, `SPO`), words with a capital inside (`iPhone`) and words mixing
 * letters and digits (`M365`).
 */
const NAME = /^(?:\p{Lu}.*|\p{Ll}+\p{Lu}.*|(?=.*\p{L})(?=.*\p{N}).+)$/u;

export default defineRule<Options, MessageId>({
  meta: {
    id: 'untranslated',
    description: 'Warn about paragraphs, headings, list items and table cells left the same as the canonical text',
    defaultSeverity: 'warn',
    schema: {
      type: 'object',
      properties: {
        minWords: { type: 'integer', minimum: 1, default: 4 },
        doNotTranslate: { type: 'array', items: { type: 'string', minLength: 1 }, default: [] },
      },
      additionalProperties: false,
    },
    messages: {
      block:
        'Untranslated {{place}}: {{text}} is the same as the canonical {{place}} (canonical line {{canonicalLine}}). Translate it, or list the terms that stay as they are in the option doNotTranslate',
      cells:
        'Untranslated table {{cells}}: {{text}} is the same as in the canonical row (canonical line {{canonicalLine}}). Translate {{them}}, or list the terms that stay as they are in the option doNotTranslate',
    },
  },
  checkPair({ alignment, options, report }) {
    const terms = options.doNotTranslate.map(termPattern);
    const words = (text: string, code: readonly InlineCode[]) => wordsOf(text, code, terms);
    const same = (a: string[], b: string[]) => a.length >= options.minWords && a.length === b.length && a.every((word, i) => word === b[i]);

    walkBlocks(alignment.blocks, (pair, { inItem }) => {
      const { canonical, locale } = pair;
      if (!canonical || !locale || canonical.kind !== locale.kind) return;
      if (canonical.kind === 'table' && locale.kind === 'table') {
        const rows: [TableRow, TableRow][] = [[canonical.header, locale.header]];
        for (const row of pair.rows ?? []) if (row.canonical && row.locale) rows.push([row.canonical, row.locale]);
        for (const [c, l] of rows) {
          const cCode = rowCode(canonical, c);
          const lCode = rowCode(locale, l);
          const columns = c.cells.flatMap((cell, index) => (same(words(l.cells[index] ?? '', lCode), words(cell, cCode)) ? [index] : []));
          if (columns.length === 0) continue;
          const first = columns[0] ?? 0;
          report({
            messageId: 'cells',
            at: l.span,
            related: c.span,
            data: {
              cells: `${columns.length === 1 ? 'cell in column' : 'cells in columns'} ${all(columns.map((index) => String(index + 1)))}`,
              text: quote(l.cells[first] ?? ''),
              them: columns.length === 1 ? 'it' : 'them',
            },
          });
        }
      } else if (isText(canonical) && same(words(locale.text, locale.inline.code), words(canonical.text, canonical.inline.code))) {
        const place = canonical.kind === 'heading' ? 'heading' : inItem ? 'list item' : 'paragraph';
        report({ messageId: 'block', at: locale.span, related: canonical.span, data: { place, text: quote(locale.text) } });
      }
    });
  },
});

function isText(block: Block): boolean {
  return block.kind === 'heading' || block.kind === 'paragraph';
}

function rowCode(table: TableBlock, row: TableRow): InlineCode[] {
  return table.inline.code.filter((code) => code.span.line === row.span.line);
}

/** A term as a whole-word, case-insensitive pattern; spaces in it match any whitespace. */
function termPattern(term: string): RegExp {
  const escaped = term.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * The words of a text that a translation is expected to change, lower-cased: the
 * text without inline code, URLs, do-not-translate terms, numbers and names.
 */
function wordsOf(text: string, code: readonly InlineCode[], terms: readonly RegExp[]): string[] {
  let rest = text;
  for (const { value } of code) if (value.trim() !== '') rest = rest.split(value).join(' ');
  // Checked first: the replacement is slow on long texts, and most texts hold no URL.
  if (URL_MARK.test(rest)) rest = rest.replace(URL, ' ');
  for (const term of terms) rest = rest.replace(term, ' ');
  const words = [...rest.matchAll(WORD)].map((match) => match[0]).filter((word) => /\p{L}/u.test(word));
  const name = words.map((word) => NAME.test(word));
  // A short word between two names is part of a longer name: `Skype for Business`.
  return words.filter((word, i) => !name[i] && !(word.length <= 3 && name[i - 1] && name[i + 1])).map((word) => word.toLowerCase());
}

/** `a`, `a and b`, `a, b and c`. */
function all(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
