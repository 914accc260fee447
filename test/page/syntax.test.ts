import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { glob } from 'tinyglobby';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/page/syntax.js';
import { CORPUS, HAS_CORPUS } from '../support/corpus.js';

const full = unified().use(remarkParse).use(remarkGfm);

/** The tree remark-gfm gives, the reference the lighter parse must equal exactly. */
const reference = (text: string) => full.parse(text);

describe('parseMarkdown (only the GFM extensions a page can use)', () => {
  const cases: Record<string, string> = {
    'bare URL': 'See https://example.com/a_b_ and www.example.org/x.\n',
    'URL in parentheses': 'Visit (https://example.com/path) now.\n',
    'e-mail and mailto': 'Write to team@example.com or mailto:someone@example.net.\n',
    'xmpp address': 'Chat at xmpp:me@example.com/home today.\n',
    'URL only in a link': '[the docs](https://example.com/docs) and [https://a.example](https://b.example)\n',
    'unclosed link with URL': 'see [a](https://example.com/x without closing\n',
    'URL split by emphasis': 'https://example.com/*x* and www.example.com/_y_\n',
    'URL in code': 'Run `curl https://example.com` first.\n',
    'URL in a link destination\'s query': '[a](https://x.example/?to=https://y.example) and [b@c.example](mailto:b@c.example)\n',
    'addresses in HTML and definitions': '<a href="https://x.example">x</a> <https://y.example>\n\n[d]: https://z.example\n',
    'bare URL after a linked one': '[a](https://x.example) then www.y.example too\n',
    table: '| A | B |\n| - | :-: |\n| 1 | 2 |\n',
    'table in a quote': '> | A |\n> | --- |\n> | 1 |\n',
    'table without pipes': 'a\n:-\nb\n',
    'table right after paragraph lines': 'Some text\nmore text\n| A | B |\n| --- | --- |\n| 1 | 2 |\nno pipe row\n\nAfter.\n',
    'table in a list item': '- item\n\n  | A |\n  |:-:|\n  | 1 |\n- next | item\n',
    'lazy line after a table in a quote': '> | A |\n> | - |\n> | 1 |\nlazy\n',
    'delimiter look in code': '```\n| A |\n| - |\n```\n\n| B |\nno delimiter\n',
    'tables with CRLF and CR': '| A |\r\n| - |\r\n| 1 |\r\rx | y\r:-|-\r',
    'pipes without a table': 'A | B\nC | D\n\n> E | F\n',
    'footnote': 'Text[^1].\n\n[^1]: The note.\n',
    strikethrough: 'Old ~~price~~ and ~one~ tilde.\n',
    'task list': '- [ ] todo\n- [x] done\n',
    'nothing of GFM': '# Title\n\nPlain *text* with 1,000 numbers.\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`gives remark-gfm's tree: ${name}`, () => {
      expect(parseMarkdown(text)).toEqual(reference(text));
    });
  }

  it("gives remark-gfm's tree for generated table-like text", () => {
    // Lines of cells, delimiters, quote markers, list markers, indentation and fences:
    // wherever a table may or may not begin, continue or end.
    const piece = fc.constantFrom('|', ' | ', '-', '---', ':', ':-:', '> ', '- ', '1. ', '  ', '\t', 'a', 'B c', '`x|y`', '\\|', '```', '***', '[^1]', '~');
    const line = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));
    const text = fc.tuple(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));
    fc.assert(
      fc.property(text, (markdown) => {
        expect(parseMarkdown(markdown)).toEqual(reference(markdown));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it("gives remark-gfm's tree for generated text with addresses, as links and not", () => {
    // Whether a page is parsed with literal autolinks at once is guessed from its text; the tree must not depend on the guess.
    const piece = fc.constantFrom('https://a.example', 'www.b.example', 'c@d.example', 'mailto:e@f.example', '@g', '[', ']', '(', ')', '](', '<', '>', '="', ' ', '\n', '`', 'h', '[l]: ', '*');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const markdown = pieces.join('');
        expect(parseMarkdown(markdown)).toEqual(reference(markdown));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it.skipIf(!HAS_CORPUS)("gives remark-gfm's tree for every English page of the corpus", async () => {
    // One locale's pages: every construct the corpus uses, in a few seconds.
    const files = await glob('english-playbook/**/*.md', { cwd: CORPUS, ignore: ['**/media/**'] });
    expect(files.length).toBeGreaterThan(60);
    const differing = files.sort().filter((file) => {
      const text = readFileSync(`${CORPUS}/${file}`, 'utf8');
      return JSON.stringify(parseMarkdown(text)) !== JSON.stringify(reference(text));
    });
    expect(differing).toEqual([]);
  }, 120_000);
});
