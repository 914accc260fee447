import { describe, expect, it } from 'vitest';
import outdated from '../../rules/outdated.js';
import { expectClean, expectFindings, runPairRule } from '../support/rule-tester.js';

const STAMPED = `# Setup

Read the *guide* first, then **install** the app: see [the guide](./guide.md) and [the site](https://example.com/en-us/docs/).

1. Download the package.
2. Run the installer.

| Option | Default |
| :--- | ---: |
| port | 8080 |
| host | localhost |

\`\`\`sh
app init --port 8080
\`\`\`

## Configure \`app.json\`

Set the port.
`;

const TRANSLATION = `# Einrichtung

Lesen Sie zuerst den *Leitfaden* und **installieren** Sie die App: [Leitfaden](./guide.md), [Website](https://example.com/de-de/docs/).

1. Laden Sie das Paket herunter.
2. Starten Sie das Installationsprogramm.

| Option | Standard |
| :--- | ---: |
| port | 8080 |
| host | localhost |

\`\`\`sh
app init --port 8080
\`\`\`

## \`app.json\` konfigurieren

Legen Sie den Port fest.
`;

/** Findings of the rule for the canonical page `now`, the translation stamped when the canonical page was STAMPED. */
const run = (now: string, locale = TRANSLATION) => runPairRule(outdated, { canonical: now, locale, stamped: STAMPED });

