import type { Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { markdown, markdownSummary } from '../../src/formatters/markdown.js';
import type { Finding } from '../../src/engine/rule.js';
import { wordDiff } from '../../src/sync/word-diff.js';
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

  it('shows the canonical change of an outdated finding under its message: removed words in <del>, added ones in <ins>', () => {
    const finding = outdated(
      wordDiff(
        '## Install\n\nInstall the app with npm, then start it on port 8080 and open the page in a browser to finish the setup.',
        '## Install\n\nInstall the app with npm, then start it on port 9090 and open the page in a browser to finish the setup.',
      ),
    );
    const text = markdown(sampleResult([finding]), { cwd: CWD, color: false });
    expect(text.split('\n').slice(-2)).toEqual([
      '| docs/de/setup-de.md | 7:1 | warning | Outdated: 1 block changed in the canonical section "Install" since this translation was synced (canonical line 7); update the translation' +
        '<br>Canonical change: … npm, then start it on port <del>8080</del><ins>9090</ins> and open the page in a … | outdated | docs/en/setup.md:7 |',
      '',
    ]);
  });

  it('keeps hostile text in a canonical change inert: only the <br>, <del> and <ins> it adds are markup', () => {
    const before = 'Run `x` | **bold** <script>alert(1)</script> ~~old~~';
    const after = 'Run `y` | **bold** <script>alert(2)</script></ins><img src=x onerror=alert(3)> @team [l](javascript:alert(4)) \\';
    const text = markdown(sampleResult([outdated(wordDiff(before, after))]), { cwd: CWD, color: false });
    const row = text.split('\n').at(-2) ?? '';
    expect(row).toBe(
      '| docs/de/setup-de.md | 7:1 | warning | Outdated: 1 block changed in the canonical section "Install" since this translation was synced (canonical line 7); update the translation' +
        '<br>Canonical change: Run \\`<del>x</del><ins>y</ins>\\` \\| \\*\\*bold\\*\\* &lt;script&gt;alert(<del>1</del><ins>2</ins>)&lt;/script' +
        '<ins>&gt;&lt;/ins&gt;&lt;img src=x onerror=alert(3)</ins>&gt; <del>\\~\\~old\\~\\~</del><ins>&#64;team \\[l\\](javascript:alert(4)) \\\\</ins> | outdated | docs/en/setup.md:7 |',
    );
    // As GitHub's Markdown reads it: one row of six cells, text apart from the added tags.
    const tables: Table[] = [];
    visit(parse(text), 'table', (table: Table) => void tables.push(table));
    const cells = tables[2]?.children[1]?.children ?? [];
    expect(cells).toHaveLength(6);
    const message = cells[3] as Table['children'][number]['children'][number];
    const kinds = new Set<string>();
    const tags: string[] = [];
    let plain = '';
    visit(message, (node) => {
      kinds.add(node.type);
      if (node.type === 'html') tags.push((node as { value: string }).value);
      if (node.type === 'text') plain += (node as { value: string }).value;
    });
    expect([...kinds].sort()).toEqual(['html', 'tableCell', 'text']);
    const pair = (tag: string) => [`<${tag}>`, `</${tag}>`];
    expect(tags).toEqual(['<br>', ...pair('del'), ...pair('ins'), ...pair('del'), ...pair('ins'), ...pair('ins'), ...pair('del'), ...pair('ins')]);
    expect(plain).toBe(
      'Outdated: 1 block changed in the canonical section "Install" since this translation was synced (canonical line 7); update the translation' +
        'Canonical change: Run `xy` | **bold** <script>alert(12)</script></ins><img src=x onerror=alert(3)> ~~old~~@team [l](javascript:alert(4)) \\',
    );
  });
});

/** An outdated finding of the German setup page with this canonical change. */
function outdated(diff: ReturnType<typeof wordDiff>): Finding {
  return {
    ruleId: 'outdated',
    severity: 'warn',
    message: 'Outdated: 1 block changed in the canonical section "Install" since this translation was synced (canonical line 7); update the translation',
    file: 'de/setup-de.md',
    line: 7,
    column: 1,
    endLine: 7,
    endColumn: 16,
    related: { file: 'en/setup.md', line: 7, column: 1, endLine: 7, endColumn: 11 },
    detail: { diff },
  };
}
