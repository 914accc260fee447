import { describe, expect, it } from 'vitest';
import { diffToHtml, diffToText } from '../../src/sync/render-diff.js';
import { wordDiff } from '../../src/sync/word-diff.js';

describe('wordDiff', () => {
  it('keeps words whole', () => {
    expect(wordDiff('Set the port in the file.', 'Set the ports in the config file.')).toEqual([
      [0, 'Set the '],
      [-1, 'port'],
      [1, 'ports'],
      [0, ' in the'],
      [1, ' config'],
      [0, ' file.'],
    ]);
  });

  it('gives the whole text as added or removed against an empty text', () => {
    expect(wordDiff('', 'New section.')).toEqual([[1, 'New section.']]);
    expect(wordDiff('Old.', '')).toEqual([[-1, 'Old.']]);
    expect(wordDiff('Same.', 'Same.')).toEqual([[0, 'Same.']]);
  });

  it('handles letters outside the basic plane and more distinct words than fit one character each', () => {
    expect(wordDiff('Größe 𝒳 ändern', 'Größe 𝒴 ändern')).toEqual([
      [0, 'Größe '],
      [-1, '𝒳'],
      [1, '𝒴'],
      [0, ' ändern'],
    ]);
    const many = Array.from({ length: 70_000 }, (_, i) => `w${i}`).join(' ');
    const diff = wordDiff(many, many + ' end');
    expect(diff.map(([op, text]) => (op === 0 ? '' : `${op}:${text}`)).join('')).toBe('1: end');
  });
});

describe('diffToText and diffToHtml', () => {
  const diff = wordDiff('Read the guide first. Then install the app and run it on port 8080 today.', 'Read the guide first. Then install the app and run it on port 9090 today.');

  it('marks changes as git --word-diff does, with a few words of context', () => {
    expect(diffToText(diff)).toBe('… app and run it on port [-8080-]{+9090+} today.');
    expect(diffToText(diff, { context: 2 })).toBe('… on port [-8080-]{+9090+} today.');
    expect(diffToText([[0, 'a\n\nb'], [1, ' c\nd']])).toBe('a b{+ c d+}');
    const long = wordDiff('one two three four five six seven eight nine ten eleven twelve end', 'One two three four five six seven eight nine ten eleven twelve End');
    expect(diffToText(long, { context: 2 })).toBe('[-one-]{+One+} two three … eleven twelve [-end-]{+End+}');
  });

  it('cuts a long change to its first words when asked', () => {
    expect(diffToText([[0, 'a '], [1, 'one two three four']], { maxChange: 2 })).toBe('a {+one two …+}');
    expect(diffToHtml([[-1, 'one two three']], { maxChange: 1 })).toBe('<del>one …</del>');
  });

  it('colours removed and added words when given colours', () => {
    const colors = { red: (t: string) => `<r>${t}</r>`, green: (t: string) => `<g>${t}</g>` };
    expect(diffToText([[-1, 'a'], [1, 'b']], { colors })).toBe('<r>[-a-]</r><g>{+b+}</g>');
  });

  it('writes HTML with del and ins, every text escaped', () => {
    expect(diffToHtml([[0, 'Use <b> & "q" '], [-1, "it's"], [1, '<x>']])).toBe('Use &#60;b&#62; &#38; &#34;q&#34; <del>it&#39;s</del><ins>&#60;x&#62;</ins>');
    expect(diffToHtml(diff, { context: 1 })).toBe('… port <del>8080</del><ins>9090</ins> today.');
  });
});
