import { everyBlock } from '../src/align/align.js';
import { compileUserRegex } from '../src/config/user-regex.js';
import { findRevisionTable } from '../src/changelog/revision-table.js';
import { remembered, rememberedIn } from '../src/engine/remembered.js';
import { defineRule, type Report } from '../src/engine/rule.js';
import type { Block, NumberMention, Span, TableBlock, TableRow } from '../src/page/model.js';

interface Options {
  /** Regular expressions; a number they match as a whole, as written, is not compared. */
  ignore: string[];
  /** The revision table (see the changelog rule): left to that rule, or checked here too. */
  revisionTable: 'skip' | 'check';
}

type MessageId = 'missing' | 'missingSeveral' | 'extra' | 'changed';

/** One number to compare: a date, or one number of a mention such as `7/8.1` or `10:30`. */
interface Num {
  /** As written. */
  text: string;
  /** The values it can stand for in some locale's format: `1,000` is 1000 or 1. */
  values: string[];
  /** The values joined: numbers with the same values are the same number. */
  key: string;
  span: Span;
}

/** Where the numbers of a locale element go, and what it is called in messages. */
interface Place {
  canonical: readonly Num[];
  locale: readonly Num[];
  /** The two elements' texts, for numbers written as words and ordinals: made only when a number is left unpaired. */
  texts: () => { canonical: string; locale: string };
  /** The locale element: where numbers it lacks are reported. */
  at: Span;
  /** The canonical element: what extra numbers are related to. */
  related: Span;
  /** What the element is called in messages: `paragraph`, `table row`, … */
  name: string;
}

const DATE = /^(?:\d{1,2}([./-])\d{1,2}\1\d{4}|\d{4}([./-])\d{1,2}\2\d{1,2})$/;
/** A day and a month, or a fraction: `12/31`, `31.12`. */
const DAY_MONTH = /^(\d{1,2})([./])(\d{1,2})$/;
const SPACE = /[\u00a0\u2009\u202f]/;

export default defineRule<Options, MessageId>({
  meta: {
    id: 'numbers',
    description: 'Require the numbers of every translated paragraph, heading, list item and table row to match the canonical ones',
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        ignore: { type: 'array', items: { type: 'string' }, default: [] },
        revisionTable: { enum: ['skip', 'check'], default: 'skip' },
      },
      additionalProperties: false,
    },
    messages: {
      missingSeveral: 'Missing numbers: {{number}} of the canonical {{place}} (canonical line {{canonicalLine}}) are not in this {{place}}',
      missing: 'Missing number: {{number}} of the canonical {{place}} (canonical line {{canonicalLine}}) is not in this {{place}}',
      extra: 'Extra number: {{number}} is not in the canonical {{place}} (canonical line {{canonicalLine}})',
      changed: 'Number {{number}} differs from {{canonicalNumber}} in the canonical {{place}} (canonical line {{canonicalLine}})',
    },
  },
  checkPair({ canonical: canonicalPage, alignment, options, project, report }) {
    const ignore = patterns(options.ignore);
    const canonicalNumbers = keptCanonical(ignore);
    const { sourceLocale, changelog } = project;
    const revisionTable = options.revisionTable === 'skip' ? findRevisionTable(canonicalPage, sourceLocale, changelog, sourceLocale) : null;

    for (const { pair, inItem } of everyBlock(alignment)) {
      const { canonical, locale } = pair;
      if (!canonical || !locale || canonical.kind !== locale.kind) continue;
      if (canonical.kind === 'table' && locale.kind === 'table') {
        if (canonical === revisionTable) continue;
        const rows: [TableRow, TableRow][] = [[canonical.header, locale.header]];
        for (const row of pair.rows ?? []) if (row.canonical && row.locale) rows.push([row.canonical, row.locale]);
        for (const [c, l] of rows) {
          compare(
            {
              canonical: keptOfCanonical(canonicalNumbers, rowNumbers(canonical, c), ignore),
              locale: kept(rowNumbers(locale, l), ignore),
              texts: () => ({ canonical: c.cells.join(' | '), locale: l.cells.join(' | ') }),
              at: l.span,
              related: c.span,
              name: 'table row',
            },
            report,
          );
        }
      } else if (isText(canonical)) {
        const name = canonical.kind === 'heading' ? 'heading' : inItem ? 'list item' : 'paragraph';
        compare(
          {
            canonical: keptOfCanonical(canonicalNumbers, canonical.inline.numbers, ignore),
            locale: kept(locale.inline.numbers, ignore),
            texts: () => ({ canonical: canonical.text, locale: locale.text }),
            at: locale.span,
            related: canonical.span,
            name,
          },
          report,
        );
      }
    }
  },
});

