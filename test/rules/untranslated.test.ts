import { describe, it } from 'vitest';
import untranslated from '../../rules/untranslated.js';
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
