import { describe, it } from 'vitest';
import frontMatterSyntax from '../../rules/front-matter-syntax.js';
import { expectClean, expectFindings } from '../support/rule-tester.js';

const canonical = `---
title: "Setup: the CLI"
description: Install the command-line tool.
---

# Setup
`;

describe('front-matter-syntax', () => {
  it('accepts valid front matter, and a page without any', () => {
    expectClean(frontMatterSyntax, {
      canonical,
      locale: `---\ntitle: "Einrichtung: die CLI"\ndescription: Das Befehlszeilentool installieren.\n---\n\n# Einrichtung\n`,
    });
    expectClean(frontMatterSyntax, { canonical, locale: '# Einrichtung\n\nText.\n' });
  });

  it('reports YAML that does not parse where the reader gave up, with a hint', () => {
    expectFindings(
      frontMatterSyntax,
      { canonical, locale: `---\ntitle: Einrichtung: die CLI\ndescription: Das Befehlszeilentool installieren.\n---\n\n# Einrichtung\n` },
      [
        {
          messageId: 'invalid',
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 28,
          message:
            "Front matter is not valid YAML (incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line), so none of the page's metadata can be read; check this line and the one above it: a value that contains \": \" or \" #\", or starts with a quote or one of @ ` [ { * & ! % |, must be put in double quotes",
        },
      ],
    );
  });

  it('says in plain words that a key is written twice', () => {
    expectFindings(frontMatterSyntax, { canonical, locale: `---\ntitle: Einrichtung\ntitle: Setup\n---\n` }, [
      {
        messageId: 'invalid',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 13,
        message:
          "Front matter is not valid YAML (duplicated mapping key), so none of the page's metadata can be read; the same key is written twice: keep one of them",
      },
    ]);
  });

  it('reports a quoted value that is never closed, at the end of the front matter', () => {
    expectFindings(frontMatterSyntax, { canonical, locale: `---\ntitle: "Einrichtung\ndescription: Text.\n---\n\n# Einrichtung\n` }, [
      { messageId: 'invalid', line: 4, column: 1, endLine: 4, endColumn: 1 },
    ]);
  });

  it('reports front matter that is never closed, on its opening line', () => {
    expectFindings(frontMatterSyntax, { canonical, locale: `---\ntitle: Einrichtung\n\n# Einrichtung\n\nText.\n` }, [
      {
        messageId: 'unclosed',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 4,
        message:
          'Front matter is never closed: the "---" on this line opens it, but no "---" line ends it, so the page has no metadata; add a "---" line after the last key',
      },
    ]);
  });

  it('checks canonical pages too', () => {
    expectFindings(
      frontMatterSyntax,
      { canonical: `---\ntitle: 'L'installation'\n---\n\n# Setup\n`, locale: `---\ntitle: Einrichtung\n---\n`, pageUnderTest: 'canonical' },
      [{ messageId: 'invalid', line: 3, column: 1, endLine: 3, endColumn: 1 }],
    );
  });

  it('reads CRLF front matter, and reports broken CRLF front matter at the same place as LF', () => {
    expectClean(frontMatterSyntax, { canonical, locale: '---\r\ntitle: Einrichtung\r\n---\r\n\r\n# Einrichtung\r\n' });
    expectFindings(frontMatterSyntax, { canonical, locale: '---\r\ntitle: a\r\ntitle: b\r\n---\r\n' }, [
      { messageId: 'invalid', line: 3, column: 1, endLine: 3, endColumn: 9 },
    ]);
  });
});
