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
 */

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
 * The token overlap of two sequences, given each element's tokens. `canonicalKey`,
 * when given, is the canonical sequence itself: its index is remembered for it.
 */
export function tokenOverlap(canonical: readonly (readonly string[])[], locale: readonly (readonly string[])[], canonicalKey?: object): TokenOverlap {
  let index = canonicalKey ? indexes.get(canonicalKey) : undefined;
  if (!index) {
    index = indexOf(canonical);
    if (canonicalKey) indexes.set(canonicalKey, index);
  }
  const { postings, strongCount, weakCount } = index;
  const n = canonical.length;
  const m = locale.length;
  const strongShared = new Int32Array(n * m);
  const weakShared = new Int32Array(n * m);
  const localeStrong = new Int32Array(m);
  const localeWeak = new Int32Array(m);
  const counts = new Map<string, number>();
  for (let j = 0; j < m; j++) {
    const tokens = locale[j] as readonly string[];
    if (tokens.length === 0) continue;
    counts.clear();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    counts.forEach((count, token) => {
      const weak = token.startsWith(WEAK);
      if (weak) localeWeak[j] = (localeWeak[j] as number) + count;
      else localeStrong[j] = (localeStrong[j] as number) + count;
      const holders = postings.get(token);
      if (!holders) return;
      const shared = weak ? weakShared : strongShared;
      for (let k = 0; k < holders.length; k += 2) {
        const cell = (holders[k] as number) * m + j;
        shared[cell] = (shared[cell] as number) + Math.min(holders[k + 1] as number, count);
      }
    });
  }
  return {
    evidence(i, j, floor) {
      const cell = i * m + j;
      const cs = strongCount[i] as number;
      const ls = localeStrong[j] as number;
      const cw = weakCount[i] as number;
      const lw = localeWeak[j] as number;
      const weak = cw === 0 || lw === 0 ? 0 : (2 * (weakShared[cell] as number)) / (cw + lw);
      const strong = cs === 0 && ls === 0 ? 0.6 : cs === 0 || ls === 0 ? 0.4 : floor + (1 - floor) * ((2 * (strongShared[cell] as number)) / (cs + ls));
      return Math.min(1, strong + 0.3 * weak);
    },
  };
}

function indexOf(canonical: readonly (readonly string[])[]): CanonicalIndex {
  const postings = new Map<string, number[]>();
  const strongCount = new Int32Array(canonical.length);
  const weakCount = new Int32Array(canonical.length);
  const counts = new Map<string, number>();
  canonical.forEach((tokens, i) => {
    counts.clear();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    counts.forEach((count, token) => {
      if (token.startsWith(WEAK)) weakCount[i] = (weakCount[i] as number) + count;
      else strongCount[i] = (strongCount[i] as number) + count;
      const holders = postings.get(token);
      if (holders) holders.push(i, count);
      else postings.set(token, [i, count]);
    });
  });
  return { postings, strongCount, weakCount };
}

/** The evidence of two token lists alone (see `TokenOverlap.evidence`). */
export function tokenEvidence(a: readonly string[], b: readonly string[], floor: number): number {
  return tokenOverlap([a], [b]).evidence(0, 0, floor);
}
