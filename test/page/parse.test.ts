import { describe, expect, it } from 'vitest';
import type { AdmonitionBlock, Block, TableBlock } from '../../src/page/model.js';
import { parsePage } from '../../src/page/parse.js';

const FRONT = `---
title: Setup
ms.date: 04/30/2020
---
`;

function kinds(blocks: Block[]): string[] {
  return blocks.map((block) => block.kind);
}

describe('parsePage', () => {
  it('gives block positions in whole-file lines, after the front matter', () => {
    const page = parsePage('x.md', `${FRONT}\n# Setup\n\nText with \`code\`.\n`);
    expect(page.frontMatter?.span).toEqual({ line: 1, column: 1, endLine: 4, endColumn: 4 });
    expect(page.frontMatter?.data).toEqual({ title: 'Setup', 'ms.date': '04/30/2020' });
    expect(page.blocks[0]?.span).toEqual({ line: 6, column: 1, endLine: 6, endColumn: 8 });
    expect(page.blocks[1]?.inline.code).toEqual([{ value: 'code', span: { line: 8, column: 11, endLine: 8, endColumn: 17 } }]);
  });

  it('records every top-level front-matter key with its line', () => {
    const page = parsePage('x.md', `---\ntitle: A\n# comment\nauthor: "B"\ntags:\n  - x\n---\nBody\n`);
    expect(page.frontMatter?.keys.map((k) => [k.key, k.span.line, k.value])).toEqual([
      ['title', 2, 'A'],
      ['author', 4, 'B'],
      ['tags', 5, ['x']],
    ]);
  });

  it('records the span of an inline link target written as its URL, and none where it is written otherwise (autolinks, escapes; reference links are not links)', () => {
    const page = parsePage(
      'x.md',
      `${FRONT}\nSee [the (a) guide](guide.md "guide.md") and [b](<with space.md>),\n[c](\n  c.md) [d][ref] <https://x.org> [e](caf%C3%A9.md) [f](a\\_b.md).\n\n[ref]: d.md\n`,
    );
    expect(page.blocks[0]?.inline.links.map((link) => [link.url, link.urlSpan])).toEqual([
      ['guide.md', { line: 6, column: 21, endLine: 6, endColumn: 29 }],
      ['with space.md', { line: 6, column: 51, endLine: 6, endColumn: 64 }],
      ['c.md', { line: 8, column: 3, endLine: 8, endColumn: 7 }],
      ['https://x.org', undefined],
      ['caf%C3%A9.md', { line: 8, column: 38, endLine: 8, endColumn: 50 }],
      ['a_b.md', undefined],
    ]);
  });

  it('keeps the source line of every front-matter key', () => {
    const page = parsePage('x.md', `---\r\nms.date: 04/30/2020 # US\r\n---\r\n`);
    expect(page.frontMatter?.keys[0]?.source).toBe('ms.date: 04/30/2020 # US');
  });

  it('keeps dates in front matter as plain strings, so the model stays serialisable', () => {
    const page = parsePage('x.md', `---\nms.date: 2020-04-30\n---\n`);
    expect(page.frontMatter?.data).toEqual({ 'ms.date': '2020-04-30' });
    expect(JSON.parse(JSON.stringify(page))).toEqual(page);
  });

  it('does not count a BOM as a column, and records it', () => {
    const page = parsePage('x.md', `\ufeff${FRONT}# Title\n`);
    expect(page.bom).toBe(true);
    expect(page.frontMatter?.data?.title).toBe('Setup');
    expect(page.blocks[0]?.span).toEqual({ line: 5, column: 1, endLine: 5, endColumn: 8 });
  });

  it('handles CRLF line endings in front matter and body', () => {
    const page = parsePage('x.md', `---\r\ntitle: A\r\n---\r\n\r\n# Title\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n`);
    expect(page.eol).toBe('crlf');
    expect(page.frontMatter?.data).toEqual({ title: 'A' });
    expect(page.blocks[0]?.span.line).toBe(5);
    const table = page.blocks[1] as TableBlock;
    expect(table.rows[0]?.span).toEqual({ line: 9, column: 1, endLine: 9, endColumn: 10 });
    expect(table.rows[0]?.cells).toEqual(['1', '2']);
  });

  it('reports YAML that does not parse with its whole-file line, and still models the body', () => {
    const page = parsePage('x.md', `---\ntitle: A\ndescription: [unclosed\nauthor: B\n---\n# Title\n`);
    expect(page.frontMatter?.data).toBeNull();
    expect(page.frontMatter?.error?.line).toBe(4);
    expect(page.blocks[0]?.span.line).toBe(6);
  });

  it('reports front matter that is a list or a single value instead of keys', () => {
    expect(parsePage('x.md', `---\n- a\n- b\n---\n# T\n`).frontMatter).toMatchObject({
      data: null,
      error: { message: 'the front matter must be keys with values (key: value), not a list', line: 2, column: 1 },
    });
    expect(parsePage('x.md', `---\njust text\n---\n# T\n`).frontMatter?.error?.message).toBe(
      'the front matter must be keys with values (key: value), not a single value',
    );
  });

  it('reports front matter that is never closed, and models the whole file as body', () => {
    const page = parsePage('x.md', `---\ntitle: A\n\n# Title\n`);
    expect(page.frontMatter?.error?.message).toMatch(/never closed/);
    expect(page.blocks.at(-1)?.span.line).toBe(4);
  });

  it('recognises DocFX admonitions with their type, in any case, and keeps unknown words as written', () => {
    const page = parsePage('x.md', `> [!NOTE]\n> Read this.\n\n> [!Tip]\n> Also this.\n\n>[!HINWEIS]\n> Lies das.\n\n> A plain quote.\n`);
    expect(kinds(page.blocks)).toEqual(['admonition', 'admonition', 'admonition', 'blockquote']);
    expect(page.blocks.map((b) => (b as AdmonitionBlock).type)).toEqual(['NOTE', 'TIP', 'HINWEIS', undefined]);
    expect(page.blocks[0]?.text).toBe('Read this.');
  });

  it('does not take [!div] or [!INCLUDE] quotes for admonitions', () => {
    const page = parsePage('x.md', `> [!div class="x"]\n> Text.\n`);
    expect(kinds(page.blocks)).toEqual(['blockquote']);
  });

  it('keeps DocFX includes as blocks of their own, with their path', () => {
    const page = parsePage('x.md', `Intro.\n\n[!INCLUDE [shared intro](../includes/intro.md)]\n`);
    expect(kinds(page.blocks)).toEqual(['paragraph', 'include']);
    expect(page.blocks[1]).toMatchObject({ kind: 'include', path: '../includes/intro.md' });
  });

  it('keeps explicit HTML and attribute anchors', () => {
    const page = parsePage('x.md', `<a name="top"></a>\n\n## Setup {#setup-id}\n\nSee <a id="inline"></a> here.\n`);
    expect(page.blocks.flatMap((b) => b.inline.anchors)).toEqual(['top', 'setup-id', 'inline']);
  });

  it('models tables with header, body rows and cells, and lists with items', () => {
    const page = parsePage('x.md', `| Date | Who |\n| --- | --- |\n| 04/30/2020 | Ana |\n| 5/1/2020 | Bo |\n\n1. One\n   - Nested\n2. Two\n`);
    const table = page.blocks[0] as TableBlock;
    expect(table.columns).toBe(2);
    expect(table.header.cells).toEqual(['Date', 'Who']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['04/30/2020', 'Ana'],
      ['5/1/2020', 'Bo'],
    ]);
    expect(table.rows[0]?.tokens).toContain('#4.30.2020');
    const list = page.blocks[1];
    expect(list).toMatchObject({ kind: 'list', ordered: true });
    if (list?.kind !== 'list') throw new Error('not a list');
    expect(list.items).toHaveLength(2);
    expect(kinds(list.items[0]?.blocks ?? [])).toEqual(['paragraph', 'list']);
  });

  it('gives a list, its items and a table the text, tokens and inline content of everything inside them', () => {
    const md = [
      '- First item with SharePoint and 12 apps',
      '',
      '  ```',
      '  run 7',
      '  ```',
      '  <a name="deep"></a>',
      '-',
      '- Third: see [docs](https://example.com/en-us/docs) and `code`',
      '',
      '| A | | C |',
      '| - | - | - |',
      '| x |  | M365 |',
      '',
    ].join('\n');
    const [list, table] = parsePage('x.md', md).blocks;
    if (list?.kind !== 'list' || table?.kind !== 'table') throw new Error('not a list and a table');
    const sorted = (tokens: string[]) => [...tokens].sort();
    expect(list.items.map((item) => item.text)).toEqual(['First item with SharePoint and 12 apps run 7', '', 'Third: see docs and code']);
    expect(list.items.map((item) => sorted(item.tokens))).toEqual([
      ['#12', '#7', 'SharePoint', 'w:First'],
      [],
      ['code:code', 'url:https://example.com/docs', 'w:Third'],
    ]);
    expect(list.text).toBe('First item with SharePoint and 12 apps run 7 Third: see docs and code');
    expect(sorted(list.tokens)).toEqual(['#12', '#7', 'SharePoint', 'code:code', 'url:https://example.com/docs', 'w:First', 'w:Third']);
    expect(list.inline.anchors).toEqual(['deep']);
    expect(list.inline.links.map((link) => link.span)).toEqual([{ line: 8, column: 14, endLine: 8, endColumn: 52 }]);
    expect(list.inline.numbers.map((number) => number.value)).toEqual(['12']);
    expect(table.header.cells).toEqual(['A', '', 'C']);
    expect(table.rows.map((row) => [row.cells, sorted(row.tokens)])).toEqual([[['x', '', 'M365'], ['#365', 'M365']]]);
    expect(table.text).toBe('A | | C x | | M365');
    expect(sorted(table.tokens)).toEqual(['#365', 'M365']);
  });

  it('collapses the whitespace of a text: line breaks, tabs, runs of spaces and no-break spaces', () => {
    const page = parsePage('x.md', 'One\ttwo  three\nfour\u00a0five\n\n- Six\n  seven\n\n&#32;Eight&#32;\n');
    expect(page.blocks.map((block) => block.text)).toEqual(['One two three four five', 'Six seven', 'Eight']);
  });

  it('tells fenced from indented code', () => {
    const page = parsePage('x.md', '```js\nrun();\n```\n\n    indented\n');
    expect(page.blocks).toMatchObject([
      { kind: 'code', fenced: true, lang: 'js', value: 'run();' },
      { kind: 'code', fenced: false, value: 'indented' },
    ]);
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', '---', '---\n---', '\ufeff', '> [!', '| a |\n|', '[!INCLUDE [x](', '\u0000\u200b', '---\n: :\n---\n']) {
      expect(() => parsePage('x.md', text)).not.toThrow();
    }
  });

  it('records invisible characters that matter, with their places', () => {
    const page = parsePage('x.md', `\ufeff---\ntitle: a\n---\n#  Title\n\nA\u200bB and \ufeffC\n\n-\u00a0item\n\n##\u00a0Head\n\u2060x\n> 1.\u200b y\n`);
    expect(page.hazards).toEqual([
      { kind: 'zero-width-space', span: { line: 6, column: 2, endLine: 6, endColumn: 3 } },
      { kind: 'bom', span: { line: 6, column: 9, endLine: 6, endColumn: 10 } },
      { kind: 'nbsp-marker', span: { line: 8, column: 2, endLine: 8, endColumn: 3 }, structural: true },
      { kind: 'nbsp-marker', span: { line: 10, column: 3, endLine: 10, endColumn: 4 }, structural: true },
      { kind: 'word-joiner', span: { line: 11, column: 1, endLine: 11, endColumn: 2 }, structural: true },
      { kind: 'zero-width-space', span: { line: 12, column: 5, endLine: 12, endColumn: 6 }, structural: true },
    ]);
  });

  it('records the numbers of the text with their places, outside code and URLs', () => {
    const page = parsePage(
      'x.md',
      `${FRONT}\n## Step 2\n\nSave 1,000 or 1\u00a0000 \`x 7\` at [site 3](https://x.com/9) or https://y.com/8,\n> 70% on 04/30/2020 &#49;2\n`,
    );
    const numbers = page.blocks.map((block) => block.inline.numbers.map((n) => [n.value, n.span.line, n.span.column, n.span.endColumn]));
    expect(numbers).toEqual([
      [['2', 6, 9, 10]],
      [
        ['1,000', 8, 6, 11],
        ['1\u00a0000', 8, 15, 20],
        ['3', 8, 36, 37],
      ],
      // A number written with a character reference is placed at the text around it.
      [
        ['70', 9, 3, 5],
        ['04/30/2020', 9, 10, 20],
        ['12', 9, 3, 27],
      ],
    ]);
  });

  it('leaves out numbers that open a line like a list marker Markdown did not take', () => {
    const page = parsePage('x.md', `Steps:\n1.\u200b Sign in\n2) Open 3 pages\n\tTab 4\n`);
    expect(page.blocks[0]?.inline.numbers.map((n) => [n.value, n.span.line, n.span.column])).toEqual([
      ['3', 3, 9],
      ['4', 4, 6],
    ]);
  });

  it('keeps a heading as written, for spacing checks', () => {
    const page = parsePage('x.md', `###  Zusammenfassung  der Aktualisierung ##\n`);
    expect(page.blocks[0]).toMatchObject({ kind: 'heading', depth: 3, source: '###  Zusammenfassung  der Aktualisierung ##', text: 'Zusammenfassung der Aktualisierung' });
  });
});
