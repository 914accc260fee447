import fastDiff from 'fast-diff';

/** One part of a diff: removed (-1), kept (0) or added (1) text. */
export type DiffPart = [-1 | 0 | 1, string];

/**
 * Words, runs of spaces and single punctuation marks: the units a word-level diff keeps
 * whole. A word may hold apostrophes, straight or typographic (\u2019: source files stay
 * ASCII, see scripts/bundle.js).
 */
const UNITS = /[\p{L}\p{N}_'\u2019-]+|\s+|[^\p{L}\p{N}_\s]/gu;

/**
 * A word-level diff of two texts: fast-diff run on the texts with every distinct word
 * replaced by one character, so that no word is ever split. Parts alternate as
 * fast-diff gives them (removed before added where both are at one place).
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const codes = new Map<string, string>();
  const words: string[] = [];
  const encode = (text: string) =>
    (text.match(UNITS) ?? []).map((unit) => {
      let code = codes.get(unit);
      if (code === undefined) {
        code = codeFor(words.length);
        codes.set(unit, code);
        words.push(unit);
      }
      return code;
    });
  const a = encode(before);
  const b = encode(after);
  // Past the characters that can stand for one unit each, a character diff is all that is left.
  if (words.length > CODE_SPACE) return merge(fastDiff(before, after));
  const decode = (text: string) => [...text].map((char) => words[indexOf(char)] ?? '').join('');
  return merge(fastDiff(a.join(''), b.join('')).map(([op, text]): DiffPart => [op, decode(text)]));
}

/** BMP characters from U+0100, skipping the surrogates, so that each unit is one UTF-16 code unit. */
const SURROGATES = 0xe000 - 0xd800;
const CODE_SPACE = 0x10000 - 0x100 - SURROGATES;

function codeFor(index: number): string {
  const code = 0x100 + index;
  return String.fromCharCode(code < 0xd800 ? code : code + SURROGATES);
}

function indexOf(char: string): number {
  const code = char.charCodeAt(0);
  return (code < 0xe000 ? code : code - SURROGATES) - 0x100;
}

/** Joins neighbouring parts of the same kind. */
function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const [op, text] of parts) {
    if (text === '') continue;
    const last = merged[merged.length - 1];
    if (last && last[0] === op) last[1] += text;
    else merged.push([op, text]);
  }
  return merged;
}