const compiled = new WeakMap<readonly string[], RegExp[]>();
const NO_NUMBERS: readonly Num[] = [];
/** Numbers of canonical elements, per `ignore` patterns (per options), per element's mentions. */
const keptByPatterns = new WeakMap<readonly RegExp[], WeakMap<readonly NumberMention[], readonly Num[]>>();

function keptCanonical(ignore: readonly RegExp[]): WeakMap<readonly NumberMention[], readonly Num[]> {
  return rememberedIn(keptByPatterns, ignore, () => new WeakMap<readonly NumberMention[], readonly Num[]>());
}

/** The numbers of a canonical element, worked out once for all its translations. */
function keptOfCanonical(canonicalNumbers: WeakMap<readonly NumberMention[], readonly Num[]>, mentions: readonly NumberMention[], ignore: readonly RegExp[]): readonly Num[] {
  return mentions.length === 0 ? NO_NUMBERS : rememberedIn(canonicalNumbers, mentions, () => kept(mentions, ignore));
}

/** The numbers to compare of an element's mentions: those the `ignore` patterns leave. */
function kept(mentions: readonly NumberMention[], ignore: readonly RegExp[]): readonly Num[] {
  if (mentions.length === 0) return NO_NUMBERS;
  if (ignore.length === 0) return numbersOf(mentions);
  const ignored = (text: string) => ignore.some((re) => re.test(text));
  return numbersOf(mentions.filter((m) => !ignored(m.value))).filter((n) => !ignored(n.text));
}

/** The `ignore` patterns, each matching a whole number; compiled once per options object. */
function patterns(sources: readonly string[]): RegExp[] {
  let regexes = compiled.get(sources);
  if (!regexes) {
    regexes = sources.map((source) => compileUserRegex('rule "numbers": option "ignore"', source, (s) => `^(?:${s})$`, 'u'));
    compiled.set(sources, regexes);
  }
  return regexes;
}

/** Blocks whose numbers are their own; containers are compared through what is inside them. */
function isText(block: Block): boolean {
  return block.kind === 'heading' || block.kind === 'paragraph';
}

/** The numbers of one table row: those of the table on the row's line. */
const numbersByLine = new WeakMap<TableBlock, Map<number, NumberMention[]>>();

/** The numbers of a table row: the table's numbers grouped by line once, so a long table costs no more than its length. */
function rowNumbers(table: TableBlock, row: TableRow): NumberMention[] {
  let byLine = numbersByLine.get(table);
  if (!byLine) {
    byLine = new Map();
    for (const mention of table.inline.numbers) {
      const list = byLine.get(mention.span.line) ?? [];
      list.push(mention);
      byLine.set(mention.span.line, list);
    }
    numbersByLine.set(table, byLine);
  }
  return byLine.get(row.span.line) ?? [];
}

/**
 * Pairs the two sides' numbers: same values first, then values that some locale's
 * format makes equal (`1,000` and `1.000`), then a two-digit year and its four-digit
 * form. A number left over is not reported when the other text writes it as a word
 * (`4` and `vier`), or when it is an ordinal with a suffix (`1st`). What is left is
 * changed (pairing the leftovers in order), missing or extra.
 */
function compare(place: Place, report: (report: Report<MessageId>) => void): void {
  if (place.canonical.length === 0 && place.locale.length === 0) return;
  const locale = [...place.locale];
  let left = place.canonical;
  for (const same of PASSES) left = unpaired(left, locale, same);
  // Most places have all their numbers paired (or none): their words need no reading.
  if (left.length === 0 && locale.length === 0) return;
  const texts = place.texts();
  const localeWords = wordValues(texts.locale);
  const canonicalWords = wordValues(texts.canonical);
  left = left.filter((c) => !c.values.some((v) => localeWords.has(v)) && !isOrdinal(c.text, texts.canonical));
  const extra = locale.filter((l) => !l.values.some((v) => canonicalWords.has(v)));
  const data = { place: place.name };
  const missing: Num[] = [];
  left.forEach((c, index) => {
    const changed = extra[index];
    if (changed) report({ messageId: 'changed', at: changed.span, related: c.span, data: { ...data, number: changed.text, canonicalNumber: c.text } });
    else missing.push(c);
  });
  const first = missing[0];
  if (first) {
    const number = missing.length === 1 ? first.text : all(counted(missing.map((n) => n.text)));
    report({ messageId: missing.length === 1 ? 'missing' : 'missingSeveral', at: startOf(place.at), related: first.span, data: { ...data, number } });
  }
  for (const l of extra.slice(left.length)) report({ messageId: 'extra', at: l.span, related: place.related, data: { ...data, number: l.text } });
}

