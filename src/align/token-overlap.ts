/**
 * How far the untranslatable tokens of two elements support the claim that they
 * correspond, for every element of a canonical sequence against every element of its
 * translation.
 *
 * The alignment compares each canonical element with each locale element. Comparing
 * two token lists one pair at a time costs a look-up per token per pair; instead, the
 * canonical tokens are indexed once (token -> the elements holding it, with how often),
 * and each locale element's tokens are looked up once, adding what they share to every
 * canonical element that holds them. Pairs that share nothing cost nothing but the
 * arithmetic of the evidence. The canonical index is built once per sequence and kept
 * as long as the sequence is: a canonical page is aligned with every translation.
 * Sequences with few tokens (most are a list item's one paragraph on each side) are
 * compared pair by pair, which costs less than an index.
 */

import { rememberedIn } from '../engine/remembered.js';
import { WEAK } from '../page/tokens.js';

interface CanonicalIndex {
  /** Token -> the canonical elements holding it and how often, flattened: index, count, index, count… */
  postings: Map<string, number[]>;
  strongCount: Int32Array;
  weakCount: Int32Array;
}

export interface TokenOverlap {
  /**
   * Evidence in [0, 1] that canonical element `i` and locale element `j` correspond.
   * With strong tokens on both sides, `floor` plus the rest scaled by their
   * Sørensen–Dice similarity; with strong tokens on one side only 0.4, on neither 0.6;
   * shared weak tokens (capitalised words, acronyms) add up to 0.3.
   */
  evidence(i: number, j: number, floor: number): number;
}

const indexes = new WeakMap<object, CanonicalIndex>();

/**
 * Sequences whose tokens compared pair by pair (see `tokenEvidence`) take at most this
 * many comparisons are compared so, without an index: a list item's paragraph with
 * its counterpart, not a table with a thousand rows.
 */
const PAIRWISE_COMPARISONS = 1024;

/** How many token comparisons comparing every pair of two sequences takes (all of them with all of them). */
function pairwiseComparisons(canonical: readonly (readonly string[])[], locale: readonly (readonly string[])[]): number {
  let c = 0;
  let l = 0;
  for (const tokens of canonical) c += tokens.length;
  for (const tokens of locale) l += tokens.length;
  return c * l;
}

/**
 * The token overlap of two sequences, given each element's tokens. `canonicalKey`,
 * when given, is the canonical sequence itself: its index is remembered for it.
 */
export function tokenOverlap(canonical: readonly (readonly string[])[], locale: readonly (readonly string[])[], canonicalKey?: object): TokenOverlap {
  if (pairwiseComparisons(canonical, locale) <= PAIRWISE_COMPARISONS) return new PairwiseOverlap(canonical, locale);
  const index = canonicalKey ? rememberedIn(indexes, canonicalKey, () => indexOf(canonical)) : indexOf(canonical);
  return new IndexedOverlap(index, locale);
}

// Both kinds of overlap are classes, not closures made per sequence: V8 keeps the
// optimised code of a method from one sequence to the next, where it would compile a
// closure's again after every full garbage collection.

/** The overlap of short sequences, token lists compared pair by pair. */
class PairwiseOverlap implements TokenOverlap {
  constructor(
    private readonly canonical: readonly (readonly string[])[],
    private readonly locale: readonly (readonly string[])[],
  ) {}

  evidence(i: number, j: number, floor: number): number {
    return tokenEvidence(this.canonical[i] as readonly string[], this.locale[j] as readonly string[], floor);
  }
}

/** The overlap of a locale sequence with an indexed canonical one: what every pair shares, counted once. */
class IndexedOverlap implements TokenOverlap {
  private readonly m: number;
  private readonly strongShared: Int32Array;
  private readonly weakShared: Int32Array;
  private readonly localeStrong: Int32Array;
  private readonly localeWeak: Int32Array;

