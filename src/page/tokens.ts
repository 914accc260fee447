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
const WORD = /[\p{L}\p{N}][\p{L}\p{N}_+#]*/gu;
const CAPITALISED = /^(?:\p{Lu}\p{Ll}{2,}|\p{Lu}{2,}\p{Ll}?)$/u;
/** Prefix of weak tokens: capitalised words, which a translation keeps only sometimes. */
const WEAK = 'w:';
const PLAIN_WORD = /^[a-z][a-z_+#]*$/;
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
    .map((group) => Number.parseInt(group, 10))
    .sort((a, b) => a - b)
    .join('.');
}

/** `04/30/2020` -> `4.30.2020`; `1,000` and `1.000` -> `1.0`. */
export function normaliseNumber(raw: string): string {
  return raw
    .split(/[.,/:\-]/)
    .map((group) => String(Number.parseInt(group, 10)))
    .join('.');
}

export function textTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(NUMBER)) tokens.push('#' + (DATE.test(match[0]) ? dateToken(match[0]) : normaliseNumber(match[0])));
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    // Most words: lower-case ASCII letters, neither a name nor capitalised.
    if (PLAIN_WORD.test(word) || /^\d+$/.test(word)) continue;
    if (NAME_LIKE.test(word)) tokens.push(word);
    else if (CAPITALISED.test(word)) tokens.push(WEAK + word);
  }
  return tokens;
}

/**
 * How far two token lists support the claim that their blocks correspond, in [0, 1].
 * With strong tokens on both sides, `floor` plus the rest scaled by their
 * Sørensen–Dice similarity; without them there is little evidence either way.
 * Shared weak tokens add up to 0.3.
 */
export function tokenEvidence(a: readonly string[], b: readonly string[], floor: number): number {
  const strongA = a.filter((t) => !t.startsWith(WEAK));
  const strongB = b.filter((t) => !t.startsWith(WEAK));
  const weak = dice(
    a.filter((t) => t.startsWith(WEAK)),
    b.filter((t) => t.startsWith(WEAK)),
  );
  const strong =
    strongA.length === 0 && strongB.length === 0 ? 0.6 : strongA.length === 0 || strongB.length === 0 ? 0.4 : floor + (1 - floor) * dice(strongA, strongB);
  return Math.min(1, strong + 0.3 * weak);
}

/** Sørensen–Dice similarity of two token multisets, in [0, 1]. */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of b) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(token, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