/** The numbers of `canonical` that none of `locale` pairs with by `same`; each one paired is taken out of `locale`. */
function unpaired(canonical: readonly Num[], locale: Num[], same: (c: Num, l: Num) => boolean): readonly Num[] {
  const left: Num[] = [];
  for (const c of canonical) {
    let index = 0;
    while (index < locale.length && !same(c, locale[index] as Num)) index++;
    if (index < locale.length) locale.splice(index, 1);
    else left.push(c);
  }
  return left;
}

const PASSES: ((c: Num, l: Num) => boolean)[] = [
  (c, l) => c.key === l.key,
  (c, l) => c.values.some((v) => l.values.includes(v)),
  (c, l) => c.values.some((a) => l.values.some((b) => sameYear(a, b))),
];

/** `20` and `2020` (or `1999` and `99`): a year written with two digits in one language and four in another. */
function sameYear(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return /^\d\d$/.test(short) && /^(?:19|20)\d\d$/.test(long) && long.endsWith(short);
}

/** `365`, `365` and `12` -> `365 (2 times)`, `12`. */
function counted(texts: string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts].map(([text, n]) => (n === 1 ? text : `${text} (${n} times)`));
}

/** Whether a number stands in a text as an ordinal with a suffix: `1st`, `2nd`, `3e`, `4º`. */
function isOrdinal(number: string, text: string): boolean {
  return text.includes(number) && ordinalPattern(number).test(text);
}

const ordinalPattern = remembered(
  (number: string) => new RegExp(`(?<![\\d.,])${number.replace(/[.]/g, '\\.')}(?:st|nd|rd|th|er|re|e|ème|\\.?[ºª])(?![\\p{L}\\d])`, 'iu'),
);

/**
 * Numbers from one to twelve written as words, cardinal or ordinal, in English, German,
 * Spanish, Portuguese, French, Italian and Dutch: a translation may write `4` as `vier`.
 */
const NUMBER_WORDS: readonly string[] = [
  'one first once eins ein eine einen einem einer eines einmal uno una un primer primero primera um uma primeiro primeira une premier première primo prima een eerste',
  'two second twice zwei zweimal dos segundo segunda dois duas deux deuxième seconde due secondo seconda twee tweede',
  'three third drei tres tercer tercero tercera três terceiro terceira trois troisième tre terzo terza drie derde',
  'four fourth vier cuatro cuarto cuarta quatro quarto quarta quatre quatrième quattro vierde',
  'five fifth fünf cinco quinto quinta cinq cinquième cinque vijf vijfde',
  'six sixth sechs seis sexto sexta sixième sei sesto sesta zes zesde',
  'seven seventh sieben siete séptimo séptima sete sétimo sétima sept septième sette settimo settima zeven zevende',
  'eight eighth acht ocho octavo octava oito oitavo oitava huit huitième otto ottavo ottava achtste',
  'nine ninth neun nueve noveno novena nove nono nona neuf neuvième negen negende',
  'ten tenth zehn diez décimo décima dez dix dixième dieci decimo decima tien tiende',
  'eleven elf once onze undici',
  'twelve zwölf doce doze douze dodici twaalf',
];
const GERMAN_ORDINALS = ['erst', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'siebt', 'acht', 'neunt', 'zehnt', 'elft', 'zwölft'];
const WORD_VALUES = new Map<string, string[]>();
const addWord = (word: string, value: number) => WORD_VALUES.set(word, [...(WORD_VALUES.get(word) ?? []), String(value)]);
NUMBER_WORDS.forEach((words, index) => {
  for (const word of words.split(' ')) addWord(word, index + 1);
});
GERMAN_ORDINALS.forEach((stem, index) => {
  for (const ending of ['e', 'en', 'er', 'es', 'em']) addWord(stem + ending, index + 1);
});

