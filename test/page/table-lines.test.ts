import { describe, expect, it } from 'vitest';
import { tableLines } from '../../src/page/table-lines.js';

/** The line numbers marked as able to hold a table. */
const marked = (text: string) => {
  const lines = tableLines(text);
  return lines === null ? null : [...lines.keys()].filter((line) => lines[line] === 1);
};

describe('tableLines', () => {
  it('marks the run of non-blank lines around a delimiter row, and nothing else', () => {
    expect(marked('# Title\n\nIntro text.\n| A | B |\n| - | - |\n| 1 | 2 |\n\nAfter.\n')).toEqual([3, 4, 5, 6]);
  });

  it('is null for a text without a line that looks like a delimiter row', () => {
    expect(marked('A | B\nC | D\n\n---\n\n- item\n')).toBeNull();
  });

  it('knows delimiter rows without pipes, inside quotes and indented in list items', () => {
    expect(marked('a\n:-\n')).toEqual([1, 2]);
    expect(marked('text\n\n> | A |\n> | --- |\n')).toEqual([3, 4]);
    expect(marked('- item\n\n  | A |\n  |:-:|\n  | 1 |\n')).toEqual([3, 4, 5]);
  });

  it('does not take a thematic break or a setext underline for a delimiter row', () => {
    expect(marked('Title\n---\n\n***\n\n- - -\n')).toBeNull();
  });

  it('counts lines as Markdown does: CRLF and a lone CR each end one line; a line of spaces is blank', () => {
    expect(marked('x\r\n\r\n| A |\r| - |\r\n  \t\ny\n')).toEqual([3, 4]);
  });
});
