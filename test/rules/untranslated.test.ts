import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import untranslated, { wordsOf } from '../../rules/untranslated.js';
import { alignPages } from '../../src/align/align.js';
import type { PageModel } from '../../src/page/model.js';
import { parsePage } from '../../src/page/parse.js';
import { expectClean, expectFindings } from '../support/rule-tester.js';

/** Lines: 1 title, 3 paragraph, 5-6 list, 8 header, 9 delimiter, 10 body row. */
const canonical = `# Set up the agent

Sign in to the admin center with an administrator account before you start.

- Open the settings page and choose the devices to enroll.
- Azure Active Directory Premium

| Setting | What it does |
| --- | --- |
| \`sync\` | Keeps the devices in line with the portal settings |
`;

describe('untranslated', () => {
  it('accepts a translation that keeps only names, numbers, URLs and code', () => {
    expectClean(untranslated, {
      canonical,
      locale: `# Den Agent einrichten

Melden Sie sich vor dem Start mit einem Administratorkonto im Admin Center an.

- Öffnen Sie die Einstellungsseite und wählen Sie die Geräte aus.
- Azure Active Directory Premium

| Einstellung | Funktion |
| --- | --- |
| \`sync\` | Hält die Geräte auf dem Stand der Portaleinstellungen |
`,
    });
  });

  it('reports a paragraph left as it is in the canonical page', () => {
    expectFindings(
      untranslated,
      {
        canonical: `# Set up\n\nSign in to the admin center with an administrator account.\n`,
        locale: `# Einrichten\n\nSign in to the admin center with an administrator account.\n`,
      },
      [
        {
          messageId: 'block',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 59,
          canonicalLine: 3,
          message:
            'Untranslated paragraph: "Sign in to the admin center with an…" is the same as the canonical paragraph (canonical line 3). Translate it, or list the terms that stay as they are in the option doNotTranslate',
        },
      ],
    );
  });

  it('reports a heading and a list item, whatever their names, numbers, links and code', () => {
    expectFindings(
      untranslated,
      {
        canonical: `## Run the Contoso agent on every device\n\n- Run \`agent.exe\` on 3 devices with [the guide](https://example.com/en-us/guide) open.\n`,
        locale: `## Run the Contoso agent on every device\n\n- Run \`agent.exe\` on 5 devices with [the guide](https://example.com/de-de/guide) open.\n`,
      },
      [
        { messageId: 'block', line: 1, column: 1, endLine: 1, endColumn: 41, canonicalLine: 1 },
        { messageId: 'block', line: 3, column: 3, endLine: 3, endColumn: 87, canonicalLine: 3 },
      ],
    );
  });

  it('reports the cells of a table row left as they are, once for the row', () => {
    expectFindings(
      untranslated,
      {
        canonical: `| Name | Description | Notes |\n| --- | --- | --- |\n| Sync | Keeps the devices in line | Runs again at the end of every hour |\n`,
        locale: `| Name | Beschreibung | Hinweise |\n| --- | --- | --- |\n| Sync | Keeps the devices in line | Runs again at the end of every hour |\n`,
      },
      [
        {
          messageId: 'cells',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 75,
          canonicalLine: 3,
          message:
            'Untranslated table cells in columns 2 and 3: "Keeps the devices in line" is the same as in the canonical row (canonical line 3). Translate them, or list the terms that stay as they are in the option doNotTranslate',
        },
      ],
    );
  });

  it('leaves short blocks and blocks of names alone, and counts words after the names are removed', () => {
    expectClean(untranslated, {
      canonical: `## Skype for Business Online\n\nSee the release notes.\n\nUse Microsoft Teams Rooms with Surface Hub devices.\n`,
      locale: `## Skype for Business Online\n\nSee the release notes.\n\nUse Microsoft Teams Rooms with Surface Hub devices.\n`,
    });
  });

  it('removes the doNotTranslate terms before comparing, and takes minWords', () => {
    const testCase = {
      canonical: `Choose the sign-in options page and then select remember me.\n`,
      locale: `Choose the sign-in options page and then select remember me.\n`,
    };
    expectFindings(untranslated, testCase, [{ messageId: 'block', line: 1, column: 1, endLine: 1, endColumn: 61, canonicalLine: 1 }]);
    expectClean(untranslated, { ...testCase, options: { doNotTranslate: ['sign-in options', 'select remember me'], minWords: 5 } });
  });
});

