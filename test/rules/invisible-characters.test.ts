import { describe, expect, it } from 'vitest';
import invisibleCharacters from '../../rules/invisible-characters.js';
import { expectClean, expectFindings, expectFix, runPairRule } from '../support/rule-tester.js';

const ZWSP = '\u200b';
const canonical = `# Setup\n\nOpen the [portal](https://example.com/admin) and sign in.\n\n- First step\n`;

describe('invisible-characters', () => {
  it('accepts a translation without invisible characters, and no-break spaces inside the text', () => {
    expectClean(invisibleCharacters, {
      canonical,
      locale: `# Einrichtung\n\nÖffnen Sie das [Portal](https://example.com/admin), z.\u00a0B. mit Windows\u00a010.\n\n- Erster Schritt\n`,
    });
  });

  it('leaves canonical pages alone unless asked', () => {
    const withHazard = { canonical: `# Setup\n\nOpen${ZWSP} the portal.\n`, locale: `# Einrichtung\n\nÖffnen Sie das Portal.\n`, pageUnderTest: 'canonical' as const };
    expectClean(invisibleCharacters, withHazard);
    expectFindings(invisibleCharacters, { ...withHazard, options: { canonical: true } }, [
      { messageId: 'invisible', line: 3, column: 5, endLine: 3, endColumn: 6 },
    ]);
  });

  it('reports zero-width spaces and word joiners in the text, a run of them once', () => {
    expectFindings(
      invisibleCharacters,
      { canonical, locale: `# Einrichtung\n\nÖffnen Sie${ZWSP} das Portal${ZWSP}${ZWSP}${ZWSP}.\n\n- Erster\u2060 Schritt\n` },
      [
        {
          messageId: 'invisible',
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 12,
          message:
            'Zero-width space (U+200B), invisible and usually pasted in with the text: such characters split words for search and spell checking, and at the start of a line stop Markdown from seeing a heading, a list or a table. Delete it',
        },
        {
          messageId: 'invisible',
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 26,
          message:
            '3 zero-width spaces (U+200B), invisible and usually pasted in with the text: such characters split words for search and spell checking, and at the start of a line stop Markdown from seeing a heading, a list or a table. Delete them',
        },
        { messageId: 'invisible', line: 5, column: 9, endLine: 5, endColumn: 10 },
      ],
    );
  });

  it('reports a byte order mark inside the file', () => {
    expectFindings(invisibleCharacters, { canonical, locale: `# Einrichtung\n\n\ufeff## Portal\n` }, [
      {
        messageId: 'bom',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 2,
        message:
          'Byte order mark (U+FEFF) inside the file, usually left where texts or files were pasted together: invisible, but at the start of a line a byte order mark stops Markdown from seeing front matter, a heading, a list or a table. Delete it',
      },
    ]);
  });

  it('tells characters in a link target from those in its text', () => {
    expectFindings(
      invisibleCharacters,
      {
        canonical,
        locale: `# Einrichtung\n\nÖffnen Sie das [Por${ZWSP}tal](${ZWSP}https://example.com/admin) oder [die Hilfe](https://example.com/${ZWSP}help).\n`,
      },
      [
        { messageId: 'invisible', line: 3, column: 20, endLine: 3, endColumn: 21 },
        {
          messageId: 'beforeUrl',
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 27,
          message:
            'Zero-width space (U+200B) before https:// in a link target: the address no longer starts with https://, so the link points to a page of this site that does not exist. Delete it',
        },
        {
          messageId: 'inLink',
          line: 3,
          column: 91,
          endLine: 3,
          endColumn: 92,
          message: 'Zero-width space (U+200B) in a link target: invisible, but part of the address, so the link points to the wrong place. Delete it',
        },
      ],
    );
  });

  it('reports a no-break space after a heading or list marker, which turns the line into text', () => {
    expectFindings(invisibleCharacters, { canonical, locale: `##\u00a0Einrichtung\n\n-\u00a0Erster Schritt\n\nText\n###\u00a0Mehr\n` }, [
      {
        messageId: 'nbspHeading',
        line: 1,
        column: 3,
        endLine: 1,
        endColumn: 4,
        message:
          'No-break space (U+00A0) after the # of a heading: Markdown needs a plain space there, so this line shows as text with # signs instead of a heading. Replace it with a plain space',
      },
      {
        messageId: 'nbspList',
        line: 3,
        column: 2,
        endLine: 3,
        endColumn: 3,
        message:
          'No-break space (U+00A0) after a list marker: Markdown needs a plain space there, so this line shows as text instead of a list item. Replace it with a plain space',
      },
      {
        messageId: 'nbspMarker',
        line: 6,
        column: 4,
        endLine: 6,
        endColumn: 5,
        message:
          'No-break space (U+00A0) after a heading or list marker: Markdown needs a plain space there, so this line shows as plain text. Replace it with a plain space',
      },
    ]);
  });

  it('allows the kinds it is told to allow', () => {
    expectClean(invisibleCharacters, { canonical, locale: `# Einrichtung\n\nÖffnen${ZWSP} Sie\u2060 das Portal.\n`, options: { allow: ['zero-width-space', 'word-joiner'] } });
  });

  it('fixes by deleting invisible characters and making a no-break space after a marker a plain space', () => {
    expectFix(
      invisibleCharacters,
      { canonical: `# Setup\n\n- Install\n\nSee [docs](https://x.org/a).\n`, locale: `#\u00a0Einrichtung\n\n-\u00a0Instal\u200b\u200blieren\n\nSiehe [Doku](\u200bhttps://x.org/a).\n\ufeffEnde\n` },
      `# Einrichtung\n\n- Installieren\n\nSiehe [Doku](https://x.org/a).\nEnde\n`,
    );
  });

  it('offers no fix for a character that decides the structure where the canonical page has it too', () => {
    const canonical = `> [!TIP]\n> Ask:\n>\n>   1.\u200b Is it tested?\n>\n>   2. Is it identity?\n\n-\u00a0Item\n`;
    const locale = `> [!TIP]\n> Fragen:\n>\n>   1.\u200b Ist es getestet?\n>\n>   2. Geht es um Identität?\u200b\n\n-\u00a0Eintrag\n`;
    const fixes = runPairRule(invisibleCharacters, { canonical, locale }).map((r) => [r.finding.line, r.finding.fix?.[0]?.text]);
    expect(fixes).toEqual([
      [4, undefined],
      [6, ''],
      [8, undefined],
    ]);
    const withoutCopies = runPairRule(invisibleCharacters, { canonical: canonical.replace(/[\u200b\u00a0]/g, ' '), locale }).map((r) => [r.finding.line, r.finding.fix?.[0]?.text]);
    expect(withoutCopies).toEqual([
      [4, ''],
      [6, ''],
      [8, ' '],
    ]);
  });
});
