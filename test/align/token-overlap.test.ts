import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenEvidence, tokenOverlap } from '../../src/align/token-overlap.js';

describe('tokenOverlap', () => {
  it('scores strong tokens by their Dice similarity above the floor, counting repeated tokens as often as both sides hold them', () => {
    // Shared: #1 once (the locale holds it once). Dice = 2 * 1 / (3 + 1).
    expect(tokenEvidence(['#1', '#1', '#2'], ['#1'], 0)).toBe(0.5);
    expect(tokenEvidence(['#1', '#2'], ['#1', '#3'], 0.2)).toBeCloseTo(0.2 + 0.8 * 0.5, 12);
    expect(tokenEvidence(['#1', '#1'], ['#1', '#1'], 0.2)).toBe(1);
  });

  it('gives 0.6 without strong tokens, 0.4 when one side lacks them, and adds up to 0.3 for shared weak ones', () => {
    expect(tokenEvidence([], [], 0.1)).toBe(0.6);
    expect(tokenEvidence(['w:Migration'], ['w:Migration'], 0.1)).toBeCloseTo(0.9, 12);
    expect(tokenEvidence(['#1', 'w:Migration'], [], 0.1)).toBe(0.4);
    expect(tokenEvidence(['#1', 'w:Migration', 'w:SPO'], ['#1', 'w:Migration'], 0.1)).toBeCloseTo(1, 12);
    expect(tokenEvidence(['#1', 'w:SPO'], ['#2', 'w:SPO'], 0.5)).toBeCloseTo(0.5 + 0.3, 12);
  });

  it('answers every pair of two sequences through the index, and a canonical sequence kept for several translations', () => {
    // A last element of 33 numbers on each side makes too many comparisons pair by pair: the index is used (and kept for `canonical`).
    const many = Array.from({ length: 33 }, (_, k) => `#${1000 + k}`);
    const canonical = [['#1', 'M365'], ['w:Intune'], [], ['#2', '#2'], many];
    const german = [['#2'], ['#1', 'M365', 'w:Intune'], many];
    const spanish = [['M365'], ['#2', '#2', '#3'], many];
    const evidence = (locale: string[][]) => {
      const overlap = tokenOverlap(canonical, locale, canonical);
      return canonical.slice(0, 4).map((_, i) => locale.slice(0, 2).map((_, j) => Number(overlap.evidence(i, j, 0).toFixed(4))));
    };
    for (let round = 0; round < 2; round++) {
      expect(evidence(german)).toEqual([
        [0, 1],
        [0.4, 0.4 + 0.3],
        [0.4, 0.4],
        [2 / 3, 0],
      ].map((row) => row.map((value) => Number(value.toFixed(4)))));
      expect(evidence(spanish)).toEqual([
        [2 / 3, 0],
        [0.4, 0.4],
        [0.4, 0.4],
        [0, 0.8],
      ].map((row) => row.map((value) => Number(value.toFixed(4)))));
    }
  });
});

describe('tokenOverlap, pair by pair and through the index', () => {
  it('gives the same evidence either way, whatever the tokens and how often they repeat', () => {
    const token = fc.constantFrom('#1', '#2', '#2020', 'M365', 'SharePoint', 'w:Intune', 'w:SPO', 'w:Migration');
    const tokens = fc.array(token, { maxLength: 8 });
    fc.assert(
      fc.property(fc.array(tokens, { maxLength: 6 }), fc.array(tokens, { maxLength: 5 }), fc.double({ min: 0, max: 0.9, noNaN: true }), (some, others, floor) => {
        // With an element of 33 numbers more on each side, too many comparisons pair by pair: through the index.
        const many = Array.from({ length: 33 }, (_, k) => `#${1000 + k}`);
        const canonical = [...some, many];
        const locale = [many.slice(1), ...others];
        const overlap = tokenOverlap(canonical, locale);
        canonical.forEach((c, i) => locale.forEach((l, j) => expect(overlap.evidence(i, j, floor)).toBe(tokenEvidence(c, l, floor))));
      }),
    );
  });
});
