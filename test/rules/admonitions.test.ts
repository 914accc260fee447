import { describe, it } from 'vitest';
import admonitions from '../../rules/admonitions.js';
import { expectClean, expectFindings } from '../support/rule-tester.js';

const canonical = `# Backups

> [!NOTE]
> Backups run every night at 02:00 UTC.

Restore a backup from the admin portal.

> [!WARNING]
> A restore overwrites the current SharePoint site.
`;

describe('admonitions', () => {
  it('accepts a translation that keeps every admonition with its type', () => {
    expectClean(admonitions, {
      canonical,
      locale: `# Sicherungen

> [!NOTE]
> Sicherungen laufen jede Nacht um 02:00 UTC.

Stellen Sie eine Sicherung über das Verwaltungsportal wieder her.

> [!WARNING]
> Eine Wiederherstellung überschreibt die aktuelle SharePoint-Website.
`,
    });
  });

  it('compares types case-insensitively: [!Note] is a NOTE', () => {
    expectClean(admonitions, {
      canonical: `# Sign-in\n\n> [!note]\n> Use your Microsoft 365 account.\n`,
      locale: `# Anmeldung\n\n> [!Note]\n> Verwenden Sie Ihr Microsoft 365-Konto.\n`,
    });
    expectClean(admonitions, {
      canonical,
      locale: `# Sicherungen

> [!NOTE]
> Sicherungen laufen jede Nacht um 02:00 UTC.

Stellen Sie eine Sicherung über das Verwaltungsportal wieder her.

> [!warning]
> Eine Wiederherstellung überschreibt die aktuelle SharePoint-Website.
`,
    });
  });

  it('reports a missing admonition at the start of the next block, naming the canonical line', () => {
    expectFindings(
      admonitions,
      {
        canonical,
        locale: `# Sicherungen

Stellen Sie eine Sicherung über das Verwaltungsportal wieder her.

> [!WARNING]
> Eine Wiederherstellung überschreibt die aktuelle SharePoint-Website.
`,
      },
      [
        {
          messageId: 'missing',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 1,
          canonicalLine: 3,
          message: 'Missing admonition: the canonical [!NOTE] (canonical line 3) has no counterpart here',
        },
      ],
    );
  });

  it('reports a missing last admonition at the end of the last block', () => {
    expectFindings(
      admonitions,
      {
        canonical,
        locale: `# Sicherungen

> [!NOTE]
> Sicherungen laufen jede Nacht um 02:00 UTC.

Stellen Sie eine Sicherung wieder her.
`,
      },
      [
        {
          messageId: 'missing',
          line: 6,
          column: 39,
          endLine: 6,
          endColumn: 39,
          canonicalLine: 8,
          message: 'Missing admonition: the canonical [!WARNING] (canonical line 8) has no counterpart here',
        },
      ],
    );
  });

  it('reports an extra admonition', () => {
    expectFindings(
      admonitions,
      {
        canonical,
        locale: `# Sicherungen

> [!NOTE]
> Sicherungen laufen jede Nacht um 02:00 UTC.

> [!TIP]
> Planen Sie vor großen Änderungen eine zusätzliche Sicherung.

Stellen Sie eine Sicherung über das Verwaltungsportal wieder her.

> [!WARNING]
> Eine Wiederherstellung überschreibt die aktuelle SharePoint-Website.
`,
      },
      [
        {
          messageId: 'extra',
          line: 6,
          column: 1,
          endLine: 7,
          endColumn: 63,
          message: 'Extra admonition: this [!TIP] has no counterpart in the canonical page',
        },
      ],
    );
  });

  it('reports a lost marker: the admonition became a plain quote', () => {
    expectFindings(
      admonitions,
      {
        canonical,
        locale: `# Sicherungen

> **Hinweis:** Sicherungen laufen jede Nacht um 02:00 UTC.

Stellen Sie eine Sicherung über das Verwaltungsportal wieder her.

> [!WARNING]
> Eine Wiederherstellung überschreibt die aktuelle SharePoint-Website.
`,
      },
      [
        {
          messageId: 'lost',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 59,
          canonicalLine: 3,
          message: 'The [!NOTE] marker is missing: this is a plain quote, but its canonical text is a [!NOTE] admonition (canonical line 3)',
        },
      ],
    );
  });

  it('reports a translated marker and a changed type', () => {
    expectFindings(
      admonitions,
      {
        canonical,
        locale: `# Sicherungen

> [!HINWEIS]
> Sicherungen laufen jede Nacht um 02:00 UTC.

Stellen Sie eine Sicherung über das Verwaltungsportal wieder her.

> [!CAUTION]
> Eine Wiederherstellung überschreibt die aktuelle SharePoint-Website.
`,
      },
      [
        {
          messageId: 'translated',
          line: 3,
          column: 1,
          endLine: 4,
          endColumn: 46,
          canonicalLine: 3,
          message: '[!HINWEIS] is not an admonition type and renders as plain text; keep the canonical [!NOTE] untranslated (canonical line 3)',
        },
        {
          messageId: 'changed',
          line: 8,
          column: 1,
          endLine: 9,
          endColumn: 71,
          canonicalLine: 8,
          message: 'Admonition type [!CAUTION] differs from the canonical [!WARNING] (canonical line 8)',
        },
      ],
    );
  });

  it('reports a changed type TIP where the canonical page has NOTE', () => {
    expectFindings(
      admonitions,
      {
        canonical: `# Export\n\n> [!NOTE]\n> The export includes archived items.\n`,
        locale: `# Exportación\n\n> [!TIP]\n> La exportación incluye los elementos archivados.\n`,
        localeCode: 'es',
      },
      [
        {
          messageId: 'changed',
          line: 3,
          column: 1,
          endLine: 4,
          endColumn: 51,
          canonicalLine: 3,
          message: 'Admonition type [!TIP] differs from the canonical [!NOTE] (canonical line 3)',
        },
      ],
    );
  });

  it('checks admonitions inside list items', () => {
    const steps = `# Setup

1. Install the agent.

   > [!IMPORTANT]
   > Run the installer as an administrator.

2. Sign in with your Microsoft 365 account.

   > [!TIP]
   > Use the same account as in Teams.
`;
    expectClean(admonitions, {
      canonical: steps,
      locale: `# Configuración

1. Instale el agente.

   > [!IMPORTANT]
   > Ejecute el instalador como administrador.

2. Inicie sesión con su cuenta de Microsoft 365.

   > [!TIP]
   > Use la misma cuenta que en Teams.
`,
      localeCode: 'es',
    });
    expectFindings(
      admonitions,
      {
        canonical: steps,
        locale: `# Configuración

1. Instale el agente.

   > Ejecute el instalador como administrador.

2. Inicie sesión con su cuenta de Microsoft 365.

   > [!SUGERENCIA]
   > Use la misma cuenta que en Teams.
`,
        localeCode: 'es',
      },
      [
        {
          messageId: 'lost',
          line: 5,
          column: 4,
          endLine: 5,
          endColumn: 47,
          canonicalLine: 5,
          message:
            'The [!IMPORTANT] marker is missing: this is a plain quote, but its canonical text is a [!IMPORTANT] admonition (canonical line 5)',
        },
        {
          messageId: 'translated',
          line: 9,
          column: 4,
          endLine: 10,
          endColumn: 39,
          canonicalLine: 10,
          message:
            '[!SUGERENCIA] is not an admonition type and renders as plain text; keep the canonical [!TIP] untranslated (canonical line 10)',
        },
      ],
    );
  });

  it('counts front matter lines: positions are whole-file lines on both sides', () => {
    expectFindings(
      admonitions,
      {
        canonical: `---\ntitle: Backups\n---\n# Backups\n\n> [!TIP]\n> Use the CLI for scheduled backups.\n`,
        locale: `---\ntitle: Sicherungen\nms.locale: de-de\n---\n# Sicherungen\n\n> [!TIPP]\n> Verwenden Sie die CLI für geplante Sicherungen.\n`,
      },
      [
        {
          messageId: 'translated',
          line: 7,
          column: 1,
          endLine: 8,
          endColumn: 50,
          canonicalLine: 6,
          message: '[!TIPP] is not an admonition type and renders as plain text; keep the canonical [!TIP] untranslated (canonical line 6)',
        },
      ],
    );
  });

  it('reports a marker followed by text on its own line, which renders as a plain quote', () => {
    expectFindings(
      admonitions,
      {
        canonical: `# Backups\n\n> [!NOTE]\n> Backups run nightly.\n`,
        locale: `# Sicherungen\n\n> [!NOTE] Sicherungen laufen jede Nacht.\n`,
      },
      [
        {
          messageId: 'markerWithText',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 41,
          canonicalLine: 3,
          message: 'The [!NOTE] marker must stand alone on its line: followed by text, it renders as a plain quote (canonical line 3)',
        },
      ],
    );
  });

  it('reports a plain canonical quote turned into an admonition', () => {
    expectFindings(
      admonitions,
      {
        canonical: `# About\n\n> Quote from the founder.\n`,
        locale: `# Über uns\n\n> [!NOTE]\n> Zitat der Gründerin.\n`,
      },
      [
        {
          messageId: 'added',
          line: 3,
          column: 1,
          endLine: 4,
          endColumn: 23,
          canonicalLine: 3,
          message: 'This [!NOTE] admonition is a plain quote in the canonical page (canonical line 3)',
        },
      ],
    );
  });

  it('says "around here" when only the count shows which admonition is missing', () => {
    expectFindings(
      admonitions,
      {
        canonical: `# Setup\n\n> [!NOTE]\n> First note.\n\n> [!NOTE]\n> Second note.\n`,
        locale: `# Einrichtung\n\n> [!NOTE]\n> Ein Hinweis.\n`,
      },
      [
        {
          messageId: 'missingNearby',
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 15,
          canonicalLine: 6,
          message: 'Missing admonition: the canonical page has one more [!NOTE] around here, such as the one on canonical line 6',
        },
      ],
    );
  });
});
