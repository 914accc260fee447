import { describe, it } from 'vitest';
import linkParity from '../../rules/link-parity.js';
import { expectClean, expectFindings } from '../support/rule-tester.js';

describe('link-parity', () => {
  it('accepts links kept, pointed at translations, and localized external URLs', () => {
    expectClean(linkParity, {
      canonical: `# Title\n\nSee [setup](setup.md), [portal](https://Portal.example.com/en-us/admin/?ui=en-us) and [home](http://www.example.com/).\n\n![Flow](media/flow.png)\n\n- [One](one.md)\n- [Two](https://example.com/two)\n`,
      locale: `# Titel\n\nSiehe [Einrichtung](setup-de.md), [Portal](https://portal.example.com/de-de/admin?ui=de-de) und [Start](https://example.com).\n\n![Ablauf](media/flow.png)\n\n- [Eins](one-de.md)\n- [Zwei](https://example.com/two)\n`,
      files: { 'en/setup.md': '# Setup\n', 'de/setup-de.md': '# Einrichtung\n', 'en/one.md': '# One\n', 'de/one-de.md': '# Eins\n' },
      config: { locales: { de: ['de/{path}-de.md', 'de/{path}.md'] } },
    });
  });

  it('reports a link missing from the aligned block, at the start of that block', () => {
    expectFindings(
      linkParity,
      {
        canonical: `# Title\n\nOpen the [portal](https://portal.example.com) and the [SharePoint admin center](https://admin.example.com).\n`,
        locale: `# Titel\n\nÖffnen Sie das [Portal](https://portal.example.com) und das SharePoint Admin Center.\n`,
      },
      [
        {
          messageId: 'missingLink',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 1,
          canonicalLine: 3,
          message:
            'Missing link: the canonical text links "SharePoint admin center" to https://admin.example.com (canonical line 3); this block has no such link',
        },
      ],
    );
  });

  it('reports a missing link in the table row or list item where it belongs', () => {
    expectFindings(
      linkParity,
      {
        canonical: `# Tasks\n\n| ID | Task |\n| --- | --- |\n| 2050 | [Send the questionnaire](https://example.com/q) |\n| 2278 | Request an engineer |\n\n- 1033: [Tips](https://example.com/tips)\n- 1034: More\n`,
        locale: `# Aufgaben\n\n| ID | Aufgabe |\n| --- | --- |\n| 2050 | Fragebogen senden |\n| 2278 | Techniker anfordern |\n\n- 1033: Tipps\n- 1034: Mehr\n`,
      },
      [
        { messageId: 'missingLink', line: 5, column: 1, endLine: 5, endColumn: 1, canonicalLine: 5 },
        { messageId: 'missingLink', line: 8, column: 3, endLine: 8, endColumn: 3, canonicalLine: 8 },
      ],
    );
  });

  it('reports an external URL that differs from the canonical one, at the link', () => {
    expectFindings(
      linkParity,
      {
        canonical: `# Title\n\n| ID | Task |\n| --- | --- |\n| 4088 | [Migration deck](https://aka.example/migration) |\n| 2277 | [Notes workshop](https://aka.example/notes) |\n`,
        locale: `# Titel\n\n| ID | Aufgabe |\n| --- | --- |\n| 4088 | Migrationsfolien |\n| 2277 | [Notes-Workshop](https://aka.example/other) |\n`,
      },
      [
        { messageId: 'missingLink', line: 5, column: 1, endLine: 5, endColumn: 1, canonicalLine: 5 },
        {
          messageId: 'differentUrl',
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 53,
          canonicalLine: 6,
          message: 'External link https://aka.example/other differs from the canonical link https://aka.example/notes (canonical line 6)',
        },
      ],
    );
  });

  it('reports a missing image unless told not to', () => {
    const testCase = {
      canonical: `# Title\n\nThe SharePoint flow: ![Flow](media/flow.png)\n`,
      locale: `# Titel\n\nDer SharePoint-Ablauf.\n`,
    };
    expectFindings(linkParity, testCase, [
      { messageId: 'missingImage', line: 3, column: 1, endLine: 3, endColumn: 1, canonicalLine: 3, message: 'Missing image: the canonical text shows media/flow.png (canonical line 3); this block does not' },
    ]);
    expectClean(linkParity, { ...testCase, options: { images: false } });
  });

  it('leaves rows and items the translation lacks to the structure rules, and ignored URLs alone', () => {
    expectClean(linkParity, {
      canonical: `# Title\n\n- [AAD deck](https://example.com/aad)\n- [Identity deck](https://example.com/identity)\n\nSee [the tracker](https://tracker.example.com) for SharePoint.\n`,
      locale: `# Titel\n\n- [Identitätsfolien](https://example.com/identity)\n\nSiehe SharePoint.\n`,
      options: { ignore: ['tracker\\.example\\.com'] },
    });
  });

  it('does not take a link written without https:// for a different URL', () => {
    expectClean(linkParity, {
      canonical: `# Title\n\nSee [resources](https://www.example.com/resources) for SharePoint.\n`,
      locale: `# Titel\n\nSiehe [Ressourcen](www.example.com/resources) zu SharePoint.\n`,
    });
  });
});
