import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/page/parse.js';
import { canonicalUrl, printPage, sectionsOf } from '../../src/sync/sections.js';

describe('sectionsOf', () => {
  it('keys sections by heading path: text before the first heading, skipped levels, repeated headings', () => {
    const page = parsePage('en/a.md', 'Intro.\n\n# Guide\n\n### Deep\n\n## Steps\n\nText.\n\n## Steps\n\n# Other *one*\n');
    expect(sectionsOf(page).map((section) => [section.key, section.blocks.length])).toEqual([
      ['', 1],
      ['Guide', 0],
      ['Guide > Deep', 0],
      ['Guide > Steps', 1],
      ['Guide > Steps (2)', 0],
      ['Other one', 0],
    ]);
  });

  it('has no section before the first heading when there is no text there', () => {
    expect(sectionsOf(parsePage('en/a.md', '# A\n\nText.\n')).map((section) => section.key)).toEqual(['A']);
  });
});

describe('printPage', () => {
  it('keeps readable text for diffs: headings with their level, table rows, list items, code', () => {
    const page = parsePage('en/a.md', '# A\n\nSome *text*.\n\n| x | y |\n| - | - |\n| 1 | 2 |\n\n* one\n* two\n\n```\ncode  \n```\n');
    expect(printPage(page, { siteRoot: null }).get('A')?.text).toBe('# A\n\nSome text.\n\n| x | y |\n| 1 | 2 |\n\n- one\n- two\n\ncode');
  });
});

describe('canonicalUrl', () => {
  const at = (url: string, siteRoot: string | null = null) => canonicalUrl(url, 'docs/en/page.md', { siteRoot });
  it('gives one form for the ways of writing a link to the same file or address', () => {
    expect(['./setup.md', 'setup.md', '../en/setup.md', 'sub/../setup.md'].map((url) => at(url))).toEqual(Array(4).fill('docs/en/setup.md'));
    expect(at('/en/setup.md', 'docs')).toBe('docs/en/setup.md');
    expect(at('/en/setup.md')).toBe('/en/setup.md');
    expect([at('./folder/'), at('folder')]).toEqual(['docs/en/folder', 'docs/en/folder']);
    expect(at('setup.md#Install')).toBe('docs/en/setup.md#Install');
    expect([at('https://www.example.com/en-us/docs/'), at('http://example.com/docs')]).toEqual(['example.com/docs', 'example.com/docs']);
    expect(at('#part')).toBe('#part');
    expect(at('mailto:a@example.com')).toBe('mailto:a@example.com');
  });

  it('keeps different targets apart', () => {
    expect(at('setup.md')).not.toBe(at('install.md'));
    expect(at('https://example.com/a')).not.toBe(at('https://example.com/b'));
  });
});