describe('outdated', () => {
  it('reports nothing for a translation without a stamp (and, here, without git)', () => {
    expectClean(outdated, { canonical: STAMPED.replace('Set the port.', 'Set the port and host.'), locale: TRANSLATION });
  });

  it('reports nothing when the canonical page is as stamped', () => {
    expect(run(STAMPED)).toEqual([]);
  });

  describe('ignores changes that need no translation work', () => {
    const cosmetic: Record<string, [string, string]> = {
      whitespace: ['Read the *guide* first, then **install** the app:', 'Read   the *guide*\nfirst,  then **install** the app:'],
      'emphasis style (_ for *)': ['Read the *guide* first', 'Read the _guide_ first'],
      'strong emphasis style (__ for **)': ['**install**', '__install__'],
      'relative link without ./': ['(./guide.md)', '(guide.md)'],
      'relative link through the parent folder': ['(./guide.md)', '(../en/guide.md)'],
      'external link with a trailing slash removed': ['(https://example.com/en-us/docs/)', '(https://example.com/en-us/docs)'],
      'external link with www. and http': ['(https://example.com/en-us/docs/)', '(http://www.example.com/en-us/docs/)'],
      'list renumbered': ['1. Download the package.\n2. Run the installer.', '3. Download the package.\n4. Run the installer.'],
      'list marker': ['1. Download the package.\n2. Run the installer.', '1) Download the package.\n2) Run the installer.'],
      'table alignment and padding': ['| :--- | ---: |\n| port | 8080 |', '| --- | :---: |\n|   port   |   8080 |'],
      'fenced code as tilde fence': ['```sh\napp init --port 8080\n```', '~~~sh\napp init --port 8080   \n~~~'],
      'heading with closing hashes': ['## Configure `app.json`', '## Configure `app.json` ##'],
    };
    for (const [kind, [from, to]] of Object.entries(cosmetic)) {
      it(kind, () => {
        expect(STAMPED).toContain(from);
        expect(run(STAMPED.replace(from, to)).map((r) => r.finding.message)).toEqual([]);
      });
    }

    it('bullet list markers', () => {
      const stamped = '# A\n\n- one\n- two\n';
      expectClean(outdated, { canonical: '# A\n\n* one\n* two\n', locale: '# A\n\n- eins\n- zwei\n', stamped });
    });

    it('a site-root link to the same file, with siteRoot configured', () => {
      const stamped = '# A\n\nSee [guide](./guide.md).\n';
      expectClean(outdated, { canonical: '# A\n\nSee [guide](/en/guide.md).\n', locale: '# A\n\nSiehe [Leitfaden](./guide.md).\n', stamped, config: { siteRoot: '.' } });
    });
  });

  describe('reports changes that need translation work', () => {
    it('a changed word, at the translated heading of its section, with a word-level diff', () => {
      const reported = run(STAMPED.replace('Set the port.', 'Set the port and the host.'));
      expect(reported).toHaveLength(1);
      const [{ finding } = { finding: undefined }] = reported;
      expect(finding).toMatchObject({
        line: 17,
        column: 1,
        endLine: 17,
        endColumn: 28,
        related: { file: 'en/page.md', line: 17, column: 1, endLine: 17, endColumn: 24 },
        message: 'Outdated: 1 block changed in the canonical section "Setup > Configure app.json" since this translation was synced (canonical line 17); update the translation',
      });
      expect(finding?.detail?.diff).toEqual([
        [0, '## Configure app.json\n\nSet the port'],
        [1, ' and the host'],
        [0, '.'],
      ]);
    });

    it('a changed table row', () => {
      expectFindings(outdated, { canonical: STAMPED.replace('| host | localhost |', '| host | 0.0.0.0 |'), locale: TRANSLATION, stamped: STAMPED }, [
        { messageId: 'changed', line: 1, column: 1, endLine: 1, endColumn: 14, canonicalLine: 1, message: 'Outdated: 1 block changed in the canonical section "Setup" since this translation was synced (canonical line 1); update the translation' },
      ]);
    });

    it('a changed code block', () => {
      expectFindings(outdated, { canonical: STAMPED.replace('app init --port 8080', 'app init --port 9090'), locale: TRANSLATION, stamped: STAMPED }, [
        { messageId: 'changed', line: 1, column: 1, endLine: 1, endColumn: 14, canonicalLine: 1 },
      ]);
    });

    it('a changed link target', () => {
      expectFindings(outdated, { canonical: STAMPED.replace('(./guide.md)', '(./setup-guide.md)'), locale: TRANSLATION, stamped: STAMPED }, [
        { messageId: 'changed', line: 1, column: 1, endLine: 1, endColumn: 14, canonicalLine: 1 },
      ]);
    });

    it('a changed heading, counted apart from the blocks', () => {
      const stamped = '# A\n\n## B [x](x.md)\n\nText.\n';
      expectFindings(outdated, { canonical: '# A\n\n## B [x](y.md)\n\nText, more.\n', locale: '# A\n\n## B [x](x.md)\n\nText.\n', stamped }, [
        { messageId: 'changed', line: 3, column: 1, endLine: 3, endColumn: 15, canonicalLine: 3, message: 'Outdated: the heading and 1 block changed in the canonical section "A > B x" since this translation was synced (canonical line 3); update the translation' },
      ]);
    });

    it('blocks moved within a section', () => {
      const stamped = '# A\n\nFirst.\n\nSecond.\n';
      expectFindings(outdated, { canonical: '# A\n\nSecond.\n\nFirst.\n', locale: '# A\n\nErstens.\n\nZweitens.\n', stamped }, [
        { messageId: 'changed', line: 1, column: 1, endLine: 1, endColumn: 4, canonicalLine: 1, message: 'Outdated: blocks moved in the canonical section "A" since this translation was synced (canonical line 1); update the translation' },
      ]);
    });

    it('two blocks added to a section', () => {
      const reported = run(STAMPED.replace('Set the port.', 'Set the port.\n\nThen restart.\n\n- and check'));
      expect(reported.map((r) => r.finding.message)).toEqual([
        'Outdated: 2 blocks changed in the canonical section "Setup > Configure app.json" since this translation was synced (canonical line 17); update the translation',
      ]);
    });

    it('a new section, where it belongs in the translation', () => {
      const now = STAMPED.replace('## Configure', '## Upgrade\n\nRun `app upgrade`.\n\n## Configure');
      // The new section stands at line 17 of the canonical page; in the translation, it belongs before line 17.
      expectFindings(outdated, { canonical: now, locale: TRANSLATION, stamped: STAMPED }, [
        {
          messageId: 'added',
          line: 17,
          column: 1,
          endLine: 17,
          endColumn: 1,
          canonicalLine: 17,
          message: 'Outdated: the canonical page has a new section "Setup > Upgrade" since this translation was synced (canonical line 17); translate it',
        },
      ]);
    });

    it('text before the first heading', () => {
      const stamped = 'Intro.\n\n# A\n\nText.\n';
      expectFindings(outdated, { canonical: 'Intro, changed.\n\n# A\n\nText.\n', locale: 'Einleitung.\n\n# A\n\nText.\n', stamped }, [
        { messageId: 'changed', line: 1, column: 1, endLine: 1, endColumn: 12, canonicalLine: 1, message: 'Outdated: 1 block changed in the canonical section before the first heading since this translation was synced (canonical line 1); update the translation' },
      ]);
    });
  });
});
