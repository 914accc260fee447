import { describe, it } from 'vitest';
import tables from '../../rules/tables.js';
import { expectClean, expectFindings } from '../support/rule-tester.js';

/**
 * Lines:  1 title, 3 intro, 5-9 plans table (3 columns, 3 rows),
 * 11 heading, 13-16 storage table (2 columns, 2 rows), 18 closing paragraph.
 */
const canonical = `# Supported plans

Every plan includes the SharePoint connector.

| Plan | Users | Price per month |
| --- | --- | --- |
| Basic | 10 | 4 EUR |
| Standard | 100 | 12 EUR |
| Premium | 500 | 25 EUR |

## Storage

| Plan | Storage |
| --- | --- |
| Basic | 5 GB |
| Premium | 1 TB |

Prices do not include VAT.
`;

const german = `# Unterstützte Tarife

Jeder Tarif enthält den SharePoint-Connector.

| Tarif | Benutzer | Preis pro Monat |
| --- | --- | --- |
| Basic | 10 | 4 EUR |
| Standard | 100 | 12 EUR |
| Premium | 500 | 25 EUR |

## Speicher

| Tarif | Speicher |
| --- | --- |
| Basic | 5 GB |
| Premium | 1 TB |

Die Preise verstehen sich ohne Mehrwertsteuer.
`;

