import { describe, it } from 'vitest';
import tableRows from '../../rules/table-rows.js';
import { expectClean, expectFindings } from '../support/rule-tester.js';

/**
 * Lines: 1 title, 3 intro, 5 header, 6 delimiter, 7-10 body rows keyed on versions and dates.
 * Versions come first, so this is not a revision table (that is left to the changelog rule).
 */
const releases = `# Release history

The table lists every release.

| Version | Date | Change |
| --- | --- | --- |
| 3.1 | 2024-01-15 | Added CSV export |
| 3.2 | 2024-03-02 | Fixed the sign-in page |
| 3.3 | 2024-05-20 | New SharePoint sync |
| 4.0 | 2024-07-08 | Dropped support for Windows 7 |
`;

const header = `# Versionsverlauf

Die Tabelle listet alle Versionen auf.

| Version | Datum | Änderung |
| --- | --- | --- |
`;
const row1 = '| 3.1 | 2024-01-15 | CSV-Export hinzugefügt |\n';
const row2 = '| 3.2 | 2024-03-02 | Anmeldeseite korrigiert |\n';
const row3 = '| 3.3 | 2024-05-20 | Neue SharePoint-Synchronisierung |\n';
const row4 = '| 4.0 | 2024-07-08 | Unterstützung für Windows 7 entfernt |\n';

