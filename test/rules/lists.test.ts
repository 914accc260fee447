import { describe, it } from 'vitest';
import lists from '../../rules/lists.js';
import { expectClean, expectFindings } from '../support/rule-tester.js';

/**
 * Lines: 1 title, 3 paragraph, 5-7 bulleted list keyed on names, numbers and a URL,
 * 9 paragraph, 11-15 numbered list whose item 2 holds a nested bulleted list (13-14).
 */
const canonical = `# Install

Before you start:

- Install Node.js 20 or later.
- Sign in to SharePoint with an admin account.
- Download the package from https://contoso.example/download.

Then:

1. Run \`npm install\`.
2. Open the settings page.
   - Set the region to EU.
   - Set the timeout to 30 seconds.
3. Restart the app.
`;

const german = `# Installieren

Bevor Sie beginnen:

- Installieren Sie Node.js 20 oder höher.
- Melden Sie sich mit einem Administratorkonto bei SharePoint an.
- Laden Sie das Paket von https://contoso.example/download herunter.

Dann:

1. Führen Sie \`npm install\` aus.
2. Öffnen Sie die Einstellungsseite.
   - Stellen Sie die Region auf EU.
   - Stellen Sie das Zeitlimit auf 30 Sekunden.
3. Starten Sie die App neu.
`;

