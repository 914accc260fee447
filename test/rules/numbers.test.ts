import { describe, expect, it } from 'vitest';
import numbers from '../../rules/numbers.js';
import { alignPages } from '../../src/align/align.js';
import type { PageModel } from '../../src/page/model.js';
import { parsePage } from '../../src/page/parse.js';
import { expectClean, expectFindings, runPairRule } from '../support/rule-tester.js';

/** Lines: 1 title, 3 paragraph, 5 list, 6 list, 8 header, 9 delimiter, 10-11 body rows. */
const canonical = `# Storage for 2 teams

Each user gets 1,000 GB and 1.5 TB of archive, shared with up to 70% of the tenant since 04/30/2020.

- Keep 3 copies for 30 days.
- Run the job every 12 hours.

| Plan | Users | Price |
| --- | --- | --- |
| Basic | 300 | 4.50 |
| Premium | 1,200 | 12.00 |
`;

describe('numbers', () => {
  it('accepts a translation that writes the same numbers in its own format', () => {
    expectClean(numbers, {
      canonical,
      locale: `# Speicher für 2 Teams

Jeder Benutzer erhält 1.000 GB und 1,5 TB Archiv, geteilt mit bis zu 70 % des Mandanten seit dem 30.04.2020.

- Bewahren Sie 3 Kopien 30 Tage lang auf.
- Führen Sie den Auftrag alle 12 Stunden aus.

| Plan | Benutzer | Preis |
| --- | --- | --- |
| Basic | 300 | 4,50 |
| Premium | 1.200 | 12,00 |
`,
    });
  });

  it('accepts thousands groups with no-break and thin spaces, dates in any order and numbers as words', () => {
    expectClean(numbers, {
      canonical: `Up to 10,000 users on 2020-04-30 in 4 steps, from the 1st day, every 12/31.\n`,
      locale: `Jusqu'à 10\u202f000 utilisateurs le 30/04/2020 en quatre étapes, dès le premier jour, chaque 31.12.\n`,
    });
  });

  it('ignores numbers in code, link targets and URLs, and enumerations Markdown did not take for a list', () => {
    expectClean(numbers, {
      canonical: `Run \`setup --retries 3\` from [the portal](https://example.com/v2/page-7) or https://example.com/9.\n1.\u200b Sign in.\n`,
      locale: `Führen Sie \`setup --retries 3\` im [Portal](https://example.com/de/v3/page-8) oder https://example.com/de/10 aus.\n\n1. Anmelden.\n`,
    });
  });

  it('reports a changed number at its place, with the canonical number', () => {
    expectFindings(
      numbers,
      { canonical: `# Limits\n\nEach user gets 1,000 GB of storage.\n`, locale: `# Grenzen\n\nJeder Benutzer erhält 100 GB Speicher.\n` },
      [
        {
          messageId: 'changed',
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 26,
          canonicalLine: 3,
          message: 'Number 100 differs from 1,000 in the canonical paragraph (canonical line 3)',
        },
      ],
    );
  });

  it('reports a missing number at the start of the block, naming the canonical line of the number', () => {
    expectFindings(
      numbers,
      { canonical: `Each user gets storage\nfor 30 days.\n`, locale: `Jeder Benutzer erhält\nSpeicher für einige Tage.\n` },
      [
        {
          messageId: 'missing',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          canonicalLine: 2,
          message: 'Missing number: 30 of the canonical paragraph (canonical line 2) is not in this paragraph',
        },
      ],
    );
  });

  it('reports several missing numbers of a table row once, at the start of the row', () => {
    expectFindings(
      numbers,
      {
        canonical: `| Task | Name | Product |\n| --- | --- | --- |\n| 4091 | Deploy Office 365 | Office 365 |\n| 4092 | Review Windows 10 | Windows 10 |\n`,
        locale: `| Aufgabe | Name | Produkt |\n| --- | --- | --- |\n| 4091 | Office bereitstellen | Office |\n| 4092 | Windows 10 prüfen | Windows 10 |\n`,
      },
      [
        {
          messageId: 'missingSeveral',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 1,
          canonicalLine: 3,
          message: 'Missing numbers: 365 (2 times) of the canonical table row (canonical line 3) are not in this table row',
        },
      ],
    );
  });

  it('reports an extra number at its place, in a list item', () => {
    expectFindings(
      numbers,
      { canonical: `- Keep the copies.\n- Run the job daily.\n`, locale: `- Bewahren Sie die Kopien 90 Tage auf.\n- Führen Sie den Auftrag täglich aus.\n` },
      [
        {
          messageId: 'extra',
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 29,
          canonicalLine: 1,
          message: 'Extra number: 90 is not in the canonical list item (canonical line 1)',
        },
      ],
    );
  });

  it('compares headings and the header row too, and each number of a range on its own', () => {
    expectFindings(
      numbers,
      {
        canonical: `## Windows 7/8.1 upgrade\n\n| Step 1-3 | Notes |\n| --- | --- |\n| A | B |\n`,
        locale: `## Upgrade von Windows 7/8.2\n\n| Schritt 1-4 | Hinweise |\n| --- | --- |\n| A | B |\n`,
      },
      [
        { messageId: 'changed', line: 1, column: 26, endLine: 1, endColumn: 29, canonicalLine: 1, message: 'Number 8.2 differs from 8.1 in the canonical heading (canonical line 1)' },
        { messageId: 'changed', line: 3, column: 13, endLine: 3, endColumn: 14, canonicalLine: 3 },
      ],
    );
  });

  it('takes a two-digit year for its four-digit form', () => {
    expectClean(numbers, { canonical: `Plans for FY20 are ready.\n`, locale: `Die Pläne für das GJ 2020 sind fertig.\n` });
  });

  it('leaves numbers matching an ignore pattern alone', () => {
    const testCase = { canonical: `Office 365 for 20 users.\n`, locale: `Office für 20 Benutzer.\n` };
    expect(runPairRule(numbers, testCase)).toHaveLength(1);
    expectClean(numbers, { ...testCase, options: { ignore: ['365'] } });
  });

  it('leaves the revision table to the changelog rule unless asked to check it', () => {
    const revisions = {
      canonical: `## Revisions\n\n| Date | Change |\n| --- | --- |\n| 04/30/2020 | Added 2 steps |\n`,
      locale: `## Versionen\n\n| Datum | Änderung |\n| --- | --- |\n| 04/30/2020 | 3 Schritte hinzugefügt |\n`,
    };
    expectClean(numbers, revisions);
    expectFindings(numbers, { ...revisions, options: { revisionTable: 'check' } }, [
      { messageId: 'changed', line: 5, column: 16, endLine: 5, endColumn: 17, canonicalLine: 5 },
    ]);
  });

  it("compares each translation and each set of options with the canonical page's own numbers", () => {
    const canonicalPage = parsePage('en/page.md', `Office 365 for 20 users.\n\n| Plan | Users |\n| --- | --- |\n| Office 365 E3 | 20 |\n`);
    const german = parsePage('de/page.md', `Office für 20 Benutzer.\n\n| Plan | Benutzer |\n| --- | --- |\n| Office E3 | 20 |\n`);
    const spanish = parsePage('es/page.md', `Office 365 para 20 usuarios.\n\n| Plan | Usuarios |\n| --- | --- |\n| Office 365 E3 | 20 |\n`);
    const lines = (locale: PageModel, ignore: string[]) => {
      const found: string[] = [];
      const report = (r: { messageId: string; at: { line: number } }) => found.push(`${r.messageId}@${r.at.line}`);
      const options = { ignore, revisionTable: 'check' as const };
      // With the revision table checked, the rule reads nothing of the project but these.
      const project = { sourceLocale: 'en', changelog: {} } as never;
      numbers.checkPair!({ canonical: canonicalPage, locale, localeCode: 'de', alignment: alignPages(canonicalPage, locale), options, project, report });
      return found;
    };
    for (let round = 0; round < 2; round++) {
      expect(lines(german, ['365'])).toEqual([]);
      expect(lines(german, [])).toEqual(['missing@1', 'missing@5']);
      expect(lines(spanish, [])).toEqual([]);
    }
  });

  it('says so when an ignore pattern is not a regular expression', () => {
    expect(() => runPairRule(numbers, { canonical: 'A 1.\n', locale: 'B 1.\n', options: { ignore: ['('] } })).toThrow(/"\(" is not a valid regular expression/);
  });
});
