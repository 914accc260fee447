import { describe, it } from 'vitest';
import untranslatedFrontMatter from '../../rules/untranslated-front-matter.js';
import { expectClean, expectFindings } from '../support/rule-tester.js';

const canonical = `---
title: Set up the command-line tool
description: Install the command-line tool and sign in.
author: jdoe
version: 1.2.0
---

# Setup
`;

describe('untranslated-front-matter', () => {
  it('accepts a translated title and description, and leaves other keys alone', () => {
    expectClean(untranslatedFrontMatter, {
      canonical,
      locale: `---\ntitle: Befehlszeilentool einrichten\ndescription: Das Befehlszeilentool installieren und sich anmelden.\nauthor: jdoe\nversion: 1.2.0\n---\n`,
    });
  });

  it('reports a title left as it is in the canonical page, ignoring case and spacing', () => {
    expectFindings(
      untranslatedFrontMatter,
      {
        canonical,
        locale: `---\ntitle: Set up the  Command-line tool\ndescription: Das Befehlszeilentool installieren und sich anmelden.\n---\n`,
      },
      [
        {
          messageId: 'untranslated',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 37,
          canonicalLine: 2,
          message:
            'Untranslated front matter: "title" is "Set up the Command-line tool", the same as in the canonical page (canonical line 2); translate it, or add the value to the rule\'s "allow" option if it stays as it is',
        },
      ],
    );
  });

  it('checks the keys it is told to, lists of texts too', () => {
    const page = (keywords: string) => `---\ntitle: X\nkeywords: ${keywords}\n---\n`;
    expectFindings(
      untranslatedFrontMatter,
      { canonical: page('[setup, cli]'), locale: page('[setup, cli]'), options: { keys: ['key*'] } },
      [{ messageId: 'untranslated', line: 3, column: 1, endLine: 3, endColumn: 23, canonicalLine: 3 }],
    );
    expectClean(untranslatedFrontMatter, { canonical: page('[setup, cli]'), locale: page('[einrichten, cli]'), options: { keys: ['keywords'] } });
  });

  it('accepts allowed values, values with no letters, and a regional variant of the source language', () => {
    const page = (title: string) => `---\ntitle: ${title}\ndescription: "2.0"\n---\n`;
    expectClean(untranslatedFrontMatter, { canonical: page('Visual Studio Code'), locale: page('Visual Studio Code'), options: { allow: ['visual studio code'] } });
    expectClean(untranslatedFrontMatter, { canonical: page('1.2.0'), locale: page('1.2.0') });
    expectClean(untranslatedFrontMatter, { canonical, locale: canonical, localeCode: 'en-GB' });
    expectFindings(untranslatedFrontMatter, { canonical: page('Visual Studio Code'), locale: page('Visual Studio Code'), localeCode: 'pt-BR' }, [
      { messageId: 'untranslated', line: 2, column: 1, endLine: 2, endColumn: 26, canonicalLine: 2 },
    ]);
  });

  it('reports nothing when either front matter cannot be read', () => {
    expectClean(untranslatedFrontMatter, { canonical, locale: `---\ntitle: Set up the command-line tool\ntitle: x\n---\n` });
  });
});
