import { describe, expect, it } from 'vitest';
import { alignSequences, type Pair } from '../../src/align/sequence.js';
import type { Span } from '../../src/page/model.js';
import { tokenEvidence } from '../../src/align/token-overlap.js';
import { normaliseNumber, textTokens } from '../../src/page/tokens.js';

interface Item {
  name: string;
  tokens: string[];
  span: Span;
}

/** Items one per line, starting at `line`; each name's digits are its tokens. */
function items(names: string[], line = 1): Item[] {
  return names.map((name, index) => ({
    name,
    tokens: textTokens(name),
    span: { line: line + index, column: 1, endLine: line + index, endColumn: name.length + 1 },
  }));
}

const byTokens = (a: Item, b: Item) => tokenEvidence(a.tokens, b.tokens, 0.1);
const container: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function shape(pairs: Pair<Item>[]): string[] {
  return pairs.map((p) => `${p.canonical?.name ?? '-'}|${p.locale?.name ?? '-'}${p.at ? `@${p.at.line}:${p.at.column}` : ''}${p.ambiguous ? '?' : ''}`);
}

describe('alignSequences', () => {
  it('matches translated elements in order', () => {
    const pairs = alignSequences(items(['one', 'two']), items(['eins', 'zwei']), byTokens, container);
    expect(shape(pairs)).toEqual(['one|eins', 'two|zwei']);
  });

  it('places a missing element keyed on its numbers before the next locale element', () => {
    const canonical = items(['2020-05-12 fix', '2020-03-25 update', '2019-09-27 first']);
    const locale = items(['2020-03-25 Aktualisierung', '2019-09-27 erste'], 10);
    expect(shape(alignSequences(canonical, locale, byTokens, container))).toEqual([
      '2020-05-12 fix|-@10:1',
      '2020-03-25 update|2020-03-25 Aktualisierung',
      '2019-09-27 first|2019-09-27 erste',
    ]);
  });

  it('places a missing last element at the end of the previous locale element', () => {
    const canonical = items(['v1 a', 'v2 b', 'v3 c']);
    const locale = items(['v1 x', 'v2 y'], 5);
    expect(shape(alignSequences(canonical, locale, byTokens, container))).toEqual(['v1 a|v1 x', 'v2 b|v2 y', 'v3 c|-@6:5']);
  });

  it('marks a gap ambiguous when nothing but the count tells which element is missing', () => {
    const pairs = alignSequences(items(['a', 'b', 'c']), items(['x', 'y']), byTokens, container);
    expect(pairs.filter((p) => !p.locale).map((p) => p.ambiguous)).toEqual([true]);
  });

  it('leaves elements whose untranslatable tokens disagree apart, rather than shifting the rest', () => {
    const canonical = items(['a 1', 'b 2', 'c 3']);
    const locale = items(['x 9', 'y 2', 'z 3']);
    expect(shape(alignSequences(canonical, locale, byTokens, container))).toEqual(['a 1|-@1:1', '-|x 9', 'b 2|y 2', 'c 3|z 3']);
  });

  it('never matches incompatible elements', () => {
    const pairs = alignSequences(items(['a']), items(['b']), () => null, container);
    expect(shape(pairs)).toEqual(['a|-@1:1', '-|b']);
  });

  it('pairs very long sequences in order instead of quadratically', () => {
    const many = Array.from({ length: 2100 }, (_, i) => `row ${i}`);
    const pairs = alignSequences(items(many), items(many.slice(1)), byTokens, container);
    expect(pairs).toHaveLength(2100);
    expect(pairs.at(-1)?.locale).toBeUndefined();
    expect(pairs.at(-1)?.ambiguous).toBe(true);
  });
});

describe('tokens', () => {
  it('normalises numbers and dates so locale formats compare equal', () => {
    expect(normaliseNumber('04/30/2020')).toBe(normaliseNumber('4/30/2020'));
    expect(normaliseNumber('1,000')).toBe(normaliseNumber('1.000'));
    expect(normaliseNumber('1,5')).toBe(normaliseNumber('1.5'));
    expect(textTokens('due 12/31')).toEqual(textTokens('fällig 31.12.'));
    expect(textTokens('on 04/30/2020')).toEqual(textTokens('am 30.04.2020'));
    expect(textTokens('1.5')).not.toEqual(textTokens('5.1'));
  });

  it('keeps numbers and product-like names as strong tokens, capitalised words and acronyms as weak ones', () => {
    expect(textTokens('Use SharePoint Online with M365 and IT since 2019')).toEqual(['#365', '#2019', 'w:Use', 'SharePoint', 'w:Online', 'M365', 'w:IT']);
  });

  it('measures token evidence', () => {
    expect(tokenEvidence([], [], 0.1)).toBe(0.6);
    expect(tokenEvidence(['#1'], [], 0.1)).toBe(0.4);
    expect(tokenEvidence(['#1'], ['#2'], 0.1)).toBeCloseTo(0.1);
    expect(tokenEvidence(['#1', 'w:Migration'], ['#1', 'w:Migration'], 0.1)).toBe(1);
  });
});