describe('lists', () => {
  it('accepts a fully translated page with the same lists and nested lists', () => {
    expectClean(lists, { canonical, locale: german });
  });

  it('accepts lists of only translated words with as many items', () => {
    expectClean(lists, {
      canonical: `Benefits:\n\n- Faster pages\n- Fewer errors\n- Happier users\n`,
      locale: `Ventajas:\n\n- Páginas más rápidas\n- Menos errores\n- Usuarios más contentos\n`,
    });
  });

  it('reports a missing middle item at the start of the item that follows it', () => {
    expectFindings(
      lists,
      { canonical, locale: german.replace('- Melden Sie sich mit einem Administratorkonto bei SharePoint an.\n', '') },
      [
        {
          messageId: 'missingItem',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 1,
          canonicalLine: 6,
          message: 'Missing list item: canonical item 2 "Sign in to SharePoint with an admin account." (canonical line 6) has no counterpart here',
        },
      ],
    );
  });

  it('reports a missing first item at the start of the first translated item', () => {
    expectFindings(lists, { canonical, locale: german.replace('- Installieren Sie Node.js 20 oder höher.\n', '') }, [
      { messageId: 'missingItem', line: 5, column: 1, endLine: 5, endColumn: 1, canonicalLine: 5 },
    ]);
  });

  it('reports a missing last item at the end of the previous item', () => {
    expectFindings(
      lists,
      {
        canonical: `Steps:\n\n1. Open the Settings app.\n2. Select Accounts.\n3. Select Add account.\n4. Enter your Microsoft 365 address.\n`,
        locale: `Pasos:\n\n1. Abra la aplicación Configuración.\n2. Seleccione Cuentas.\n3. Seleccione Agregar cuenta.\n`,
      },
      [
        {
          messageId: 'missingItem',
          line: 5,
          column: 30,
          endLine: 5,
          endColumn: 30,
          canonicalLine: 6,
          message: 'Missing list item: canonical item 4 "Enter your Microsoft 365 address." (canonical line 6) has no counterpart here',
        },
      ],
    );
  });

  it('reports a missing item after an item with a nested list at the end of that nested list', () => {
    expectFindings(lists, { canonical, locale: german.replace('3. Starten Sie die App neu.\n', '') }, [
      {
        messageId: 'missingItem',
        line: 14,
        column: 48,
        endLine: 14,
        endColumn: 48,
        canonicalLine: 15,
        message: 'Missing list item: canonical item 3 "Restart the app." (canonical line 15) has no counterpart here',
      },
    ]);
  });

  it('reports an extra item over its whole extent, naming the canonical list', () => {
    expectFindings(
      lists,
      {
        canonical,
        locale: german.replace(
          '- Laden Sie das Paket',
          '- Prüfen Sie, ob Port 443 in der Firewall offen ist.\n- Laden Sie das Paket',
        ),
      },
      [
        {
          messageId: 'extraItem',
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 53,
          canonicalLine: 5,
          message: 'Extra list item: this item has no counterpart in the canonical list (canonical line 5)',
        },
      ],
    );
  });

  it('gives the item count when items of only translated words cannot tell which one is missing', () => {
    expectFindings(
      lists,
      {
        canonical: `Benefits:\n\n- Faster pages\n- Fewer errors\n- Happier users\n`,
        locale: `Ventajas:\n\n- Páginas más rápidas\n- Usuarios más contentos\n`,
      },
      [
        {
          messageId: 'count',
          line: 3,
          column: 1,
          endLine: 4,
          endColumn: 25,
          canonicalLine: 3,
          message: 'The list has 2 items; its canonical list has 3 items (canonical line 3)',
        },
      ],
    );
  });

  it('gives the item count for an added item of only translated words', () => {
    expectFindings(
      lists,
      {
        canonical: `Benefits:\n\n- Faster pages\n- Happier users\n`,
        locale: `Vorteile:\n\n- Schnellere Seiten\n- Weniger Fehler\n- Zufriedenere Benutzer\n`,
      },
      [{ messageId: 'count', line: 3, column: 1, endLine: 5, endColumn: 24, canonicalLine: 3 }],
    );
  });

  it('reports a missing item of a nested list inside its parent item', () => {
    expectFindings(lists, { canonical, locale: german.replace('   - Stellen Sie die Region auf EU.\n', '') }, [
      {
        messageId: 'missingItem',
        line: 13,
        column: 4,
        endLine: 13,
        endColumn: 4,
        canonicalLine: 13,
        message: 'Missing list item: canonical item 1 "Set the region to EU." (canonical line 13) has no counterpart here',
      },
    ]);
  });

  it('reports an extra item of a nested list, naming the canonical nested list', () => {
    expectFindings(
      lists,
      {
        canonical,
        locale: german.replace(
          '   - Stellen Sie das Zeitlimit auf 30 Sekunden.\n',
          '   - Stellen Sie das Zeitlimit auf 30 Sekunden.\n   - Aktivieren Sie die Protokollierung für 7 Tage.\n',
        ),
      },
      [{ messageId: 'extraItem', line: 15, column: 4, endLine: 15, endColumn: 52, canonicalLine: 13 }],
    );
  });

  it('reports a nested list missing from its item at the end of the item', () => {
    expectFindings(
      lists,
      {
        canonical,
        locale: german.replace('   - Stellen Sie die Region auf EU.\n   - Stellen Sie das Zeitlimit auf 30 Sekunden.\n', ''),
      },
      [
        {
          messageId: 'missingList',
          line: 12,
          column: 37,
          endLine: 12,
          endColumn: 37,
          canonicalLine: 13,
          message: 'Missing list: the canonical list of 2 items (canonical line 13) has no counterpart here',
        },
      ],
    );
  });

  it('reports a list written out as a paragraph as missing, where the paragraph stands', () => {
    expectFindings(
      lists,
      {
        canonical: `Do this:\n\n1. Open the file.\n2. Save the file.\n\nYou can also:\n\n- Share the file.\n- Print the file.\n\nDone.\n`,
        locale: `Haga esto:\n\n1. Abra el archivo.\n2. Guarde el archivo.\n\nTambién puede:\n\nCompartir o imprimir el archivo.\n\nListo.\n`,
      },
      [{ messageId: 'missingList', line: 8, column: 1, endLine: 8, endColumn: 1, canonicalLine: 8 }],
    );
  });

  it('says "around here" when only translated words cannot tell which of two lists is missing', () => {
    expectFindings(
      lists,
      {
        canonical: `Who and how much.\n\n- Readers\n- Writers\n\n* Low\n* High\n\nThat is all.\n`,
        locale: `Wer und wie viel.\n\n- Leser\n- Autoren\n\nDas ist alles.\n`,
      },
      [
        {
          messageId: 'missingListNearby',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 1,
          canonicalLine: 6,
          message: 'Missing list: the canonical page has one more list around here, such as its list of 2 items (canonical line 6)',
        },
      ],
    );
  });

  it('reports an extra list over its whole extent', () => {
    expectFindings(
      lists,
      {
        canonical: `# Support\n\nContact the help desk.\n`,
        locale: `# Soporte\n\nPóngase en contacto con el servicio de asistencia:\n\n- por teléfono\n- por correo electrónico\n`,
      },
      [
        {
          messageId: 'extraList',
          line: 5,
          column: 1,
          endLine: 6,
          endColumn: 25,
          message: 'Extra list: this list of 2 items has no counterpart in the canonical page',
        },
      ],
    );
  });

  it('reports a numbered list translated as a bulleted one, and still compares its items', () => {
    expectFindings(
      lists,
      {
        canonical: `1. Open OneDrive.\n2. Select Settings.\n3. Sync 2 folders.\n`,
        locale: `- Abra OneDrive.\n- Seleccione Configuración.\n- Sincronice 2 carpetas.\n`,
      },
      [
        {
          messageId: 'kind',
          line: 1,
          column: 1,
          endLine: 3,
          endColumn: 25,
          canonicalLine: 1,
          message: 'This is a bulleted list; its canonical list is numbered (canonical line 1)',
        },
      ],
    );
    expectFindings(
      lists,
      {
        canonical: `1. Open OneDrive.\n2. Select Settings.\n3. Sync 2 folders.\n`,
        locale: `- Abra OneDrive.\n- Seleccione Configuración.\n`,
      },
      [
        { messageId: 'kind', line: 1, column: 1, endLine: 2, endColumn: 28, canonicalLine: 1 },
        { messageId: 'missingItem', line: 2, column: 28, endLine: 2, endColumn: 28, canonicalLine: 3 },
      ],
    );
  });

  it('pairs a numbered and a bulleted list each with its own kind', () => {
    expectFindings(
      lists,
      {
        canonical: `1. Open the file.\n2. Save the file.\n\n- Share the file.\n- Print the file.\n`,
        locale: `- Teilen Sie die Datei.\n- Drucken Sie die Datei.\n`,
      },
      [{ messageId: 'missingList', line: 1, column: 1, endLine: 1, endColumn: 1, canonicalLine: 1 }],
    );
  });

  it('sees a changed bullet marker as a list split in two', () => {
    expectFindings(
      lists,
      {
        canonical: `Supported browsers:\n\n- Microsoft Edge 120\n- Google Chrome 120\n- Mozilla Firefox 115\n\nOther browsers may work.\n`,
        locale: `Navegadores compatibles:\n\n- Microsoft Edge 120\n- Google Chrome 120\n* Mozilla Firefox 115\n\nOtros navegadores pueden funcionar.\n`,
      },
      [
        { messageId: 'missingItem', line: 4, column: 20, endLine: 4, endColumn: 20, canonicalLine: 5 },
        { messageId: 'extraList', line: 5, column: 1, endLine: 5, endColumn: 22 },
      ],
    );
  });
});
