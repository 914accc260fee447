import { describe, it } from 'vitest';
import frontMatterKeys from '../../rules/front-matter-keys.js';
import { expectClean, expectFindings } from '../support/rule-tester.js';

const canonical = `---
title: Setup
description: Install the command-line tool.
author: jdoe
ms.date: 09/27/2019
ms.topic: how-to
---

# Setup
`;

describe('front-matter-keys', () => {
  it('accepts a translation with the same keys, in any order, values translated', () => {
    expectClean(frontMatterKeys, {
      canonical,
      locale: `---\ndescription: Das Befehlszeilentool installieren.\ntitle: Einrichtung\nauthor: jdoe\nms.date: 9/27/2019\nms.topic: how-to\n---\n\n# Einrichtung\n`,
    });
  });

  it('reports a missing key where it belongs: at the next canonical key that is here', () => {
    expectFindings(
      frontMatterKeys,
      { canonical, locale: `---\ntitle: Einrichtung\ndescription: Text.\nms.date: 09/27/2019\nms.topic: how-to\n---\n` },
      [
        {
          messageId: 'missing',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 1,
          canonicalLine: 4,
          message: 'Missing front matter key: "author" of the canonical front matter (canonical line 4) is not here',
        },
      ],
    );
  });

  it('reports missing last keys on the closing line', () => {
    expectFindings(frontMatterKeys, { canonical, locale: `---\ntitle: Einrichtung\ndescription: Text.\nauthor: jdoe\n---\n\n# Einrichtung\n` }, [
      { messageId: 'missing', line: 5, column: 1, endLine: 5, endColumn: 1, canonicalLine: 5 },
      { messageId: 'missing', line: 5, column: 1, endLine: 5, endColumn: 1, canonicalLine: 6 },
    ]);
  });

  it('reports an extra key on its line', () => {
    expectFindings(
      frontMatterKeys,
      {
        canonical,
        locale: `---\ntitle: Einrichtung\ndescription: Text.\nauthor: jdoe\nms.locale: de-de\nms.date: 09/27/2019\nms.topic: how-to\n---\n`,
      },
      [
        {
          messageId: 'extra',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 17,
          message: 'Extra front matter key: "ms.locale" is not in the canonical front matter',
        },
      ],
    );
  });

  it('does not count the sync stamp key when stamps are kept in front matter, and counts it otherwise', () => {
    const locale = `---\ntitle: Einrichtung\ndescription: Text.\nauthor: jdoe\nms.date: 09/27/2019\nms.topic: how-to\nl10n:\n  sourceCommit: 0123456789abcdef\n---\n`;
    expectClean(frontMatterKeys, { canonical, locale, config: { sync: { store: 'front-matter' } } });
    expectFindings(frontMatterKeys, { canonical, locale }, [{ messageId: 'extra', line: 7, column: 1, endLine: 7, endColumn: 6 }]);
  });

  it('reports a translated or misspelt key once, naming the canonical key', () => {
    expectFindings(
      frontMatterKeys,
      { canonical, locale: `---\ntitel: Einrichtung\ndescription: Text.\nautor: jdoe\nms.date: 09/27/2019\nms.topic: how-to\n---\n` },
      [
        {
          messageId: 'renamed',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 19,
          canonicalLine: 2,
          message:
            'Front matter key "titel" is not in the canonical front matter; it looks like the canonical key "title" (canonical line 2). Keys are never translated: write "title"',
        },
        { messageId: 'renamed', line: 4, column: 1, endLine: 4, endColumn: 12, canonicalLine: 4 },
      ],
    );
  });

  it('reports a translation with no front matter at all once, on its first line', () => {
    expectFindings(frontMatterKeys, { canonical, locale: `\n---\ntitle: Einrichtung\n---\n\n# Einrichtung\n` }, [
      {
        messageId: 'noFrontMatter',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        canonicalLine: 1,
        message:
          'Missing front matter: the canonical page has front matter ("title", "description", "author", "ms.date" and "ms.topic"), this page has none. It must start on the very first line with "---"',
      },
    ]);
  });

  it('reports every key of a translation whose canonical page has no front matter as extra', () => {
    expectFindings(frontMatterKeys, { canonical: '# Setup\n', locale: `---\ntitle: Einrichtung\n---\n\n# Einrichtung\n` }, [
      { messageId: 'extra', line: 2, column: 1, endLine: 2, endColumn: 19 },
    ]);
  });

  it('ignores keys by exact name and by prefix', () => {
    const locale = `---\ntitle: Einrichtung\ndescription: Text.\nms.locale: de-de\n---\n`;
    expectClean(frontMatterKeys, { canonical, locale, options: { ignore: ['author', 'ms.*'] } });
    expectFindings(frontMatterKeys, { canonical, locale, options: { ignore: ['ms.*'] } }, [
      { messageId: 'missing', line: 5, column: 1, endLine: 5, endColumn: 1, canonicalLine: 4 },
    ]);
  });

  it('leaves front matter that does not parse to front-matter-syntax', () => {
    expectClean(frontMatterKeys, { canonical, locale: `---\ntitle: Einrichtung: die CLI\n---\n` });
    expectClean(frontMatterKeys, { canonical: `---\ntitle: Setup\n`, locale: `---\ndescription: Text.\n---\n` });
  });
});
