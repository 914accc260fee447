import { describe, it } from 'vitest';
import changelog from '../../rules/changelog.js';
import { expectClean, expectFindings } from '../support/rule-tester.js';

/** Lines: 3 ms.date, 10 heading, 12 header, 13 delimiter, 14-17 entries, newest first. */
const canonical = (date = '5/12/2020') => `---
title: Backups
ms.date: ${date}
---

# Backups

Back up the database every night.

## Revision history

| Date | Who Changed | What Changed |
| --- | --- | --- |
| 5/12/2020 | Ana Silva | Added restore steps |
| 4/30/2020 | Ken Ito | Added the retention table |
| 3/25/2020 | Ken Ito | General maintenance |
| 9/27/2019 | Lena Park | First version |
`;

/** The same lines as the canonical page: entries from line 14. */
const translation = (rows: string[], date = '5/12/2020') => `---
title: Sicherungen
ms.date: ${date}
---

# Sicherungen

Sichern Sie die Datenbank jede Nacht.

## Revisionsverlauf

| Datum | Geändert durch | Änderung |
| --- | --- | --- |
${rows.join('\n')}
`;

// Dates written with leading zeros, as translators often do.
const e1 = '| 05/12/2020 | Ana Silva | Wiederherstellung beschrieben |';
const e2 = '| 04/30/2020 | Ken Ito | Aufbewahrungstabelle hinzugefügt |';
const e3 = '| 03/25/2020 | Ken Ito | Allgemeine Wartung |';
const e4 = '| 09/27/2019 | Lena Park | Erste Version |';
const review = '| 05/04/2020 | Rui Costa | Übersetzung überprüft |';

const endOf = (row: string) => row.length + 1;