  constructor(
    private readonly index: CanonicalIndex,
    locale: readonly (readonly string[])[],
  ) {
    const { postings } = index;
    const n = index.strongCount.length;
    const m = locale.length;
    const strongShared = new Int32Array(n * m);
    const weakShared = new Int32Array(n * m);
    const localeStrong = new Int32Array(m);
    const localeWeak = new Int32Array(m);
    const counts = new Map<string, number>();
    for (let j = 0; j < m; j++) {
      const tokens = locale[j] as readonly string[];
      if (tokens.length === 0) continue;
      countInto(counts, tokens);
      for (const [token, count] of counts) {
        const weak = token.startsWith(WEAK);
        if (weak) localeWeak[j] = (localeWeak[j] as number) + count;
        else localeStrong[j] = (localeStrong[j] as number) + count;
        const holders = postings.get(token);
        if (!holders) continue;
        const shared = weak ? weakShared : strongShared;
        for (let k = 0; k < holders.length; k += 2) {
          const cell = (holders[k] as number) * m + j;
          shared[cell] = (shared[cell] as number) + Math.min(holders[k + 1] as number, count);
        }
      }
    }
    this.m = m;
    this.strongShared = strongShared;
    this.weakShared = weakShared;
    this.localeStrong = localeStrong;
    this.localeWeak = localeWeak;
  }

  evidence(i: number, j: number, floor: number): number {
    const cell = i * this.m + j;
    const { strongCount, weakCount } = this.index;
    return evidenceOf(strongCount[i] as number, this.localeStrong[j] as number, this.strongShared[cell] as number, weakCount[i] as number, this.localeWeak[j] as number, this.weakShared[cell] as number, floor);
  }
}

/** Counts each token of a list into `counts`, emptied first. */
function countInto(counts: Map<string, number>, tokens: readonly string[]): void {
  counts.clear();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
}

/**
 * The evidence (see `TokenOverlap.evidence`) of two token lists holding `cs` and `ls`
 * strong tokens, `ss` of them shared, and `cw` and `lw` weak ones, `ws` of them shared.
 */
function evidenceOf(cs: number, ls: number, ss: number, cw: number, lw: number, ws: number, floor: number): number {
  const weak = cw === 0 || lw === 0 ? 0 : (2 * ws) / (cw + lw);
  const strong = cs === 0 && ls === 0 ? 0.6 : cs === 0 || ls === 0 ? 0.4 : floor + (1 - floor) * ((2 * ss) / (cs + ls));
  return Math.min(1, strong + 0.3 * weak);
}

function indexOf(canonical: readonly (readonly string[])[]): CanonicalIndex {
  const postings = new Map<string, number[]>();
  const strongCount = new Int32Array(canonical.length);
  const weakCount = new Int32Array(canonical.length);
  const counts = new Map<string, number>();
  for (let i = 0; i < canonical.length; i++) {
    countInto(counts, canonical[i] as readonly string[]);
    for (const [token, count] of counts) {
      if (token.startsWith(WEAK)) weakCount[i] = (weakCount[i] as number) + count;
      else strongCount[i] = (strongCount[i] as number) + count;
      const holders = postings.get(token);
      if (holders) holders.push(i, count);
      else postings.set(token, [i, count]);
    }
  }
  return { postings, strongCount, weakCount };
}

/** Marks of the tokens of `a` that a token of `b` has taken (see `tokenEvidence`), kept from one comparison to the next. */
let taken = new Uint8Array(64);

/**
 * The evidence of two token lists alone (see `TokenOverlap.evidence`), without an
 * index: each token of `b` takes an equal token of `a` not taken yet, so a token is
 * shared as often as both lists hold it. For short lists: it takes up to as many
 * comparisons as the product of their lengths.
 */
export function tokenEvidence(a: readonly string[], b: readonly string[], floor: number): number {
  let cs = 0;
  let cw = 0;
  for (const token of a) {
    if (token.startsWith(WEAK)) cw++;
    else cs++;
  }
  if (taken.length < a.length) taken = new Uint8Array(2 * a.length);
  taken.fill(0, 0, a.length);
  let ls = 0;
  let lw = 0;
  let ss = 0;
  let ws = 0;
  for (const token of b) {
    const weak = token.startsWith(WEAK);
    if (weak) lw++;
    else ls++;
    for (let k = 0; k < a.length; k++) {
      if (taken[k] === 0 && a[k] === token) {
        taken[k] = 1;
        if (weak) ws++;
        else ss++;
        break;
      }
    }
  }
  return evidenceOf(cs, ls, ss, cw, lw, ws, floor);
}
