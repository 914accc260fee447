import { describe, it } from 'vitest';
import headings from '../../rules/headings.js';
import { expectClean, expectFindings } from '../support/rule-tester.js';

const canonical = `# Title

Intro text.

## Install

Steps.

## Configure

More steps.
`;

describe('headings', () => {
  it('accepts a translation with the same outline', () => {
    expectClean(headings, {
      canonical,
      locale: `# Titel

Einleitung.

## Installieren

Schritte.

## Konfigurieren

Weitere Schritte.
`,
    });
  });

  it('reports a missing heading where it belongs, naming the canonical line', () => {
    expectFindings(
      headings,
      {
        canonical: `# Title\n\n## Install (SDK)\n\n## Configure (CLI)\n\n## Deploy (API)\n`,
        locale: `# Titel\n\n## Installieren (SDK)\n\n## Bereitstellen (API)\n`,
      },
      [
        {
          messageId: 'missing',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 1,
          canonicalLine: 5,
          message: 'Missing heading: level 2 "Configure (CLI)" of the canonical page (canonical line 5) has no counterpart here',
        },
      ],
    );
  });

  it('reports an extra heading and a changed level', () => {
    expectFindings(
      headings,
      {
        canonical: `# Title\n\n## Install\n\nText.\n`,
        locale: `# Titel\n\n### Installieren\n\nText.\n\n## Mehr (FAQ)\n`,
      },
      [
        { messageId: 'level', line: 3, column: 1, endLine: 3, endColumn: 17, canonicalLine: 3 },
        { messageId: 'extra', line: 7, column: 1, endLine: 7, endColumn: 14 },
      ],
    );
  });
});
