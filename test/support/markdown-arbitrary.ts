import fc from 'fast-check';

/**
 * fast-check generators of Markdown pages built from what documentation holds:
 * front matter, headings, paragraphs with links, numbers, code and Unicode, lists
 * (nested too), tables, fenced code, admonitions, quotes, HTML comments and rules,
 * with LF or CRLF line endings, an optional BOM and an optional final newline.
 */

const word = fc.constantFrom(
  'Setup', 'install', 'the', 'Größe', 'café', '日本語', 'données', 'Ünïcödé', '🙂', 'naïve', 'x', 'API', 'v2',
  'zero\u200bwidth', 'no\u00a0break', '\u202eevil', 'tab\there', 'a*b*', '_c_', '`code`', '\\*', '&amp;', '<b>', '1.', '-',
);
const number = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }).map(String),
  fc.constantFrom('1,000', '1.000', '3.14', '04/30/2020', '1 000', '2nd', '10:30', '99%'),
);
const url = fc.constantFrom(
  'guide.md', 'other.md#install', '../en/guide.md', '#setup', '', 'https://example.com/en-us/docs', 'www.example.com',
  'mailto:a@example.com', '../../../../etc/passwd', '/docs/page.md', 'media/img.png', 'page.md#Setup', 'x y.md', '\u200bhttps://example.com',
);
const inline = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 2, arbitrary: number },
  { weight: 1, arbitrary: fc.tuple(word, url).map(([text, target]) => `[${text}](${target})`) },
  { weight: 1, arbitrary: fc.tuple(word, url).map(([alt, target]) => `![${alt}](${target})`) },
  { weight: 1, arbitrary: word.map((text) => `\`${text}\``) },
  { weight: 1, arbitrary: word.map((text) => `**${text}**`) },
);
const line = fc.array(inline, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));

const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(' ', '  '), line, fc.constantFrom('', '.', ' #'))
  .map(([depth, space, text, end]) => `${'#'.repeat(depth)}${space}${text}${end}`);
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
const listItems = (marker: (i: number) => string, indent: string) =>
  fc.array(line, { minLength: 1, maxLength: 5 }).map((items) => items.map((item, i) => `${indent}${marker(i)} ${item}`).join('\n'));
const list = fc.oneof(
  listItems(() => '-', ''),
  listItems((i) => `${i + 1}.`, ''),
  fc.tuple(listItems(() => '*', ''), listItems(() => '-', '  ')).map(([outer, inner]) => `${outer}\n${inner}`),
);
const cell = fc.oneof(word, number, fc.constant(''));
const table = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 6 })).chain(([columns, rows]) =>
  fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows + 1, maxLength: rows + 1 }).map((cells) => {
    const row = (values: string[]) => `| ${values.join(' | ')} |`;
    return [row(cells[0] as string[]), row(Array.from({ length: columns }, () => '---')), ...cells.slice(1).map(row)].join('\n');
  }),
);
const code = fc.tuple(fc.constantFrom('', 'bash', 'json', 'powershell'), fc.array(line, { maxLength: 3 }))
  .map(([lang, lines]) => ['```' + lang, ...lines, '```'].join('\n'));
const admonition = fc.tuple(fc.constantFrom('NOTE', 'TIP', 'WARNING', 'HINWEIS', 'IMPORTANT'), paragraph)
  .map(([type, text]) => [`> [!${type}]`, ...text.split('\n').map((l) => `> ${l}`)].join('\n'));
const quote = paragraph.map((text) => text.split('\n').map((l) => `> ${l}`).join('\n'));
const other = fc.constantFrom('---', '<!-- comment -->', '<!-- l10n-lint-disable-next-line -->', '<a name="anchor"></a>', '[!INCLUDE [x](../includes/x.md)]', '   ', '> > deep\n> > > deeper');

export const block = fc.oneof(
  { weight: 3, arbitrary: heading },
  { weight: 4, arbitrary: paragraph },
  { weight: 2, arbitrary: list },
  { weight: 2, arbitrary: table },
  { weight: 1, arbitrary: code },
  { weight: 1, arbitrary: admonition },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: other },
);

const frontMatter = fc.option(
  fc.tuple(word, fc.constantFrom('05/12/2020', '2024-01-31', 'not a date'), fc.boolean()).map(([title, date, broken]) =>
    broken ? `---\ntitle: [${title}\n---` : `---\ntitle: "${title}"\nms.date: ${date}\n---`,
  ),
  { nil: undefined },
);

export interface PageShape {
  frontMatter: string | undefined;
  blocks: string[];
  crlf: boolean;
  bom: boolean;
  finalNewline: boolean;
}

export const pageShape: fc.Arbitrary<PageShape> = fc.record({
  frontMatter,
  blocks: fc.array(block, { maxLength: 10 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
});

/** The text of a page of that shape. */
export function render(shape: PageShape): string {
  const parts = shape.frontMatter ? [shape.frontMatter, ...shape.blocks] : shape.blocks;
  let text = parts.join('\n\n') + (shape.finalNewline ? '\n' : '');
  if (shape.crlf) text = text.replace(/\n/g, '\r\n');
  return (shape.bom ? '\ufeff' : '') + text;
}

/**
 * A canonical page and a translation: unrelated, or made from the canonical page by
 * dropping, repeating and reordering some of its blocks and changing its line endings.
 */
export const pagePair: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(pageShape, pageShape).map(([a, b]) => [render(a), render(b)] as [string, string]),
  pageShape.chain((canonical) =>
    fc
      .record({
        keep: fc.array(fc.boolean(), { minLength: canonical.blocks.length, maxLength: canonical.blocks.length }),
        extra: fc.array(block, { maxLength: 2 }),
        swap: fc.nat(),
        crlf: fc.boolean(),
        bom: fc.boolean(),
      })
      .map(({ keep, extra, swap, crlf, bom }) => {
        const blocks = canonical.blocks.filter((_, i) => keep[i]);
        if (blocks.length > 1) {
          const i = swap % (blocks.length - 1);
          [blocks[i], blocks[i + 1]] = [blocks[i + 1] as string, blocks[i] as string];
        }
        const translation = { ...canonical, blocks: [...blocks, ...extra], crlf, bom };
        return [render(canonical), render(translation)] as [string, string];
      }),
  ),
);
