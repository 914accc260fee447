import { describe, it } from 'vitest';
import headingSpaces from '../../rules/heading-spaces.js';
import { expectClean, expectFindings, expectFix } from '../support/rule-tester.js';

const canonical = `# Setup\n\n## Goals\n\nText.\n\n## Key results\n\nMore text.\n`;

describe('heading-spaces', () => {
  it('accepts headings with single spaces, closing markers and spaces in code', () => {
    expectClean(headingSpaces, {
      canonical,
      locale: `# Einrichtung\n\n## Ziele ##\n\nText.\n\n## Wichtige Ergebnisse mit \`a  b\`   \n\nMehr Text.\n`,
    });
  });

  it('reports extra spaces after the # marker, at the extra spaces', () => {
    expectFindings(headingSpaces, { canonical, locale: `# Einrichtung\n\n##  Ziele\n\nText.\n\n## Wichtige Ergebnisse\n\nMehr Text.\n` }, [
      {
        messageId: 'afterMarker',
        line: 3,
        column: 4,
        endLine: 3,
        endColumn: 5,
        canonicalLine: 3,
        message: 'Heading "Ziele" has 2 spaces after its # marker instead of one, as translation tools often leave them (Markdown linters report this too). Delete the extra space',
      },
    ]);
  });

  it('reports extra spaces between words, in indented and nested headings too', () => {
    expectFindings(
      headingSpaces,
      { canonical, locale: `# Einrichtung\n\n  ## Ziele\n\nText.\n\n## Wichtige   Ergebnisse\n\n> ###  Hinweis\n` },
      [
        {
          messageId: 'betweenWords',
          line: 7,
          column: 13,
          endLine: 7,
          endColumn: 15,
          canonicalLine: 7,
          message:
            'Heading "Wichtige Ergebnisse" has 3 spaces between "Wichtige" and "Ergebnisse" instead of one, as translation tools often leave them: GitHub then gives the heading an anchor with a double hyphen, which links to it do not expect. Delete the 2 extra spaces',
        },
        { messageId: 'afterMarker', line: 9, column: 7, endLine: 9, endColumn: 8 },
      ],
    );
  });

  it('leaves spaces copied from the canonical heading alone unless asked', () => {
    const copied = { canonical: `### 2.  Create the checklist\n`, locale: `### 2.  Checkliste erstellen\n` };
    expectClean(headingSpaces, copied);
    expectFindings(headingSpaces, { ...copied, options: { copied: 'report' } }, [
      { messageId: 'betweenWords', line: 1, column: 8, endLine: 1, endColumn: 9, canonicalLine: 1 },
    ]);
  });

  it('checks canonical pages only when asked', () => {
    const testCase = { canonical: `##  Goals\n`, locale: `## Ziele\n`, pageUnderTest: 'canonical' as const };
    expectClean(headingSpaces, testCase);
    expectFindings(headingSpaces, { ...testCase, options: { canonical: true } }, [{ messageId: 'afterMarker', line: 1, column: 4, endLine: 1, endColumn: 5 }]);
  });

  it('fixes by deleting the extra spaces, keeping one, and leaves spacing copied from the canonical heading', () => {
    expectFix(
      headingSpaces,
      { canonical: `# Setup\n\n### 2.  Create the checklist\n\n## Goals\n`, locale: `#  Einrichtung\n\n### 2.  Checkliste   erstellen\n\n##\t\tZiele  #\n` },
      `# Einrichtung\n\n### 2.  Checkliste erstellen\n\n##\tZiele  #\n`,
    );
  });
});
