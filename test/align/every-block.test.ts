import { describe, expect, it } from 'vitest';
import { alignPages, everyBlock, walkBlocks, type AlignedBlock } from '../../src/index.js';
import { parsePage } from '../../src/page/parse.js';

const canonical = [
  '# Title',
  '',
  'Intro with 2 numbers and 3.',
  '',
  '- First item',
  '',
  '  > A quote in an item',
  '',
  '- Second item',
  '',
  '> [!NOTE]',
  '> A note',
  '>',
  '> - A list in a note',
  '',
  '| A | B |',
  '| --- | --- |',
  '| 1 | 2 |',
  '',
].join('\n');
// The translation lacks the intro paragraph (a block pair without locale side) and the second item.
const translation = canonical.replace('Title', 'Titel').replace('Intro with 2 numbers and 3.\n\n', '').replace('First item', 'Erster Punkt').replace('- Second item\n\n', '');

describe('everyBlock', () => {
  it('lists every aligned block, nested ones included, in the order walkBlocks visits them, with whether it stands in a list item', () => {
    const alignment = alignPages(parsePage('en.md', canonical), parsePage('de.md', translation));
    const visited: { pair: AlignedBlock; inItem: boolean }[] = [];
    walkBlocks(alignment.blocks, (pair, { inItem }) => visited.push({ pair, inItem }));
    const listed = everyBlock(alignment);
    expect(listed).toEqual(visited);
    expect(listed.map(({ pair, inItem }) => `${pair.canonical?.kind ?? '-'}:${pair.locale?.kind ?? '-'}:${pair.canonical?.span.line ?? pair.at?.line}${inItem ? ' in item' : ''}`)).toEqual([
      'heading:heading:1',
      'paragraph:-:3',
      'list:list:5',
      'paragraph:paragraph:5 in item',
      'blockquote:blockquote:7 in item',
      'paragraph:paragraph:7 in item',
      'admonition:admonition:11',
      'paragraph:paragraph:11',
      'list:list:14',
      'paragraph:paragraph:14 in item',
      'table:table:16',
    ]);
  });

  it('lists an alignment once, for every rule that asks', () => {
    const alignment = alignPages(parsePage('en.md', canonical), parsePage('de.md', translation));
    expect(everyBlock(alignment)).toBe(everyBlock(alignment));
  });
});
