/**
 * Untranslatable tokens: the parts of a text that survive translation.
 *
 * - numbers and dates, normalised so that `1,000` equals `1.000`, `1,5` equals
 *   `1.5` and `04/30/2020` equals `4/30/2020` (digit groups without leading zeros);
 * - product-like names: words with a capital after lower-case letters (`SharePoint`,
 *   `iPhone`) and words mixing letters and digits (`M365`);
 * - link targets, image names and inline code, added by the parser from the
 *   inline inventory (see `inlineTokens`).
 *
 * Capitalised words (`Migration`, `Intune`) and acronyms (`SPO`, `IT`) are weak
 * tokens: a shared one is evidence, but German capitalises every noun and acronyms
 * get translated (`IT` is `TI` in Portuguese), so their absence says nothing.
 */

const NUMBER = /\d+(?:[.,/:\-]\d+)*/g;
/** What a word starts with; then come more of them and `_`, `+` or `#`. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAPITALISED = /^(?:\p{Lu}\p{Ll}{2,}|\p{Lu}{2,}\p{Ll}?)$/u;
/** Prefix of weak tokens: capitalised words, which a translation keeps only sometimes. */
export const WEAK = 'w:';
const NAME_LIKE = /^(?:\p{Lu}?\p{Ll}+\p{Lu}[\p{L}\p{N}]*|(?=.*\p{L})(?=.*\p{N})[\p{L}\p{N}]+)$/u;

/**
 * Something written like a date in any locale's order: three groups, one of them a
 * year, or a day and a month where the day is past 12 (`12/31`, `31.12`).
 */
const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./](?:1[3-9]|2\d|3[01])|(?:1[3-9]|2\d|3[01])[./]\d{1,2})$/;

/**
 * A date's groups in ascending order, so that `04/30/2020`, `30.04.2020` and
 * `2020-04-30` give the same token. Only for alignment: it cannot tell 1 Feb from 2 Jan.
 */
function dateToken(raw: string): string {
  return raw
    .split(/[./-]/)
    .map(toInteger)
    .sort(ascending)
    .join('.');
}

function toInteger(group: string): number {
  return Number.parseInt(group, 10);
}

function ascending(a: number, b: number): number {
  return a - b;
}

/** `04/30/2020` -> `4.30.2020`; `1,000` and `1.000` -> `1.0`. */
export function normaliseNumber(raw: string): string {
  return raw
    .split(/[.,/:\-]/)
    .map((group) => String(Number.parseInt(group, 10)))
    .join('.');
}

/**
 * For scanners that tell ASCII by its character codes: the length of the letter or
 * digit outside ASCII at `at` (2 for one beyond the first plane, read with its second
 * half), or 0 when none stands there.
 */
export function otherLetterOrDigit(text: string, at: number): number {
  if (text.charCodeAt(at) < 128) return 0;
  const point = text.codePointAt(at) as number;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

export function textTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(NUMBER)) tokens.push('#' + (DATE.test(match[0]) ? dateToken(match[0]) : normaliseNumber(match[0])));
  // Words (a letter or digit, then letters, digits, `_`, `+` or `#`), scanned by hand:
  // most are lower-case ASCII or only digits, neither a name nor capitalised, and are
  // passed over without being cut out of the text.
  let start = -1;
  let plain = false;
  let digits = false;
  const end = (at: number) => {
    if (!plain && !digits) {
      const word = text.slice(start, at);
      if (NAME_LIKE.test(word)) tokens.push(word);
      else if (CAPITALISED.test(word)) tokens.push(WEAK + word);
    }
    start = -1;
  };
  // ASCII is told by its codes (95, 43 and 35 are `_`, `+` and `#`); other letters and
  // digits by otherLetterOrDigit.
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const lower = code >= 97 && code <= 122;
    const digit = code >= 48 && code <= 57;
    if (start < 0) {
      if (lower || digit || (code >= 65 && code <= 90)) {
        start = at;
        plain = lower;
        digits = digit;
      } else {
        const width = otherLetterOrDigit(text, at);
        if (width > 0) {
          start = at;
          plain = digits = false;
          at += width - 1;
        }
      }
    } else if (lower || digit || (code >= 65 && code <= 90) || code === 95 || code === 43 || code === 35) {
      plain &&= lower || code === 95 || code === 43 || code === 35;
      digits &&= digit;
    } else {
      const width = otherLetterOrDigit(text, at);
      if (width > 0) {
        plain = digits = false;
        at += width - 1;
      } else {
        end(at);
      }
    }
  }
  if (start >= 0) end(text.length);
  return tokens;
}