/** The values of the number words in a text. */
function wordValues(text: string): Set<string> {
  const values = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const value of WORD_VALUES.get(word) ?? []) values.add(value);
  }
  return values;
}

/**
 * The numbers to compare in a list of mentions. A date is one number, whatever the
 * order of its parts; `/`, `:` and `-` otherwise separate numbers (`7/8.1`, `10:30`,
 * `1-3`); `.`, `,` and no-break or thin spaces are read as decimal and thousands
 * separators where the digit groups allow it, and as separators of numbers where not
 * (`1.2.3`).
 */
function numbersOf(mentions: readonly NumberMention[]): Num[] {
  const numbers: Num[] = [];
  for (const mention of mentions) {
    const exact = mention.span.line === mention.span.endLine && mention.span.endColumn - mention.span.column === mention.value.length;
    const part = (text: string, offset: number, values: string[]) => {
      const span = exact
        ? { ...mention.span, column: mention.span.column + offset, endColumn: mention.span.column + offset + text.length }
        : mention.span;
      numbers.push({ text, values, key: values.join(), span });
    };
    if (DATE.test(mention.value)) {
      const parts = mention.value.split(/[./-]/).map((p) => Number.parseInt(p, 10));
      part(mention.value, 0, ['date:' + parts.sort((a, b) => a - b).join('.')]);
      continue;
    }
    const dayMonth = DAY_MONTH.exec(mention.value);
    if (dayMonth) {
      const [low = 0, high = 0] = [Number.parseInt(dayMonth[1] ?? '', 10), Number.parseInt(dayMonth[3] ?? '', 10)].sort((a, b) => a - b);
      if (low <= 12 && high <= 31) {
        const decimal = dayMonth[2] === '.' ? numericValues(mention.value) : [];
        part(mention.value, 0, [`date:${low}.${high}`, ...decimal]);
        continue;
      }
    }
    for (const piece of pieces(mention.value, /[/:\-]/)) {
      const values = numericValues(piece.text);
      if (values.length > 0) part(piece.text, piece.offset, values);
      else for (const group of pieces(piece.text, /[.,\u00a0\u2009\u202f]/)) part(group.text, piece.offset + group.offset, [canonical(group.text)]);
    }
  }
  return numbers;
}

function pieces(text: string, separator: RegExp): { text: string; offset: number }[] {
  const result: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const piece of text.split(separator)) {
    if (piece !== '') result.push({ text: piece, offset });
    offset += piece.length + 1;
  }
  return result;
}

/**
 * What digit groups with `.`, `,` or spaces between them can stand for: thousands
 * groups (`1,000`, `1.000`, `1 000`), a decimal part (`1.5`, `1,5`), or both
 * (`1,000.5`, `1.000,5`). Empty when no format reads them as one number.
 */
function numericValues(text: string): string[] {
  const groups = text.split(/[.,\u00a0\u2009\u202f]/);
  const separators = [...text.replace(/\d/g, '')];
  const first = groups[0] ?? '';
  if (separators.length === 0) return [canonical(text)];
  const values = new Set<string>();
  const thousands = (seps: string[], rest: string[]) =>
    first.length <= 3 && rest.every((g) => g.length === 3) && seps.every((s) => s === seps[0] || (SPACE.test(s) && SPACE.test(seps[0] ?? '')));
  if (thousands(separators, groups.slice(1))) values.add(canonical(groups.join('')));
  const last = separators[separators.length - 1] ?? '';
  if (last === '.' || last === ',') {
    const head = separators.slice(0, -1);
    if (head.length === 0) values.add(canonical(first, groups[1]));
    else if (!head.includes(last) && thousands(head, groups.slice(1, -1))) values.add(canonical(groups.slice(0, -1).join(''), groups[groups.length - 1]));
  }
  return [...values].sort();
}

/** `0070` -> `70`, `1` and `50` -> `1.5`, `1` and `0` -> `1`. */
function canonical(integer: string, fraction = ''): string {
  const whole = integer.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/0+$/, '');
  return decimals ? `${whole}.${decimals}` : whole;
}

function startOf(span: Span): Span {
  return { line: span.line, column: span.column, endLine: span.line, endColumn: span.column };
}

/** `a`, `a and b`, `a, b and c`. */
function all(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