describe('table-rows', () => {
  it('accepts a fully translated table with every row', () => {
    expectClean(tableRows, { canonical: releases, locale: header + row1 + row2 + row3 + row4 });
  });

  it('accepts a translation whose rows hold only translated words, as many as the canonical rows', () => {
    expectClean(tableRows, {
      canonical: `| Role | Can do |\n| --- | --- |\n| Reader | View pages |\n| Editor | Edit pages |\n| Owner | Manage everything |\n`,
      locale: `| Rol | Puede |\n| --- | --- |\n| Lector | Ver páginas |\n| Editor | Editar páginas |\n| Propietario | Administrarlo todo |\n`,
    });
  });

  it('reports a missing middle row keyed on dates at the start of the row that follows it', () => {
    expectFindings(tableRows, { canonical: releases, locale: header + row1 + row3 + row4 }, [
      {
        messageId: 'missing',
        line: 8,
        column: 1,
        endLine: 8,
        endColumn: 1,
        canonicalLine: 8,
        message: 'Missing table row: canonical row 2 "3.2 | 2024-03-02 | Fixed the sign-in page" (canonical line 8) has no counterpart here',
      },
    ]);
  });

  it('reports a missing first row at the start of the first translated row', () => {
    expectFindings(tableRows, { canonical: releases, locale: header + row2 + row3 + row4 }, [
      { messageId: 'missing', line: 7, column: 1, endLine: 7, endColumn: 1, canonicalLine: 7 },
    ]);
  });

  it('reports a missing last row at the end of the previous row', () => {
    expectFindings(tableRows, { canonical: releases, locale: header + row1 + row2 + row3 }, [
      {
        messageId: 'missing',
        line: 9,
        column: 56,
        endLine: 9,
        endColumn: 56,
        canonicalLine: 10,
        message: 'Missing table row: canonical row 4 "4.0 | 2024-07-08 | Dropped support for Windows 7" (canonical line 10) has no counterpart here',
      },
    ]);
  });

  it('reports two missing rows, each at its own place', () => {
    expectFindings(tableRows, { canonical: releases, locale: header + row2 + row3 }, [
      { messageId: 'missing', line: 7, column: 1, endLine: 7, endColumn: 1, canonicalLine: 7 },
      { messageId: 'missing', line: 8, column: 56, endLine: 8, endColumn: 56, canonicalLine: 10 },
    ]);
  });

  it('finds a missing row keyed on product names', () => {
    expectFindings(
      tableRows,
      {
        canonical: `| App | Sync |\n| --- | --- |\n| OneDrive | Files and folders |\n| SharePoint | Document libraries |\n| OneNote | Notebooks |\n`,
        locale: `| App | Sincronización |\n| --- | --- |\n| OneDrive | Archivos y carpetas |\n| OneNote | Blocs de notas |\n`,
      },
      [
        {
          messageId: 'missing',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 1,
          canonicalLine: 4,
          message: 'Missing table row: canonical row 2 "SharePoint | Document libraries" (canonical line 4) has no counterpart here',
        },
      ],
    );
  });

  it('finds a missing row keyed on numbers written the local way', () => {
    expectFindings(
      tableRows,
      {
        canonical: `| Limit | Value |\n| --- | --- |\n| Files per library | 30,000,000 |\n| Upload size | 250 GB |\n| Path length | 400 characters |\n`,
        locale: `| Grenzwert | Wert |\n| --- | --- |\n| Dateien pro Bibliothek | 30.000.000 |\n| Pfadlänge | 400 Zeichen |\n`,
      },
      [{ messageId: 'missing', line: 4, column: 1, endLine: 4, endColumn: 1, canonicalLine: 4 }],
    );
  });

  it('finds a missing row keyed on URLs', () => {
    expectFindings(
      tableRows,
      {
        canonical: `| Address | Purpose |\n| --- | --- |\n| https://contoso.example/docs | The user guide |\n| https://contoso.example/api | The API reference |\n| https://contoso.example/status | Service health |\n`,
        locale: `| Adresse | Zweck |\n| --- | --- |\n| https://contoso.example/docs | Das Benutzerhandbuch |\n| https://contoso.example/status | Dienstintegrität |\n`,
      },
      [
        {
          messageId: 'missing',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 1,
          canonicalLine: 4,
          message: 'Missing table row: canonical row 2 "https://contoso.example/api | The API reference" (canonical line 4) has no counterpart here',
        },
      ],
    );
  });

  it('finds a missing row keyed on command-line options in code', () => {
    expectFindings(
      tableRows,
      {
        canonical: '| Option | Meaning |\n| --- | --- |\n| `--verbose` | Print more output |\n| `--quiet` | Print nothing |\n| `--force` | Overwrite existing files |\n',
        locale: '| Opción | Significado |\n| --- | --- |\n| `--verbose` | Mostrar más información |\n| `--force` | Sobrescribir los archivos existentes |\n',
      },
      [{ messageId: 'missing', line: 4, column: 1, endLine: 4, endColumn: 1, canonicalLine: 4 }],
    );
  });

  it('gives the row count when rows of only translated words cannot tell which row is missing', () => {
    expectFindings(
      tableRows,
      {
        canonical: `Permissions:\n\n| Role | Can do |\n| --- | --- |\n| Reader | View pages |\n| Editor | Edit pages |\n| Owner | Manage everything |\n`,
        locale: `Berechtigungen:\n\n| Rolle | Darf |\n| --- | --- |\n| Leser | Seiten ansehen |\n| Besitzer | Alles verwalten |\n`,
      },
      [
        {
          messageId: 'count',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 17,
          canonicalLine: 3,
          message:
            'The table has 2 body rows; its canonical table has 3 body rows (canonical line 3). The rows hold no untranslatable text (numbers, dates, names) that shows which ones differ',
        },
      ],
    );
  });

  it('gives the row count for an added row of only translated words', () => {
    expectFindings(
      tableRows,
      {
        canonical: `| Role | Can do |\n| --- | --- |\n| Reader | View pages |\n| Owner | Manage everything |\n`,
        locale: `| Rol | Puede |\n| --- | --- |\n| Lector | Ver páginas |\n| Colaborador | Comentar páginas |\n| Propietario | Administrarlo todo |\n`,
      },
      [
        {
          messageId: 'count',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 16,
          canonicalLine: 1,
          message:
            'The table has 3 body rows; its canonical table has 2 body rows (canonical line 1). The rows hold no untranslatable text (numbers, dates, names) that shows which ones differ',
        },
      ],
    );
  });

  it('reports an extra row over its whole line, naming the canonical table', () => {
    expectFindings(
      tableRows,
      { canonical: releases, locale: header + row1 + '| 3.1.1 | 2024-02-01 | Sicherheitskorrektur |\n' + row2 + row3 + row4 },
      [
        {
          messageId: 'extra',
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 46,
          canonicalLine: 5,
          message: 'Extra table row: this row has no counterpart in the canonical table (canonical line 5)',
        },
      ],
    );
  });

  it('reports several extra rows, the last one at the end of the table', () => {
    expectFindings(
      tableRows,
      {
        canonical: `| Port | Use |\n| --- | --- |\n| 443 | HTTPS |\n`,
        locale: `| Puerto | Uso |\n| --- | --- |\n| 80 | HTTP |\n| 443 | HTTPS |\n| 8443 | Consola de administración |\n`,
      },
      [
        { messageId: 'extra', line: 3, column: 1, endLine: 3, endColumn: 14, canonicalLine: 1 },
        { messageId: 'extra', line: 5, column: 1, endLine: 5, endColumn: 37, canonicalLine: 1 },
      ],
    );
  });

  it('shows a moved row as missing where it was and extra where it is now', () => {
    expectFindings(tableRows, { canonical: releases, locale: header + row1 + row3 + row2 + row4 }, [
      { messageId: 'missing', line: 8, column: 1, endLine: 8, endColumn: 1, canonicalLine: 8 },
      { messageId: 'extra', line: 9, column: 1, endLine: 9, endColumn: 47, canonicalLine: 5 },
    ]);
  });

  it('reports every row of a table left with its header only', () => {
    expectFindings(
      tableRows,
      {
        canonical: `| Setting | Default |\n| --- | --- |\n| Region | EU |\n| Retention | 30 days |\n`,
        locale: `| Einstellung | Standardwert |\n| --- | --- |\n`,
      },
      [
        {
          messageId: 'missing',
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 14,
          canonicalLine: 3,
          message: 'Missing table row: canonical row 1 "Region | EU" (canonical line 3) has no counterpart here',
        },
        { messageId: 'missing', line: 2, column: 14, endLine: 2, endColumn: 14, canonicalLine: 4 },
      ],
    );
  });

  it('still pairs rows on their values when the columns changed', () => {
    expectFindings(
      tableRows,
      {
        canonical: releases,
        locale: `${header.replace('| Version | Datum | Änderung |\n| --- | --- | --- |', '| Datum | Änderung |\n| --- | --- |')}| 2024-01-15 | 3.1: CSV-Export hinzugefügt |
| 2024-05-20 | 3.3: Neue SharePoint-Synchronisierung |
| 2024-07-08 | 4.0: Unterstützung für Windows 7 entfernt |
`,
      },
      [{ messageId: 'missing', line: 8, column: 1, endLine: 8, endColumn: 1, canonicalLine: 8 }],
    );
  });

  it('checks the rows of a table inside a list item', () => {
    expectFindings(
      tableRows,
      {
        canonical: `1. Open the admin center.\n2. Check the limits:\n\n   | Plan | Users |\n   | --- | --- |\n   | Basic | 10 |\n   | Premium | 500 |\n\n3. Save your changes.\n`,
        locale: `1. Öffnen Sie das Admin Center.\n2. Prüfen Sie die Grenzwerte:\n\n   | Tarif | Benutzer |\n   | --- | --- |\n   | Basic | 10 |\n   | Standard | 100 |\n   | Premium | 500 |\n\n3. Speichern Sie Ihre Änderungen.\n`,
      },
      [{ messageId: 'extra', line: 7, column: 4, endLine: 7, endColumn: 22, canonicalLine: 4 }],
    );
  });

  it('says nothing about the rows of a missing or an extra table', () => {
    expectClean(tableRows, {
      canonical: `# Limits\n\n| Limit | Value |\n| --- | --- |\n| Files | 5000 |\n`,
      locale: `# Grenzwerte\n\nHöchstens 5000 Dateien.\n`,
    });
    expectClean(tableRows, {
      canonical: `# Limits\n\nAt most 5000 files.\n`,
      locale: `# Grenzwerte\n\n| Grenzwert | Wert |\n| --- | --- |\n| Dateien | 5000 |\n`,
    });
  });
});