describe('untranslated: one canonical page, several translations and settings', () => {
  it("compares each translation and each set of options with the canonical page's own words", () => {
    const canonicalPage = parsePage('en/page.md', `Choose the sign-in options page and then select remember me.\n\n| Step | Action |\n| --- | --- |\n| 1 | Open the portal and sign in again |\n`);
    const copied = parsePage('de/page.md', `Choose the sign-in options page and then select remember me.\n\n| Schritt | Aktion |\n| --- | --- |\n| 1 | Open the portal and sign in again |\n`);
    const translated = parsePage('es/page.md', `Elija la página de opciones y seleccione recordarme.\n\n| Paso | Acción |\n| --- | --- |\n| 1 | Abra el portal e inicie sesión |\n`);
    const defaults = { minWords: 4, doNotTranslate: [] as string[] };
    const terms = { minWords: 5, doNotTranslate: ['sign-in options', 'select remember me', 'open the portal'] };
    const lines = (locale: PageModel, options: typeof defaults) => {
      const found: string[] = [];
      const alignment = alignPages(canonicalPage, locale);
      const report = (r: { messageId: string; at: { line: number } }) => found.push(`${r.messageId}@${r.at.line}`);
      // The rule reads no project.
      untranslated.checkPair!({ canonical: canonicalPage, locale, localeCode: 'de', alignment, options, project: undefined as never, report });
      return found;
    };
    for (let round = 0; round < 2; round++) {
      expect(lines(copied, terms)).toEqual([]);
      expect(lines(copied, defaults)).toEqual(['block@1', 'cells@5']);
      expect(lines(translated, defaults)).toEqual([]);
    }
  });
});

describe('untranslated: the words it compares', () => {
  /** The words as the rule defined them with patterns before they were scanned by hand (no code, URLs or terms here). */
  function* byPattern(text: string): Generator<string> {
    const NAME = /^(?:\p{Lu}.*|\p{Ll}+\p{Lu}.*|(?=.*\p{L})(?=.*\p{N}).+)$/u;
    let before = false;
    let current: { word: string; name: boolean } | null = null;
    for (const [word] of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)) {
      if (!/\p{L}/u.test(word)) continue;
      const next = { word, name: NAME.test(word) };
      if (current && !current.name && !(current.word.length <= 3 && before && next.name)) yield current.word.toLowerCase();
      if (current) before = current.name;
      current = next;
    }
    if (current && !current.name) yield current.word.toLowerCase();
  }

  it.each([
    ['Sign in to the admin center', ['in', 'to', 'the', 'admin', 'center']],
    ['Use Skype for Business and Teams in M365 today', ['today']],
    ["don't re-enroll the device_id’s state", ["don't", 're-enroll', 'the', 'device_id’s', 'state']],
    ['Größe der Datei ändern: 2020 Schritte', ['ändern']],
    ['क्लिक करें', ['क', 'ल', 'क', 'कर']],
    ['𝐚𝐛 x 😀 y\ud800z', ['𝐚𝐛', 'x', 'y', 'z']],
    ['-lead _under 3rd', ['lead', 'under']],
  ])('reads %j as its words', (text, words) => {
    expect([...wordsOf(text, [], [])]).toEqual(words);
  });

  it('reads any text as the patterns do', () => {
    const piece = fc.constantFrom('a', 'zz', 'Q', 'Skype', 'iPhone', 'M365', '42', 'é', 'ß', 'İ', 'ǅ', 'क', '\u0301', '𝐀', '𝐚', '😀', '\ud800', '\udc00', "'", '’', '_', '-', ' ', '.', ',', '\n', 'for', 'in');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect([...wordsOf(text, [], [])]).toEqual([...byPattern(text)]);
      }),
      { numRuns: 5000, seed: 7 },
    );
  });
});
