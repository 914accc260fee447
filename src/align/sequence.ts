import type { Span } from '../page/model.js';

/**
 * One step of an alignment: a canonical element with its locale counterpart, a
 * canonical element the locale lacks, or a locale element the canonical page lacks.
 */
export interface Pair<T> {
  canonical?: T;
  locale?: T;
  /**
   * For a canonical element without counterpart: the point in the locale file where
   * it belongs (the start of the next aligned locale element, else the end of the
   * previous one, else the start of the locale container).
   */
  at?: Span;
  /**
   * True when the content does not settle which elements lack a counterpart, only
   * how many (for example two rows of only translated words where one is missing).
   */
  ambiguous?: boolean;
}

/**
 * Similarity in [0, 1] of two elements, or null when they can never correspond; also
 * given their indexes in their sequences.
 */
export type Similarity<T, C = undefined> = (canonical: T, locale: T, canonicalIndex: number, localeIndex: number, context: C) => number | null;

/** Above this many cells the quadratic alignment gives way to pairing in order. */
const MAX_CELLS = 4_000_000;
/**
 * Whether sequences of these lengths are aligned by their content; longer ones are
 * paired in order (each missing element then marked ambiguous).
 */
export function alignsByContent(canonicalLength: number, localeLength: number): boolean {
  return (canonicalLength + 1) * (localeLength + 1) <= MAX_CELLS;
}

/**
 * What a match must be worth before it beats leaving both elements unmatched:
 * blocks whose untranslatable tokens disagree stay apart rather than pull the rest
 * of the page out of line.
 */
const MATCH_COST = 0.15;

/**
 * Aligns two sequences by dynamic programming (a weighted longest common
 * subsequence): compatible elements are matched in order so that the sum of their
 * similarities, less a fixed cost per match, is largest. Where several alignments score the same, gaps are put
 * as late as possible and marked ambiguous.
 */
export function alignSequences<T extends { span: Span }, C = undefined>(
  canonical: readonly T[],
  locale: readonly T[],
  similarity: Similarity<T, C>,
  container: Span,
  context?: C,
): Pair<T>[] {
  const n = canonical.length;
  const m = locale.length;
  if (!alignsByContent(n, m)) return placeGaps(inOrder(canonical, locale), container);

  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  const value = new Float64Array((n + 1) * width).fill(Number.NaN);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sim = similarity(canonical[i - 1] as T, locale[j - 1] as T, i - 1, j - 1, context as C);
      const here = i * width + j;
      let best = Math.max(score[here - width] as number, score[here - 1] as number);
      if (sim !== null) {
        value[here] = sim - MATCH_COST;
        best = Math.max(best, (score[here - width - 1] as number) + (value[here] as number));
      }
      score[here] = best;
    }
  }

  const late = traceBack(canonical, locale, score, value, width, false);
  // An element left alone that the alignment with gaps put early would match is ambiguous.
  if (late.some((pair) => !pair.canonical || !pair.locale)) {
    const matchedEarly = new Set<T>();
    for (const pair of traceBack(canonical, locale, score, value, width, true)) {
      if (pair.canonical && pair.locale) matchedEarly.add(pair.canonical).add(pair.locale);
    }
    for (const pair of late) {
      const alone = pair.locale ? (pair.canonical ? undefined : pair.locale) : pair.canonical;
      if (alone && matchedEarly.has(alone)) pair.ambiguous = true;
    }
  }
  return placeGaps(late, container);
}

function traceBack<T>(
  canonical: readonly T[],
  locale: readonly T[],
  score: Float64Array,
  value: Float64Array,
  width: number,
  preferMatch: boolean,
): Pair<T>[] {
  const pairs: Pair<T>[] = [];
  let i = canonical.length;
  let j = locale.length;
  while (i > 0 || j > 0) {
    const here = i * width + j;
    const total = score[here] as number;
    const canMatch = i > 0 && j > 0 && !Number.isNaN(value[here]) && same(total, (score[here - width - 1] as number) + (value[here] as number));
    const canSkipCanonical = i > 0 && same(total, score[here - width] as number);
    const canSkipLocale = j > 0 && same(total, score[here - 1] as number);
    if (canMatch && (preferMatch || !(canSkipCanonical || canSkipLocale))) {
      pairs.push(pairOf(canonical[--i], locale[--j]));
    } else if (canSkipLocale) {
      // Walking backwards, so an unmatched locale element is put after a missing canonical one:
      // "missing X here" then points at the element that took X's place.
      pairs.push(pairOf(undefined, locale[--j]));
    } else if (canSkipCanonical || j === 0) {
      pairs.push(pairOf(canonical[--i], undefined));
    } else {
      pairs.push(pairOf(undefined, locale[--j]));
    }
  }
  return pairs.reverse();
}

/** Whether any of the pairs is marked ambiguous. */
export function anyAmbiguous(pairs: readonly Pair<unknown>[]): boolean {
  for (const pair of pairs) if (pair.ambiguous) return true;
  return false;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

/**
 * A pair with all its fields, those it lacks undefined: every pair has the same shape,
 * made in one place, so that the code reading pairs meets one shape (V8 throws away
 * code compiled for shapes that no live object has any more, at each full collection).
 */
function pairOf<T>(canonical: T | undefined, locale: T | undefined): Pair<T> {
  return { canonical, locale, at: undefined, ambiguous: undefined };
}

function inOrder<T>(canonical: readonly T[], locale: readonly T[]): Pair<T>[] {
  const pairs: Pair<T>[] = [];
  for (let k = 0; k < Math.max(canonical.length, locale.length); k++) {
    const pair = pairOf(canonical[k], locale[k]);
    if (!pair.locale) pair.ambiguous = true;
    pairs.push(pair);
  }
  return pairs;
}

function placeGaps<T extends { span: Span }>(pairs: Pair<T>[], container: Span): Pair<T>[] {
  // The next locale element after each step, found in one pass from the end: a long
  // sequence with many gaps costs no more than its length.
  const next: (T | undefined)[] = new Array(pairs.length);
  let following: T | undefined;
  for (let k = pairs.length - 1; k >= 0; k--) {
    next[k] = following;
    following = pairs[k]?.locale ?? following;
  }
  let previous: T | undefined;
  for (let k = 0; k < pairs.length; k++) {
    const pair = pairs[k] as Pair<T>;
    if (pair.canonical && !pair.locale) {
      const after = next[k];
      pair.at = after
        ? point(after.span.line, after.span.column)
        : previous
          ? point(previous.span.endLine, previous.span.endColumn)
          : point(container.line, container.column);
    }
    previous = pair.locale ?? previous;
  }
  return pairs;
}

function point(line: number, column: number): Span {
  return { line, column, endLine: line, endColumn: column };
}
