import { everyBlock } from '../src/align/align.js';
import { rememberedIn } from '../src/engine/remembered.js';
import { defineRule } from '../src/engine/rule.js';
import { quote } from '../src/engine/words.js';
import { otherLetterOrDigit } from '../src/page/tokens.js';
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
const LETTER = /\p{L}/u;
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
    const terms = termPatterns(options.doNotTranslate);
    const kept = keptWords(terms);
    const { minWords } = options;
    for (const { pair, inItem } of everyBlock(alignment)) {
      const { canonical, locale } = pair;
      if (!canonical || !locale || canonical.kind !== locale.kind) continue;
      if (canonical.kind === 'table' && locale.kind === 'table') {
        const rows: [TableRow, TableRow][] = [[canonical.header, locale.header]];
        for (const row of pair.rows ?? []) if (row.canonical && row.locale) rows.push([row.canonical, row.locale]);
        for (const [c, l] of rows) {
          const words = rowWords(kept, terms, canonical, c);
          const lCode = rowCode(locale, l);
          const columns: number[] = [];
          for (let index = 0; index < c.cells.length; index++) if (same(l.cells[index] ?? '', lCode, words[index] as Words, terms, minWords)) columns.push(index);
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
      } else if (isText(canonical) && same(locale.text, locale.inline.code, blockWords(kept, terms, canonical), terms, minWords)) {
        const place = canonical.kind === 'heading' ? 'heading' : inItem ? 'list item' : 'paragraph';
        report({ messageId: 'block', at: locale.span, related: canonical.span, data: { place, text: quote(locale.text) } });
      }
    }
  },
});

// A canonical text's words are read once, for all its translations, and only as far as one of them is compared.
function blockWords(kept: KeptWords, terms: readonly RegExp[], block: Block): Words {
  return rememberedIn(kept.blocks, block, () => new Words(wordsOf(block.text, block.inline.code, terms)));
}

function rowWords(kept: KeptWords, terms: readonly RegExp[], table: TableBlock, row: TableRow): readonly Words[] {
  return rememberedIn(kept.rows, row, () => {
    const code = rowCode(table, row);
    return row.cells.map((cell) => new Words(wordsOf(cell, code, terms)));
  });
}

/** Whether a translation has the canonical text's words to translate, at least minWords of them: read word by word, up to the first difference. */
function same(text: string, code: readonly InlineCode[], canonical: Words, terms: readonly RegExp[], minWords: number): boolean {
  if (canonical.at(minWords - 1) === undefined) return false;
  let count = 0;
  for (const word of wordsOf(text, code, terms)) {
    if (word !== canonical.at(count)) return false;
    count++;
  }
  return canonical.at(count) === undefined;
}

/** A text's words (see `wordsOf`), read as far as they are asked for. */
class Words {
  private readonly read: string[] = [];
  constructor(private rest: Iterator<string> | null) {}

  /** The word at `index` (from 0), or undefined past the last. */
  at(index: number): string | undefined {
    while (this.read.length <= index && this.rest) {
      const next = this.rest.next();
      if (next.done) this.rest = null;
      else this.read.push(next.value);
    }
    return this.read[index];
  }
}

/** Words of canonical blocks and table rows (one per cell), per do-not-translate terms. */
interface KeptWords {
  blocks: WeakMap<Block, Words>;
  rows: WeakMap<TableRow, readonly Words[]>;
}

const keptByTerms = new WeakMap<readonly RegExp[], KeptWords>();
const compiledTerms = new WeakMap<readonly string[], RegExp[]>();

/** The option's terms as patterns, compiled once per options object. */
function termPatterns(terms: readonly string[]): RegExp[] {
  return rememberedIn(compiledTerms, terms, () => terms.map(termPattern));
}

function keptWords(terms: readonly RegExp[]): KeptWords {
  return rememberedIn(keptByTerms, terms, () => ({ blocks: new WeakMap(), rows: new WeakMap() }));
}

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
 * The words of a text that a translation is expected to change, lower-cased and one at
 * a time: the text without inline code, URLs, do-not-translate terms, numbers and names.
 * A word is a letter or digit followed by letters, digits, `'`, `’`, `_` and `-`, with
 * at least one letter. Exported for its tests.
 */
export function* wordsOf(text: string, code: readonly InlineCode[], terms: readonly RegExp[]): Generator<string> {
  let rest = text;
  for (const { value } of code) if (value.trim() !== '') rest = rest.split(value).join(' ');
  // Checked first: the replacement is slow on long texts, and most texts hold no URL.
  if (URL_MARK.test(rest)) rest = rest.replace(URL, ' ');
  for (const term of terms) rest = rest.replace(term, ' ');
  // A word is decided once the next is known: a short word between two names is part of a longer name (`Skype for Business`).
  let before = false;
  let current: string | null = null;
  let currentName = false;
  // Words are scanned by hand: most are lower-case ASCII, never a name, and need no
  // pattern. ASCII is told by its codes (39, 45 and 95 are `'`, `-` and `_`), other
  // letters and digits by otherLetterOrDigit.
  const length = rest.length;
  for (let at = 0; at < length; ) {
    let code = rest.charCodeAt(at);
    const start = at;
    let plain = code >= 97 && code <= 122;
    if (plain || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) at++;
    else {
      const width = otherLetterOrDigit(rest, at);
      at += width || 1;
      if (width === 0) continue;
    }
    for (; at < length; ) {
      code = rest.charCodeAt(at);
      if ((code >= 97 && code <= 122) || code === 39 || code === 45 || code === 95 || code === 0x2019) at++;
      else if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
        plain = false;
        at++;
      } else {
        const width = otherLetterOrDigit(rest, at);
        if (width === 0) break;
        plain = false;
        at += width;
      }
    }
    const word = rest.slice(start, at);
    if (!plain && !LETTER.test(word)) continue;
    const name = !plain && NAME.test(word);
    if (current !== null && !currentName && !(current.length <= 3 && before && name)) yield current.toLowerCase();
    if (current !== null) before = currentName;
    current = word;
    currentName = name;
  }
  if (current !== null && !currentName) yield current.toLowerCase();
}

/** `a`, `a and b`, `a, b and c`. */
function all(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
