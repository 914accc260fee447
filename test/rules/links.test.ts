import { describe, expect, it } from 'vitest';
import links from '../../rules/links.js';
import { expectClean, expectFindings, runPairRule } from '../support/rule-tester.js';

/** Pages of a small project beside `en/page.md` and `de/page.md`. */
const SETUP_EN = `# Setup\n\n## Configure\n\nText.\n`;
const SETUP_DE = `# Einrichtung\n\n## Konfigurieren\n\nText.\n`;

describe('links', () => {
  it('accepts links, images and anchors that exist in the translation', () => {
    expectClean(links, {
      canonical: `# Title\n\n## Install\n\nSee [setup](setup.md#configure), [the guide](guide/) and [top](#install).\n\n![Overview](media/overview.png)\n\n[Mail](mailto:docs@example.com) and [site](https://example.com/en-us/docs).\n`,
      locale: `# Titel\n\n## Installieren\n\n<a name="oben"></a>\n\nSiehe [Einrichtung](setup.md#konfigurieren), [Leitfaden](guide/), [oben](#oben) und [hier](#installieren).\n\n![Übersicht](media/overview.png)\n\n[Mail](mailto:docs@example.com) und [Website](https://example.com/de-de/docs).\n`,
      files: {
        'en/setup.md': SETUP_EN,
        'de/setup.md': SETUP_DE,
        'en/guide/index.md': '# Guide\n',
        'de/guide/index.md': '# Leitfaden\n',
        'en/media/overview.png': 'png',
        'de/media/overview.png': 'png',
      },
    });
  });

  it('reports a missing page, naming the translation the link should point to', () => {
    expectFindings(
      links,
      {
        canonical: `# Title\n\nSee [setup](setup.md).\n`,
        locale: `# Titel\n\nSiehe [Einrichtung](setup.md).\n`,
        files: { 'en/setup.md': SETUP_EN, 'de/setup-de.md': SETUP_DE },
        config: { locales: { de: ['de/{path}-de.md', 'de/{path}.md'] } },
      },
      [
        {
          messageId: 'missingTranslated',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 30,
          canonicalLine: 3,
          message: 'Link target de/setup.md does not exist; the German translation of en/setup.md is de/setup-de.md: link to setup-de.md',
        },
      ],
    );
  });

  it('names the page the canonical link points to when the translation links somewhere else', () => {
    expectFindings(
      links,
      {
        canonical: `# Title\n\nSee [setup](setup.md).\n`,
        locale: `# Titel\n\nSiehe [Einrichtung](einrichtung.md).\n`,
        files: { 'en/setup.md': SETUP_EN, 'de/setup.md': SETUP_DE },
      },
      [
        {
          messageId: 'missingTranslated',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 36,
          canonicalLine: 3,
          message: 'Link target de/einrichtung.md does not exist; the German translation of en/setup.md is de/setup.md: link to setup.md',
        },
      ],
    );
  });

  it('points to the canonical page when it has no translation yet', () => {
    expectFindings(
      links,
      {
        canonical: `# Title\n\nSee [setup](setup.md).\n`,
        locale: `# Titel\n\nSiehe [Einrichtung](setup.md).\n`,
        files: { 'en/setup.md': SETUP_EN },
      },
      [
        {
          messageId: 'missingCanonical',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 30,
          canonicalLine: 3,
          message: 'Link target de/setup.md does not exist; the English page en/setup.md exists but has no German translation yet: link to ../en/setup.md',
        },
      ],
    );
  });

  it('reports a page link without its .md extension', () => {
    expectFindings(
      links,
      {
        canonical: `# Title\n\nSee [notes](https://example.com/notes).\n`,
        locale: `# Titel\n\nSiehe [Notizen](notes).\n`,
        files: { 'de/notes.md': '# Notizen\n' },
      },
      [{ messageId: 'missingExtension', line: 3, column: 7, endLine: 3, endColumn: 23, message: 'Link target de/notes does not exist, but de/notes.md does: link to notes.md' }],
    );
  });

  it('reports a missing image, naming the canonical image', () => {
    expectFindings(
      links,
      {
        canonical: `# Title\n\n![Flow](media/flow.png)\n`,
        locale: `# Titel\n\n![Ablauf](media/flow.png)\n`,
        files: { 'en/media/flow.png': 'png' },
      },
      [
        {
          messageId: 'missingImageCanonical',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 26,
          canonicalLine: 3,
          message: "Image de/media/flow.png does not exist; the canonical page's image is en/media/flow.png: link to ../en/media/flow.png or add a localized copy",
        },
      ],
    );
  });

  it('leaves a link broken in the canonical page too to the canonical page, unless asked', () => {
    const testCase = {
      canonical: `# Title\n\nSee [old](old.md) and ![x](media/gone.png).\n`,
      locale: `# Titel\n\nSiehe [alt](old.md) und ![x](media/gone.png).\n`,
      files: { 'en/other.md': '# Other\n' },
    };
    expectClean(links, testCase);
    expectFindings(links, { ...testCase, options: { reportInherited: true } }, [
      { messageId: 'missing', line: 3, column: 7, endLine: 3, endColumn: 20, canonicalLine: 3, message: 'Link target de/old.md does not exist' },
      { messageId: 'missingImage', line: 3, column: 25, endLine: 3, endColumn: 45, canonicalLine: 3, message: 'Image de/media/gone.png does not exist' },
    ]);
  });

  it('reports a link that leaves the repository, without reading it', () => {
    expectFindings(
      links,
      {
        canonical: `# Title\n\nSee [notes](notes.md).\n`,
        locale: `# Titel\n\nSiehe [Notizen](../../../etc/passwd).\n`,
        files: { 'en/notes.md': '# Notes\n' },
      },
      [{ messageId: 'outside', line: 3, column: 7, endLine: 3, endColumn: 37, canonicalLine: 3, message: 'Link target ../../../etc/passwd is outside the repository' }],
    );
  });

  it('reports an email address without mailto: and a www. address without https://', () => {
    expectFindings(
      links,
      {
        canonical: `# Title\n\nWrite to [us](mailto:team@example.com) or see [the site](https://www.example.com/docs) for SharePoint.\n`,
        locale: `# Titel\n\nSchreiben Sie [uns](team@example.com) oder siehe [Website](www.example.com/docs) zu SharePoint.\n`,
      },
      [
        {
          messageId: 'email',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 38,
          canonicalLine: 3,
          message:
            'Link target team@example.com is an email address without mailto:, so it points to a page of this site that does not exist: write mailto:team@example.com',
        },
        {
          messageId: 'noScheme',
          line: 3,
          column: 50,
          endLine: 3,
          endColumn: 81,
          canonicalLine: 3,
          message:
            'Link target www.example.com/docs starts with www. but has no https://, so it points to a page of this site that does not exist: write https://www.example.com/docs',
        },
      ],
    );
  });

  it('reports an anchor whose heading is translated, naming the translated anchor', () => {
    expectFindings(
      links,
      {
        canonical: `# Title\n\n## Install\n\nSee [install](#install) and [configure](setup.md#configure).\n`,
        locale: `# Titel\n\n## Installieren\n\nSiehe [Installieren](#install) und [Konfigurieren](setup.md#configure).\n`,
        files: { 'en/setup.md': SETUP_EN, 'de/setup.md': SETUP_DE },
      },
      [
        {
          messageId: 'missingAnchorTranslated',
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 31,
          canonicalLine: 5,
          message: 'No anchor #install in this page: the heading it points to is translated there; link to #installieren',
        },
        {
          messageId: 'missingAnchorTranslated',
          line: 5,
          column: 36,
          endLine: 5,
          endColumn: 71,
          canonicalLine: 5,
          message: 'No anchor #configure in de/setup.md: the heading it points to is translated there; link to setup.md#konfigurieren',
        },
      ],
    );
  });

  it('reports an anchor in the wrong letter case, and one that exists nowhere', () => {
    expectFindings(
      links,
      {
        canonical: `# Title\n\n## Install\n\nSee [install](#install) and [that](other.md).\n`,
        locale: `# Titel\n\n## Installieren\n\nSiehe [Installieren](#Installieren) und [das](#nirgends).\n`,
      },
      [
        { messageId: 'anchorCase', line: 5, column: 7, endLine: 5, endColumn: 36, canonicalLine: 5, message: 'No anchor #Installieren in this page; anchors are case-sensitive: link to #installieren' },
        { messageId: 'missingAnchor', line: 5, column: 41, endLine: 5, endColumn: 57, canonicalLine: 5, message: 'No anchor #nirgends in this page' },
      ],
    );
  });

  it('counts explicit anchors and de-duplicated slugs', () => {
    expectClean(links, {
      canonical: `# Title\n\n## Notes\n\n## Notes\n\nSee [a](#notes-1) and [b](#top).\n`,
      locale: `# Titel\n\n## Hinweise\n\n## Hinweise\n\n<a id="oben"></a>\n\n## Anhang {#anhang}\n\nSiehe [a](#hinweise-1), [b](#oben) und [c](#anhang).\n`,
    });
  });

  it('computes slugs the way DocFX does when told', () => {
    // A decomposed accent (e + U+0301): GitHub keeps the combining mark, DocFX drops it.
    const testCase = {
      canonical: `# Title\n\n## Cafe\u0301 menu\n\nSee [menu](#cafe\u0301-menu).\n`,
      locale: `# Titel\n\n## Cafe\u0301 Karte\n\nSiehe [Karte](#cafe-karte).\n`,
    };
    expect(runPairRule(links, testCase).map((r) => r.finding.message)).toEqual([
      // The canonical link's anchor tells which heading the hand-written one meant.
      'No anchor #cafe-karte in this page: the heading it points to is translated there; link to #cafe\u0301-karte',
    ]);
    expectClean(links, { ...testCase, canonical: testCase.canonical.replace('#cafe\u0301-menu', '#cafe-menu'), options: { slugStyle: 'docfx' } });
  });

  it('does not check anchors when told not to, nor ignored URLs', () => {
    const testCase = {
      canonical: `# Title\n\n## Install\n\nSee [install](#install) and [old](https://example.com).\n`,
      locale: `# Titel\n\n## Installieren\n\nSiehe [Installieren](#install) und [alt](archive/old.md).\n`,
    };
    expect(runPairRule(links, testCase).map((r) => r.messageId)).toEqual(['missingAnchorTranslated', 'missing']);
    expectClean(links, { ...testCase, options: { checkAnchors: false, ignore: ['^archive/'] } });
  });

  it('resolves site-root links against the configured site root, and leaves them alone without one', () => {
    const testCase = {
      canonical: `# Title\n\nSee [a](/docs/a.md) and [b](/docs/b.md).\n`,
      locale: `# Titel\n\nSiehe [a](/docs/a.md) und [b](/docs/gone.md).\n`,
      files: { 'site/docs/a.md': '# A\n', 'site/docs/b.md': '# B\n' },
    };
    expectClean(links, testCase);
    expectFindings(links, { ...testCase, config: { siteRoot: 'site' } }, [
      { messageId: 'missing', line: 3, column: 27, endLine: 3, endColumn: 45, canonicalLine: 3, message: 'Link target site/docs/gone.md does not exist' },
    ]);
  });

  it('decodes the path, drops the query, and finds a folder index', () => {
    expectClean(links, {
      canonical: `# Title\n\nSee [a](my%20notes.md?view=1) and [b](guide).\n`,
      locale: `# Titel\n\nSiehe [a](my%20notes.md?view=1) und [b](guide#leitfaden).\n`,
      files: { 'de/my notes.md': '# Notizen\n', 'de/guide/README.md': '# Leitfaden\n' },
    });
  });

  it('checks a link written with an invisible character as the address it shows', () => {
    expectFindings(
      links,
      {
        canonical: `# Title\n\nSee [a](a.md).\n`,
        locale: `# Titel\n\nSiehe [a](\u200bb.md).\n`,
        files: { 'en/a.md': '# A\n', 'de/a.md': '# A\n' },
      },
      [
        {
          messageId: 'missingTranslated',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 17,
          canonicalLine: 3,
          message: 'Link target de/b.md does not exist; the German translation of en/a.md is de/a.md: link to a.md',
        },
      ],
    );
  });

  it('rejects an invalid ignore pattern as a configuration error', () => {
    expect(() => runPairRule(links, { canonical: '# A\n', locale: '# B\n', options: { ignore: ['('] } })).toThrow(/rule "links": ignore: "\(" is not a valid regular expression/);
  });
});