/** A page ending with a revision table: lines 5 header, 6 delimiter, 7-8 entries. */
const history = `# Backups

## Revision history

| Date | Author | Change |
| --- | --- | --- |
| 5/12/2020 | Ana Silva | Added restore steps |
| 3/25/2020 | Ken Ito | First version |
`;
const olderHistory = `# Sicherungen

## Revisionsverlauf

| Datum | Autor | Änderung |
| --- | --- | --- |
| 3/25/2020 | Ken Ito | Erste Version |
`;

describe('table-rows and the revision table', () => {
  it('leaves the revision table to the changelog rule by default', () => {
    expectClean(tableRows, { canonical: history, locale: olderHistory });
  });

  it('checks the revision table too with revisionTable: "check"', () => {
    expectFindings(tableRows, { canonical: history, locale: olderHistory, options: { revisionTable: 'check' } }, [
      {
        messageId: 'missing',
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: 1,
        canonicalLine: 7,
        message: 'Missing table row: canonical row 1 "5/12/2020 | Ana Silva | Added restore steps" (canonical line 7) has no counterpart here',
      },
    ]);
  });

  it('still checks the other tables of a page with a revision table', () => {
    expectFindings(
      tableRows,
      {
        canonical: `| Date | Release |\n| --- | --- |\n| 2024-01-15 | 3.1 |\n| 2024-03-02 | 3.2 |\n\n${history}`,
        locale: `| Datum | Version |\n| --- | --- |\n| 2024-01-15 | 3.1 |\n\n${olderHistory}`,
      },
      [{ messageId: 'missing', line: 3, column: 21, endLine: 3, endColumn: 21, canonicalLine: 4 }],
    );
  });

  it('finds the revision table under a configured heading, whatever its first column holds', () => {
    const canonical = `# Backups\n\n## Revision history\n\n| Version | Author |\n| --- | --- |\n| 2.0 | Ana Silva |\n| 1.0 | Ken Ito |\n`;
    const locale = `# Sicherungen\n\n## Revisionsverlauf\n\n| Version | Autor |\n| --- | --- |\n| 1.0 | Ken Ito |\n`;
    expectFindings(tableRows, { canonical, locale }, [{ messageId: 'missing', line: 7, column: 1, endLine: 7, endColumn: 1, canonicalLine: 7 }]);
    expectClean(tableRows, { canonical, locale, config: { changelog: { headings: { en: ['Revision history'] } } } });
  });
});
