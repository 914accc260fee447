import { describe, it } from 'vitest';
import localizedLinks from '../../rules/localized-links.js';
import { expectClean, expectFindings, expectFix } from '../support/rule-tester.js';

const SETUP_EN = `# Setup\n\n## Configure\n\nText.\n`;
const SETUP_DE = `# Einrichtung\n\n## Konfigurieren\n\nText.\n`;
const SUFFIXED = { locales: { de: ['de/{path}-de.md', 'de/{path}.md'], es: 'es/{path}-es.md' } };

describe('localized-links', () => {
  it('accepts links to pages of the locale, and to canonical pages with no translation', () => {
    expectClean(localizedLinks, {
      canonical: `# Title\n\nSee [setup](setup.md) and [notes](notes.md).\n`,
      locale: `# Titel\n\nSiehe [Einrichtung](setup.md) und [Notizen](../en/notes.md).\n`,
      files: { 'en/setup.md': SETUP_EN, 'de/setup.md': SETUP_DE, 'en/notes.md': '# Notes\n' },
    });
  });

  it('reports a link to the canonical page whose translation exists, with the URL to write', () => {
    expectFindings(
      localizedLinks,
      {
        canonical: `# Title\n\nSee [setup](setup.md#configure).\n`,
        locale: `# Titel\n\nSiehe [Einrichtung](../en/setup.md#configure).\n`,
        files: { 'en/setup.md': SETUP_EN, 'de/setup-de.md': SETUP_DE },
        config: SUFFIXED,
      },
      [
        {
          messageId: 'canonicalPage',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 46,
          canonicalLine: 3,
          message: 'Links to the English page en/setup.md; its German translation is de/setup-de.md: link to setup-de.md#konfigurieren',
        },
      ],
    );
  });

  it('reports a link to an untranslated copy in the locale folder, and to another locale', () => {
    expectFindings(
      localizedLinks,
      {
        canonical: `# Title\n\n- [Setup](setup.md)\n- [Setup](setup.md)\n`,
        locale: `# Titel\n\n- [Einrichtung](setup.md)\n- [Einrichtung](../es/setup-es.md)\n`,
        files: { 'en/setup.md': SETUP_EN, 'de/setup-de.md': SETUP_DE, 'de/setup.md': SETUP_EN, 'es/setup-es.md': '# Configuración\n' },
        config: SUFFIXED,
      },
      [
        {
          messageId: 'copy',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 26,
          canonicalLine: 3,
          message: 'Links to de/setup.md, a copy of the English page en/setup.md that is not its German translation; the translation is de/setup-de.md: link to setup-de.md',
        },
        {
          messageId: 'otherLocale',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 35,
          canonicalLine: 4,
          message: 'Links to the Spanish translation es/setup-es.md; the German translation of the page is de/setup-de.md: link to setup-de.md',
        },
      ],
    );
  });

  it('accepts a deliberate link to the English original of the page itself', () => {
    expectClean(localizedLinks, {
      canonical: `# Title\n\nText.\n`,
      locale: `# Titel\n\nText. [Englische Fassung](../en/page.md)\n`,
    });
  });

  it('reports a link to the English page itself where the canonical page links to itself', () => {
    expectFindings(
      localizedLinks,
      {
        canonical: `# Title\n\n## Install\n\nBack to [install](page.md#install).\n`,
        locale: `# Titel\n\n## Installieren\n\nZurück zu [Installieren](../en/page.md#install).\n`,
      },
      [
        {
          messageId: 'canonicalPage',
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 48,
          canonicalLine: 5,
          message: 'Links to the English page en/page.md; its German translation is de/page.md: link to page.md#installieren',
        },
      ],
    );
  });

  it('leaves ignored URLs alone', () => {
    expectClean(localizedLinks, {
      canonical: `# Title\n\nSee [setup](setup.md).\n`,
      locale: `# Titel\n\nSiehe [Einrichtung](../en/setup.md).\n`,
      files: { 'en/setup.md': SETUP_EN, 'de/setup.md': SETUP_DE },
      options: { ignore: ['^\\.\\./en/'] },
    });
  });

  it('fixes by pointing the link at the translation, its anchor translated, and leaves a link whose anchor it cannot translate', () => {
    expectFix(
      localizedLinks,
      {
        canonical: `# Title\n\nSee [setup](setup.md#configure), [it](setup.md "Setup") and [x](setup.md#nowhere).\n`,
        locale: `# Titel\n\nSiehe [Einrichtung](../en/setup.md#configure), [sie](../en/setup.md "Setup") und [x](../en/setup.md#nowhere).\n`,
        files: { 'en/setup.md': SETUP_EN, 'de/setup-de.md': SETUP_DE },
        config: SUFFIXED,
      },
      `# Titel\n\nSiehe [Einrichtung](setup-de.md#konfigurieren), [sie](setup-de.md "Setup") und [x](../en/setup.md#nowhere).\n`,
    );
  });
});
