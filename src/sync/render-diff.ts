import { escapeHtml } from '../report/escape.js';
import type { DiffPart } from './word-diff.js';

/**
 * Renderings of a word-level diff (a finding's `detail.diff`) for people: unchanged
 * text is cut to a few words of context around each change, so a long section shows
 * only what changed in it.
 */

export interface RenderOptions {
  /** Words of unchanged text kept before and after each change (default 6). */
  context?: number;
  /** Words shown of one removed or added stretch, the rest cut to `…` (default: all). */
  maxChange?: number;
}

/** Colour functions for a terminal (picocolors' `createColors`); the markers stay either way. */
export interface TextColors {
  red(text: string): string;
  green(text: string): string;
}

/** Plain text: `[-removed-]` and `{+added+}`, as `git diff --word-diff` writes them. */
export function diffToText(diff: readonly DiffPart[], options: RenderOptions & { colors?: TextColors } = {}): string {
  const oneLine = (text: string) => text.replace(/\s+/g, ' ');
  const red = options.colors?.red ?? ((text: string) => text);
  const green = options.colors?.green ?? ((text: string) => text);
  return trimDiff(diff, options)
    .map(([op, text]) => (op === -1 ? red(`[-${oneLine(text)}-]`) : op === 1 ? green(`{+${oneLine(text)}+}`) : oneLine(text)))
    .join('')
    .trim();
}

/** HTML: `<del>` and `<ins>` around changes, every text escaped. */
export function diffToHtml(diff: readonly DiffPart[], options: RenderOptions = {}): string {
  return trimDiff(diff, options)
    .map(([op, text]) => (op === -1 ? `<del>${escapeHtml(text)}</del>` : op === 1 ? `<ins>${escapeHtml(text)}</ins>` : escapeHtml(text)))
    .join('');
}

const ELLIPSIS = '…';

/**
 * The diff as the renderings show it: long unchanged stretches cut to `context` words
 * on the side of each change, long changes to `maxChange` words; cuts are marked `…`.
 */
export function trimDiff(diff: readonly DiffPart[], options: RenderOptions = {}): DiffPart[] {
  const context = options.context ?? 6;
  const maxChange = options.maxChange ?? Infinity;
  return diff.map(([op, text], index): DiffPart => {
    const tokens = text.match(/\s+|\S+/g) ?? [];
    if (op !== 0) {
      const long = tokens.filter((token) => /\S/.test(token)).length > maxChange;
      return [op, long ? wordsFrom(tokens, maxChange) + ' ' + ELLIPSIS : text];
    }
    const words = tokens.filter((token) => /\S/.test(token)).length;
    const before = index > 0; // a change before this stretch
    const after = index < diff.length - 1; // a change after it
    if (words <= (before && after ? 2 * context : context) || (!before && !after)) return [0, text];
    const head = before ? wordsFrom(tokens, context) + ' ' + ELLIPSIS : ELLIPSIS;
    const tail = after ? ' ' + wordsFrom([...tokens].reverse(), context, true) : '';
    return [0, (before ? head : ELLIPSIS) + tail];
  });
}

/** The first `count` words of a list of tokens (words and spaces), with the spaces before them; reversed lists give the last words. */
function wordsFrom(tokens: readonly string[], count: number, reversed = false): string {
  const kept: string[] = [];
  let words = 0;
  for (const token of tokens) {
    const isWord = /\S/.test(token);
    if (isWord && words === count) break;
    if (isWord) words++;
    kept.push(token);
  }
  if (reversed) kept.reverse();
  return reversed ? kept.join('').replace(/^\s+/, '') : kept.join('').replace(/\s+$/, '');
}
