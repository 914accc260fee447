import type { Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { markdown, markdownSummary } from '../../src/formatters/markdown.js';
import type { Finding } from '../../src/engine/rule.js';
import { CWD, HOSTILE, hostileResult, sampleResult } from './sample.js';

function parse(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(text);
}

describe('markdown formatter', () => {
  it('writes counts per locale and rule, then the findings', () => {
    expect(markdown(sampleResult(), { cwd: CWD, color: false })).toBe(
      [
        '### l10n-lint: 1 error, 1 warning in 1 of 3 files',
        '',
        '| Locale | Files | Errors | Warnings |',
        '| --- | ---: | ---: | ---: |',
        '| de | 1 | 1 | 1 |',
        '',
        '| Rule | Errors | Warnings |',
        '| --- | ---: | ---: |',
        '| table-rows | 1 | 0 |',
        '| untranslated | 0 | 1 |',
        '',
        '| File | Line | Severity | Message | Rule | Canonical |',
        '| --- | ---: | --- | --- | --- | --- |',
        '| docs/de/setup-de.md | 5:1 | warning | This paragraph is the same as on the canonical page (canonical line 5): translate it | untranslated | docs/en/setup.md:5 |',
        '| docs/de/setup-de.md | 11:1 | error | Row 1 of the table under "Install" (canonical line 11) is missing here | table-rows | docs/en/setup.md:11 |',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(markdown(sampleResult([]), { cwd: CWD, color: false })).toBe('### l10n-lint: no problems in 3 files\n');
  });

  it('keeps hostile text inside its table cell, as plain text: no HTML, no code span, no link, no emphasis', () => {
    const tree = parse(markdown(hostileResult(), { cwd: CWD, color: false }));
    const tables: Table[] = [];
    visit(tree, 'table', (table: Table) => void tables.push(table));
    const findings = tables[2];
    expect(findings?.children).toHaveLength(2);
    const row = findings?.children[1];
    expect(row?.children).toHaveLength(6);
    const kinds = new Set<string>();
    visit(row as Table['children'][number], (node) => void kinds.add(node.type));
    expect([...kinds].sort()).toEqual(['tableCell', 'tableRow', 'text']);
    const textOf = (index: number) => {
      let text = '';
      visit(row?.children[index] as Table['children'][number]['children'][number], 'text', (node: { value: string }) => void (text += node.value));
      return text;
    };
    expect(textOf(0)).toBe('docs/de/we,ird: na%me #1 ü.md');
    expect(textOf(3)).toBe(HOSTILE.replace('\r\n', ' '));
    expect(textOf(5)).toBe('docs/en/we,ird: na%me #1 ü.md:4');
  });

  it('stops at a whole row below the size limit and counts what it left out', () => {
    const many: Finding[] = Array.from({ length: 400 }, (_, i) => ({
      ruleId: 'untranslated',
      severity: 'warn',
      message: `Paragraph ${i + 1} is not translated: ${'ü'.repeat(100)}`,
      file: 'de/setup-de.md',
      line: i + 1,
      column: 1,
      endLine: i + 1,
      endColumn: 5,
    }));
    const limit = 20_000;
    const text = markdownSummary(sampleResult(many), CWD, { limit });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(limit);
    const shown = text.split('\n').filter((line) => line.startsWith('| docs/de/setup-de.md |')).length;
    expect(shown).toBeGreaterThan(50);
    expect(shown).toBeLessThan(400);
    expect(text.endsWith(`\n${400 - shown} more findings not shown: the summary is limited to 19 KiB. Use the SARIF or JSON output for the full list.\n`)).toBe(true);
    expect(markdownSummary(sampleResult(many), CWD).includes('not shown')).toBe(false);
  });
});
