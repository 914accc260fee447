import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignSequences } from '../../src/align/sequence.js';
import { deepestNesting } from '../../src/engine/limits.js';
import { parsePage } from '../../src/page/parse.js';
import { runCli } from '../support/cli.js';
import { makeTree } from '../support/tree.js';

/** Bugs the generated-Markdown properties found, each pinned by its smallest case. */
describe('found by the property tests', () => {
  it('a block missing from a translation that is only front matter, with no final newline, is placed at its end, not after it', async () => {
    const dir = makeTree({
      'l10n-lint.config.json': { source: 'en/{path}.md', locales: { de: 'de/{path}.md' } },
      'en/a.md': '---\ntitle: A\n---\n\n| A |\n| --- |\n',
      'de/a.md': '---\r\ntitle: B\r\n---',
    });
    const json = JSON.parse((await runCli(dir, ['--rule', 'front-matter-values:off', '-f', 'json'])).stdout) as Array<{ messages: Array<Record<string, unknown>> }>;
    expect(json.flatMap((file) => file.messages.map(({ ruleId, line, column, endLine, endColumn }) => ({ ruleId, line, column, endLine, endColumn })))).toEqual([
      { ruleId: 'tables', line: 3, column: 4, endLine: 3, endColumn: 4 },
    ]);
    expect((await runCli(dir)).stdout).toBe(
      [
        '',
        'de/a.md',
        '  3:4  error  Missing table: the canonical table with header "A" (0 rows, canonical line 5) has no counterpart here  tables',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
  });
});

describe('nesting measure', () => {
  it('counts quote markers, list markers and indentation before them, and nothing else', () => {
    expect(deepestNesting('> > - 1. x\n')).toEqual({ depth: 4, line: 1 });
    expect(deepestNesting('text\n    - x\n')).toEqual({ depth: 3, line: 2 });
    expect(deepestNesting('-x\n*emphasis*\n1.5 million\n')).toEqual({ depth: 0, line: 1 });
    expect(deepestNesting('# Title\n\n>>>> x\n')).toEqual({ depth: 4, line: 3 });
  });

  it('numbers on many lines of one paragraph keep their places', () => {
    const page = parsePage(path.join('x.md'), Array.from({ length: 2000 }, (_, i) => `Line ${i + 1} here`).join('\n') + '\n');
    const numbers = page.blocks[0]?.inline.numbers ?? [];
    expect(numbers.length).toBe(2000);
    expect(numbers[1999]?.span).toEqual({ line: 2000, column: 6, endLine: 2000, endColumn: 10 });
    expect(numbers[0]?.span).toEqual({ line: 1, column: 6, endLine: 1, endColumn: 7 });
  });
});

describe('long sequences with many gaps', () => {
  const row = (line: number) => ({ span: { line, column: 1, endLine: line, endColumn: 5 } });
  it('places each of 300,000 missing elements in one pass (placing them used to cost the square of their number)', () => {
    const canonical = Array.from({ length: 300_000 }, (_, i) => row(i + 1));
    const locale = [row(10), row(11)];
    const pairs = alignSequences(canonical, locale, () => 1, { line: 5, column: 1, endLine: 5, endColumn: 1 });
    expect(pairs.length).toBe(300_000);
    // Paired in order: the first two match, every later one is missing after the last locale element.
    expect(pairs[1]).toEqual({ canonical: canonical[1], locale: locale[1] });
    expect(pairs[299_999]).toEqual({ canonical: canonical[299_999], ambiguous: true, at: { line: 11, column: 5, endLine: 11, endColumn: 5 } });
  });

  it('a gap before any locale element goes where the next one starts, else at the container', () => {
    const pairs = alignSequences([row(1), row(2)], [row(7)], (c, l) => (c.span.line === 2 && l.span.line === 7 ? 1 : null), { line: 5, column: 1, endLine: 5, endColumn: 1 });
    expect(pairs.map((pair) => pair.at ?? null)).toEqual([{ line: 7, column: 1, endLine: 7, endColumn: 1 }, null]);
    const none = alignSequences([row(1)], [], () => 1, { line: 5, column: 2, endLine: 5, endColumn: 2 });
    expect(none[0]?.at).toEqual({ line: 5, column: 2, endLine: 5, endColumn: 2 });
  });
});
