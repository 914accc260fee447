import { describe, it } from 'vitest';
import code from '../../rules/code.js';
import { expectClean, expectFindings } from '../support/rule-tester.js';

const canonical = `# Install

Run \`npm install\` in the project folder:

\`\`\`bash
npm install --save-dev l10n-lint
\`\`\`

Then check the version:

\`\`\`
npx l10n-lint --version
\`\`\`
`;

const translated = `# Installation

Führen Sie \`npm install\` im Projektordner aus:

\`\`\`bash
npm install --save-dev l10n-lint
\`\`\`

Prüfen Sie anschließend die Version:

\`\`\`
npx l10n-lint --version
\`\`\`
`;

const indentedCanonical = `# Configuration

Add this line to the config file:

    root: docs

The path is relative to the config file.
`;

describe('code', () => {
  it('accepts a translation whose prose is translated and whose code is intact', () => {
    expectClean(code, { canonical, locale: translated });
  });

  it('reports a changed fenced block and a missing one', () => {
    expectFindings(
      code,
      {
        canonical,
        locale: `# Installation

Führen Sie \`npm install\` im Projektordner aus:

\`\`\`bash
npm install --save-dev l10n-lint@latest
\`\`\`

Prüfen Sie anschließend die Version.
`,
      },
      [
        {
          messageId: 'changedBlock',
          line: 5,
          column: 1,
          endLine: 7,
          endColumn: 4,
          canonicalLine: 5,
          message: 'Code block differs from its canonical code block (canonical line 5); code is not translated',
        },
        {
          messageId: 'missingBlock',
          line: 9,
          column: 37,
          endLine: 9,
          endColumn: 37,
          canonicalLine: 11,
          message: 'Missing code block: the canonical code block (canonical line 11) has no counterpart here',
        },
      ],
    );
  });

  it('reports a changed block when comments in the code were translated', () => {
    expectFindings(
      code,
      {
        canonical: `# Deploy\n\n\`\`\`yaml\n# Deploy on every push\non: push\n\`\`\`\n`,
        locale: `# Bereitstellen\n\n\`\`\`yaml\n# Bei jedem Push bereitstellen\non: push\n\`\`\`\n`,
      },
      [{ messageId: 'changedBlock', line: 3, column: 1, endLine: 6, endColumn: 4, canonicalLine: 3 }],
    );
  });

  it('names the language of a missing block', () => {
    expectFindings(
      code,
      {
        canonical: `# Export\n\nRun:\n\n\`\`\`powershell\nExport-Report -Path .\\report.csv\n\`\`\`\n\nThe file opens in Excel.\n`,
        locale: `# Exportar\n\nEjecute:\n\nEl archivo se abre en Excel.\n`,
        localeCode: 'es',
      },
      [
        {
          messageId: 'missingBlock',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 1,
          canonicalLine: 5,
          message: 'Missing code block: the canonical powershell code block (canonical line 5) has no counterpart here',
        },
      ],
    );
  });

  it('reports an extra fenced block', () => {
    expectFindings(
      code,
      {
        canonical,
        locale: `# Installation

Führen Sie \`npm install\` im Projektordner aus:

\`\`\`bash
npm install --save-dev l10n-lint
\`\`\`

\`\`\`bash
npm ci
\`\`\`

Prüfen Sie anschließend die Version:

\`\`\`
npx l10n-lint --version
\`\`\`
`,
      },
      [
        {
          messageId: 'extraBlock',
          line: 9,
          column: 1,
          endLine: 11,
          endColumn: 4,
          message: 'Extra code block: this code block has no counterpart in the canonical page',
        },
      ],
    );
  });

  it('reports missing inline code at the start of the block, naming the line of the canonical code', () => {
    expectFindings(
      code,
      {
        canonical,
        locale: `# Installation

Führen Sie npm install im Projektordner aus:

\`\`\`bash
npm install --save-dev l10n-lint
\`\`\`

Prüfen Sie anschließend die Version:

\`\`\`
npx l10n-lint --version
\`\`\`
`,
      },
      [
        {
          messageId: 'missingInline',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 1,
          canonicalLine: 3,
          message: 'Missing inline code: `npm install` of the canonical text (canonical line 3) is not in this block',
        },
      ],
    );
  });

  it('counts repeated inline code: each canonical occurrence needs its own', () => {
    expectFindings(
      code,
      {
        canonical: `# Flags\n\nPass \`--fix\`, then pass \`--fix\` again to apply nested fixes.\n`,
        locale: `# Optionen\n\nÜbergeben Sie \`--fix\` zweimal, um verschachtelte Korrekturen anzuwenden.\n`,
      },
      [{ messageId: 'missingInline', line: 3, column: 1, endLine: 3, endColumn: 1, canonicalLine: 3 }],
    );
  });

  it('checks inline code in list items and table cells', () => {
    expectFindings(
      code,
      {
        canonical: `# Scripts

- Run \`npm ci\` to install.
- Run \`npm test\` to test.

| Option | Default |
| --- | --- |
| \`--fix\` | \`false\` |
`,
        locale: `# Skripte

- Führen Sie \`npm ci\` aus, um zu installieren.
- Führen Sie npm test aus, um zu testen.

| Option | Standard |
| --- | --- |
| \`--fix\` | falsch |
`,
      },
      [
        {
          messageId: 'missingInline',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 3,
          canonicalLine: 4,
          message: 'Missing inline code: `npm test` of the canonical text (canonical line 4) is not in this block',
        },
        {
          messageId: 'missingInline',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 1,
          canonicalLine: 8,
          message: 'Missing inline code: `false` of the canonical text (canonical line 8) is not in this block',
        },
      ],
    );
  });

  it('reports changed inline code at the changed code, naming the canonical code', () => {
    expectFindings(
      code,
      {
        canonical: `# Setup\n\nSet \`timeout\` and \`retries\` in the\nconfig file, then run \`sync --all\`.\n`,
        locale: `# Einrichtung\n\nLegen Sie \`retries\` und \`timeout\` in der\nKonfigurationsdatei fest und führen Sie \`sync --alle\` aus.\n`,
      },
      [
        {
          messageId: 'changedInline',
          line: 4,
          column: 41,
          endLine: 4,
          endColumn: 54,
          canonicalLine: 4,
          message: 'Inline code `sync --alle` differs from `sync --all` in the canonical text (canonical line 4); code is not translated',
        },
      ],
    );
  });

  it('checks code inside an admonition', () => {
    expectFindings(
      code,
      {
        canonical: `# Update\n\n> [!NOTE]\n> Run \`npm ci\` first.\n>\n> \`\`\`bash\n> npm ci\n> \`\`\`\n`,
        locale: `# Aktualisieren\n\n> [!NOTE]\n> Führen Sie zuerst \`npm ci\` aus.\n>\n> \`\`\`bash\n> npm install\n> \`\`\`\n`,
      },
      [{ messageId: 'changedBlock', line: 6, column: 3, endLine: 8, endColumn: 6, canonicalLine: 6 }],
    );
  });

  it('does not compare inline code with { "inline": false }', () => {
    expectClean(code, {
      canonical,
      locale: `# Installation

Führen Sie npm install im Projektordner aus:

\`\`\`bash
npm install --save-dev l10n-lint
\`\`\`

Prüfen Sie anschließend die Version:

\`\`\`
npx l10n-lint --version
\`\`\`
`,
      options: { inline: false },
    });
  });

  it('ignores indented code blocks by default', () => {
    expectClean(code, {
      canonical: indentedCanonical,
      locale: `# Konfiguration\n\nFügen Sie diese Zeile der Konfigurationsdatei hinzu:\n\n    wurzel: dokumente\n\nDer Pfad ist relativ zur Konfigurationsdatei.\n`,
    });
  });

  it('compares indented code blocks with { "indented": true }', () => {
    expectClean(code, {
      canonical: indentedCanonical,
      locale: `# Konfiguration\n\nFügen Sie diese Zeile der Konfigurationsdatei hinzu:\n\n    root: docs\n\nDer Pfad ist relativ zur Konfigurationsdatei.\n`,
      options: { indented: true },
    });
    expectFindings(
      code,
      {
        canonical: indentedCanonical,
        locale: `# Konfiguration\n\nFügen Sie diese Zeile der Konfigurationsdatei hinzu:\n\n    wurzel: dokumente\n\nDer Pfad ist relativ zur Konfigurationsdatei.\n`,
        options: { indented: true },
      },
      [
        {
          messageId: 'changedBlock',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 22,
          canonicalLine: 5,
          message: 'Code block differs from its canonical code block (canonical line 5); code is not translated',
        },
      ],
    );
    expectFindings(
      code,
      {
        canonical: indentedCanonical,
        locale: `# Konfiguration\n\nFügen Sie diese Zeile der Konfigurationsdatei hinzu.\n\nDer Pfad ist relativ zur Konfigurationsdatei.\n`,
        options: { indented: true },
      },
      [{ messageId: 'missingBlock', line: 5, column: 1, endLine: 5, endColumn: 1, canonicalLine: 5 }],
    );
  });

  it('accepts a translation saved with CRLF line endings', () => {
    expectClean(code, { canonical, locale: translated.replaceAll('\n', '\r\n') });
  });

  it('counts front matter lines: positions are whole-file lines on both sides', () => {
    expectFindings(
      code,
      {
        canonical: `---\ntitle: CLI\n---\n# CLI\n\nRun:\n\n\`\`\`bash\nl10n-lint --fix\n\`\`\`\n\nDone.\n`,
        locale: `---\ntitle: CLI\nms.locale: de-de\n---\n# CLI\n\nAusführen:\n\nFertig.\n`,
      },
      [
        {
          messageId: 'missingBlock',
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 1,
          canonicalLine: 8,
          message: 'Missing code block: the canonical bash code block (canonical line 8) has no counterpart here',
        },
      ],
    );
  });
});