describe('tables', () => {
  it('accepts a fully translated page with the same tables', () => {
    expectClean(tables, { canonical, locale: german });
  });

  it('accepts a Spanish translation with a table inside a list item', () => {
    expectClean(tables, {
      canonical: `1. Open the admin center.\n2. Check the limits:\n\n   | Plan | Users |\n   | --- | --- |\n   | Basic | 10 |\n   | Premium | 500 |\n\n3. Save your changes.\n`,
      locale: `1. Abra el centro de administración.\n2. Compruebe los límites:\n\n   | Plan | Usuarios |\n   | --- | --- |\n   | Basic | 10 |\n   | Premium | 500 |\n\n3. Guarde los cambios.\n`,
    });
  });

  it('leaves missing and extra rows to table-rows', () => {
    expectClean(tables, {
      canonical,
      locale: german.replace('| Standard | 100 | 12 EUR |\n', '').replace('| Premium | 1 TB |\n', '| Premium | 1 TB |\n| Enterprise | 10 TB |\n'),
    });
  });

  it('reports a missing table at the start of the next aligned block, naming its header and rows', () => {
    expectFindings(
      tables,
      {
        canonical,
        locale: `# Unterstützte Tarife

Jeder Tarif enthält den SharePoint-Connector.

| Tarif | Benutzer | Preis pro Monat |
| --- | --- | --- |
| Basic | 10 | 4 EUR |
| Standard | 100 | 12 EUR |
| Premium | 500 | 25 EUR |

## Speicher

Basic bietet 5 GB, Premium 1 TB.

Die Preise verstehen sich ohne Mehrwertsteuer.
`,
      },
      [
        {
          messageId: 'missing',
          line: 13,
          column: 1,
          endLine: 13,
          endColumn: 1,
          canonicalLine: 13,
          message:
            'Missing table: the canonical table with header "Plan | Storage" (2 rows, canonical line 13) has no counterpart here',
        },
      ],
    );
  });

  it('reports a table missing at the end of the page at the end of the last block', () => {
    expectFindings(
      tables,
      {
        canonical: `# Limits\n\nThe limits are:\n\n| Limit | Value |\n| --- | --- |\n| Files | 5000 |\n`,
        locale: `# Límites\n\nLos límites son:\n`,
      },
      [
        {
          messageId: 'missing',
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 17,
          canonicalLine: 5,
          message: 'Missing table: the canonical table with header "Limit | Value" (1 row, canonical line 5) has no counterpart here',
        },
      ],
    );
  });

  it('reports a table missing from a list item inside that item', () => {
    expectFindings(
      tables,
      {
        canonical: `1. Open the admin center.\n2. Check the limits:\n\n   | Plan | Users |\n   | --- | --- |\n   | Basic | 10 |\n   | Premium | 500 |\n\n3. Save your changes.\n`,
        locale: `1. Öffnen Sie das Admin Center.\n2. Prüfen Sie die Grenzwerte.\n3. Speichern Sie Ihre Änderungen.\n`,
      },
      [{ messageId: 'missing', line: 2, column: 30, endLine: 2, endColumn: 30, canonicalLine: 4 }],
    );
  });

  it('reports a table turned into a list as missing, where the list stands', () => {
    expectFindings(
      tables,
      {
        canonical: `Ports:\n\n| Port | Use |\n| --- | --- |\n| 443 | HTTPS |\n| 8080 | Proxy |\n\nOpen them in the firewall.\n`,
        locale: `Puertos:\n\n- 443: HTTPS\n- 8080: proxy\n\nÁbralos en el firewall.\n`,
      },
      [{ messageId: 'missing', line: 3, column: 1, endLine: 3, endColumn: 1, canonicalLine: 3 }],
    );
  });

  it('says "around here" when only translated words cannot tell which of two tables is missing', () => {
    expectFindings(
      tables,
      {
        canonical: `Roles and levels.\n\n| Role | Can do |\n| --- | --- |\n| Reader | View pages |\n\n| Level | Meaning |\n| --- | --- |\n| Low | Rarely matters |\n\nThat is all.\n`,
        locale: `Rollen und Stufen.\n\n| Stufe | Bedeutung |\n| --- | --- |\n| Niedrig | Selten wichtig |\n\nDas ist alles.\n`,
      },
      [
        {
          messageId: 'missingNearby',
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 1,
          canonicalLine: 7,
          message:
            'Missing table: the canonical page has one more table around here, such as the one with header "Level | Meaning" (1 row, canonical line 7)',
        },
      ],
    );
  });

  it('reports an extra table on its header row', () => {
    expectFindings(
      tables,
      {
        canonical,
        locale: `${german}
| Tarif | Support |
| --- | --- |
| Basic | E-Mail |
| Premium | Telefon, 24/7 |
`,
      },
      [
        {
          messageId: 'extra',
          line: 20,
          column: 1,
          endLine: 20,
          endColumn: 20,
          message: 'Extra table: this table with header "Tarif | Support" has no counterpart in the canonical page',
        },
      ],
    );
  });

  it('reports a table whose columns were merged, on its header row', () => {
    expectFindings(
      tables,
      {
        canonical,
        locale: german.replace(
          `| Tarif | Benutzer | Preis pro Monat |
| --- | --- | --- |
| Basic | 10 | 4 EUR |
| Standard | 100 | 12 EUR |
| Premium | 500 | 25 EUR |`,
          `| Tarif | Benutzer und Preis |
| --- | --- |
| Basic | 10, 4 EUR |
| Standard | 100, 12 EUR |
| Premium | 500, 25 EUR |`,
        ),
      },
      [
        {
          messageId: 'columns',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 31,
          canonicalLine: 5,
          message: 'The table has 2 columns; its canonical table has 3 columns (canonical line 5)',
        },
      ],
    );
  });

  it('reports an added column, in whole-file lines after front matter', () => {
    expectFindings(
      tables,
      {
        canonical: `---\ntitle: Storage\n---\n\n| Plan | Storage |\n| --- | --- |\n| Basic | 5 GB |\n| Premium | 1 TB |\n`,
        locale: `---\ntitle: Almacenamiento\n---\n\n| Plan | Almacenamiento | Notas |\n| --- | --- | --- |\n| Basic | 5 GB | |\n| Premium | 1 TB | Ampliable |\n`,
      },
      [
        {
          messageId: 'columns',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 34,
          canonicalLine: 5,
          message: 'The table has 3 columns; its canonical table has 2 columns (canonical line 5)',
        },
      ],
    );
  });
});