describe('changelog', () => {
  it('accepts the same entries, with dates written another way and translated headers', () => {
    expectClean(changelog, { canonical: canonical(), locale: translation([e1, e2, e3, e4], '05/12/2020') });
  });

  it('compares author names without regard to case or spacing', () => {
    expectClean(changelog, { canonical: canonical(), locale: translation([e1.replace('Ana Silva', 'ana  SILVA'), e2, e3, e4]) });
  });

  describe('missing entries', () => {
    it('reports the newest entry missing at the top of the table: the translation is older', () => {
      expectFindings(changelog, { canonical: canonical(), locale: translation([e2, e3, e4], '4/30/2020') }, [
        {
          messageId: 'missingNewer',
          line: 14,
          column: 1,
          endLine: 14,
          endColumn: 1,
          canonicalLine: 14,
          message: 'This page lacks the revision entry of 5/12/2020 (Ana Silva) — the translation is older than the English page (canonical line 14)',
        },
      ]);
    });

    it('reports each of several missing entries', () => {
      expectFindings(changelog, { canonical: canonical(), locale: translation([e3, e4], '3/25/2020') }, [
        { messageId: 'missingNewer', line: 14, column: 1, endLine: 14, endColumn: 1, canonicalLine: 14 },
        { messageId: 'missingNewer', line: 14, column: 1, endLine: 14, endColumn: 1, canonicalLine: 15 },
      ]);
    });

    it('reports a missing middle entry at the start of the entry that follows it', () => {
      expectFindings(changelog, { canonical: canonical(), locale: translation([e1, e2, e4]) }, [
        {
          messageId: 'missing',
          line: 16,
          column: 1,
          endLine: 16,
          endColumn: 1,
          canonicalLine: 16,
          message: 'This page lacks the revision entry of 3/25/2020 (Ken Ito) that the English page has (canonical line 16)',
        },
      ]);
    });

    it('reports a missing last entry at the end of the table', () => {
      expectFindings(changelog, { canonical: canonical(), locale: translation([e1, e2, e3]) }, [
        { messageId: 'missing', line: 16, column: endOf(e3), endLine: 16, endColumn: endOf(e3), canonicalLine: 17 },
      ]);
    });

    it('places a missing entry by its date among entries only the translation has', () => {
      expectFindings(changelog, { canonical: canonical(), locale: translation([review, e3, e4], '05/04/2020'), options: { extraEntries: 'allow' } }, [
        { messageId: 'missingNewer', line: 14, column: 1, endLine: 14, endColumn: 1, canonicalLine: 14 },
        { messageId: 'missing', line: 15, column: 1, endLine: 15, endColumn: 1, canonicalLine: 15 },
      ]);
    });

    it('pairs entries of the same date on their authors', () => {
      const twoOnOneDay = canonical().replace('| 3/25/2020 | Ken Ito | General maintenance |', '| 3/25/2020 | Ken Ito | General maintenance |\n| 3/25/2020 | Lena Park | Fixed typos |');
      expectFindings(changelog, { canonical: twoOnOneDay, locale: translation([e1, e2, '| 03/25/2020 | Lena Park | Tippfehler korrigiert |', e4]) }, [
        {
          messageId: 'missing',
          line: 16,
          column: 1,
          endLine: 16,
          endColumn: 1,
          canonicalLine: 16,
          message: 'This page lacks the revision entry of 3/25/2020 (Ken Ito) that the English page has (canonical line 16)',
        },
      ]);
    });
  });

  describe('extra entries', () => {
    it('reports an entry only the translation has, naming the canonical table', () => {
      expectFindings(changelog, { canonical: canonical(), locale: translation([e1, review, e2, e3, e4]) }, [
        {
          messageId: 'extra',
          line: 15,
          column: 1,
          endLine: 15,
          endColumn: endOf(review),
          canonicalLine: 12,
          message: 'Extra revision entry: the English revision table (canonical line 12) has no entry of 05/04/2020 (Rui Costa)',
        },
      ]);
    });

    it('allows them with extraEntries: "allow", in date order', () => {
      expectClean(changelog, { canonical: canonical(), locale: translation([e1, review, e2, e3, e4]), options: { extraEntries: 'allow' } });
    });

    it('reports an allowed entry out of date order', () => {
      expectFindings(changelog, { canonical: canonical(), locale: translation([e1, e2, review, e3, e4]), options: { extraEntries: 'allow' } }, [
        {
          messageId: 'direction',
          line: 16,
          column: 1,
          endLine: 16,
          endColumn: endOf(review),
          canonicalLine: 12,
          message: 'The revision entry of 05/04/2020 is out of order: entries go newest first, as in the English revision table (canonical line 12)',
        },
      ]);
    });
  });

  it('reports an entry of the same date naming another author', () => {
    const changed = e1.replace('Ana Silva', 'Ana Silvestre');
    expectFindings(changelog, { canonical: canonical(), locale: translation([changed, e2, e3, e4]) }, [
      {
        messageId: 'author',
        line: 14,
        column: 1,
        endLine: 14,
        endColumn: endOf(changed),
        canonicalLine: 14,
        message: 'The revision entry of 5/12/2020 names "Ana Silvestre"; the English page names "Ana Silva" for it (canonical line 14)',
      },
    ]);
  });

  it('reads the author from the column whose header names one', () => {
    const byAuthor = `| Date | Change | Author |\n| --- | --- | --- |\n| 2024-04-09 | Added error codes | Jonas Berg |\n| 2024-01-22 | First version | Mara Lind |\n`;
    expectFindings(
      changelog,
      {
        canonical: byAuthor,
        locale: `| Fecha | Cambio | Autor |\n| --- | --- | --- |\n| 2024-04-09 | Códigos de error | Jonas Berg |\n| 2024-01-22 | Primera versión | Lucía Romero |\n`,
      },
      [
        {
          messageId: 'author',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 48,
          canonicalLine: 4,
          message: 'The revision entry of 2024-01-22 names "Lucía Romero"; the English page names "Mara Lind" for it (canonical line 4)',
        },
      ],
    );
  });

  it('does not take a second column of translated text for authors', () => {
    const changes = `| Date | Change |\n| --- | --- |\n| 2020-05-12 | Added SharePoint |\n| 2020-03-25 | First version |\n`;
    expectClean(changelog, { canonical: changes, locale: `| Fecha | Cambio |\n| --- | --- |\n| 2020-05-12 | Se añadió SharePoint |\n| 2020-03-25 | Primera versión |\n` });
    expectFindings(changelog, { canonical: changes, locale: `| Datum | Änderung |\n| --- | --- |\n| 2020-03-25 | Erste Version |\n` }, [
      {
        messageId: 'missingNewer',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 1,
        canonicalLine: 3,
        message: 'This page lacks the revision entry of 2020-05-12 — the translation is older than the English page (canonical line 3)',
      },
    ]);
  });

  it('reports an entry listed in another place than in the canonical table', () => {
    expectFindings(changelog, { canonical: canonical(), locale: translation([e1, e3, e2, e4]) }, [
      {
        messageId: 'order',
        line: 16,
        column: 1,
        endLine: 16,
        endColumn: endOf(e2),
        canonicalLine: 15,
        message: 'The revision entry of 4/30/2020 is out of order: the English page lists it after the entry of 5/12/2020 (canonical line 15)',
      },
    ]);
  });

  describe('dates that do not parse', () => {
    const localDate = '| 30.04.2020 | Ken Ito | Aufbewahrungstabelle hinzugefügt |';

    it('reports a date in another format, naming the canonical date in its place', () => {
      expectFindings(changelog, { canonical: canonical(), locale: translation([e1, localDate, e3, e4]) }, [
        {
          messageId: 'badDate',
          line: 15,
          column: 1,
          endLine: 15,
          endColumn: endOf(localDate),
          canonicalLine: 15,
          message: '"30.04.2020" is not a date in the expected format (M/D/YYYY or YYYY-MM-DD); the English page has 4/30/2020 here (canonical line 15)',
        },
      ]);
    });

    it('reads dates in the configured formats', () => {
      expectClean(changelog, {
        canonical: canonical(),
        locale: translation([e1, localDate, e3, e4]),
        config: { changelog: { dateFormats: ['M/D/YYYY', 'D.M.YYYY'] } },
      });
    });

    it('reports a date with no canonical entry in its place', () => {
      const undated = '| 2019 | Lena Park | Entwurf |';
      expectFindings(changelog, { canonical: canonical(), locale: translation([e1, e2, e3, e4, undated]) }, [
        {
          messageId: 'badDateAlone',
          line: 18,
          column: 1,
          endLine: 18,
          endColumn: endOf(undated),
          canonicalLine: 12,
          message:
            '"2019" is not a date in the expected format (M/D/YYYY or YYYY-MM-DD), so this revision entry cannot be compared with the English revision table (canonical line 12)',
        },
      ]);
    });

    const typo = canonical().replace('| 9/27/2019 |', '| 9/027/2019 |');
    const headings = { changelog: { headings: { en: ['Revision history'] } } };

    it('reports a canonical date that does not parse in the canonical page', () => {
      expectFindings(changelog, { canonical: typo, locale: translation([e1, e2, e3, '| 9/027/2019 | Lena Park | Erste Version |']), config: headings, pageUnderTest: 'canonical' }, [
        {
          messageId: 'badCanonicalDate',
          line: 17,
          column: 1,
          endLine: 17,
          endColumn: 43,
          message: '"9/027/2019" is not a date in the expected format (M/D/YYYY or YYYY-MM-DD), so translations cannot be compared with this revision entry',
        },
      ]);
    });

    it('does not blame a translation that copies it, nor one that corrects it', () => {
      expectClean(changelog, { canonical: typo, locale: translation([e1, e2, e3, '| 9/027/2019 | Lena Park | Erste Version |']), config: headings });
      expectClean(changelog, { canonical: typo, locale: translation([e1, e2, e3, e4]), config: headings });
    });
  });

  describe('where the revision table is', () => {
    it('reports a translation without one once, where it belongs', () => {
      expectFindings(
        changelog,
        { canonical: canonical(), locale: translation([e1]).replace(/\n## Revisionsverlauf[\s\S]*$/, '\n') },
        [
          {
            messageId: 'noTable',
            line: 8,
            column: 38,
            endLine: 8,
            endColumn: 38,
            canonicalLine: 12,
            message: 'This page has no revision table: the English page lists 4 revision entries, the newest of 5/12/2020 (canonical line 12)',
          },
        ],
      );
    });

    it('names the heading of the canonical table when one is configured', () => {
      expectFindings(
        changelog,
        {
          canonical: canonical(),
          locale: translation([e1]).replace(/\n## Revisionsverlauf[\s\S]*$/, '\n'),
          config: { changelog: { headings: { en: ['revision  History'] } } },
        },
        [
          {
            messageId: 'noTable',
            line: 8,
            column: 38,
            endLine: 8,
            endColumn: 38,
            canonicalLine: 12,
            message:
              'This page has no revision table: the English page lists 4 revision entries under "Revision history", the newest of 5/12/2020 (canonical line 12)',
          },
        ],
      );
    });

    /** A table of dates after the revision table: without headings configured, it is taken for it. */
    const withDates = (page: string, heading: string) => `${page}\n${heading}\n\n| Date | Event |\n| --- | --- |\n| 6/1/2020 | Webinar |\n`;

    it('takes the last table under a configured heading, compared without regard to case or doubled spaces', () => {
      const config = { changelog: { headings: { en: ['Revision history'], de: ['Revisionsverlauf'] } } };
      const locale = withDates(translation([e2, e3, e4], '4/30/2020'), '## Termine').replace('## Revisionsverlauf', '##  REVISIONSVERLAUF');
      expectFindings(changelog, { canonical: withDates(canonical(), '## Events'), locale, config }, [
        { messageId: 'missingNewer', line: 14, column: 1, endLine: 14, endColumn: 1, canonicalLine: 14 },
      ]);
      expectClean(changelog, { canonical: withDates(canonical(), '## Events'), locale });
    });

    it("accepts the canonical locale's heading left untranslated", () => {
      const config = { changelog: { headings: { en: ['Revision history'] } } };
      const locale = withDates(translation([e2, e3, e4], '4/30/2020'), '## Termine').replace('## Revisionsverlauf', '## Revision history');
      expectFindings(changelog, { canonical: withDates(canonical(), '## Events'), locale, config }, [
        { messageId: 'missingNewer', line: 14, column: 1, endLine: 14, endColumn: 1, canonicalLine: 14 },
      ]);
    });

    it('says nothing when the canonical page has no revision table', () => {
      expectClean(changelog, { canonical: '# Backups\n\nText.\n', locale: translation([e1]) });
    });
  });

  describe('the page date', () => {
    it('reports a front-matter date that is not the newest entry, on its line', () => {
      expectFindings(changelog, { canonical: canonical(), locale: translation([e1, e2, e3, e4], '3/25/2020') }, [
        {
          messageId: 'frontMatterDate',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 19,
          message: 'ms.date is 3/25/2020, but the newest entry of the revision table is of 05/12/2020 (line 14); the page date and the revision history should agree',
        },
      ]);
    });

    it('reads YAML dates', () => {
      expectClean(changelog, { canonical: canonical(), locale: translation([e1, e2, e3, e4], '2020-05-12') });
    });

    it('is not checked where the canonical page does not keep the convention itself', () => {
      expectClean(changelog, { canonical: canonical('9/27/2019'), locale: translation([e1, e2, e3, e4], '9/27/2019') });
    });

    it('is not checked with dateKey: null, and reads the configured key', () => {
      expectClean(changelog, { canonical: canonical(), locale: translation([e1, e2, e3, e4], '3/25/2020'), config: { changelog: { dateKey: null } } });
      expectClean(changelog, { canonical: canonical(), locale: translation([e1, e2, e3, e4], '3/25/2020'), config: { changelog: { dateKey: 'updated' } } });
    });
  });
});
