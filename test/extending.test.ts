import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { makeTree } from './support/tree.js';

const PLUGIN = path.join(import.meta.dirname, '..', 'fixtures', 'plugins', 'no-todo.mjs');

const EN = `# Setup

## Step 1: Install

Run the installer.

## Step 2: Configure

Edit the settings.
`;

const DE = `# Einrichtung

## Schritt 1: Installieren

TODO: Installer-Text prüfen.

| Version | Datum |
| --- | --- |
| 2.0 | 2024 |
`;

const run = (args: string[], cwd: string) => runCli(cwd, args);

function tree(config: object, files: Record<string, string> = {}) {
  return makeTree({
    'l10n-lint.config.json': { source: 'en/{path}.md', locales: { de: 'de/{path}-de.md' }, ...config },
    'en/setup.md': EN,
    'de/setup-de.md': DE,
    ...files,
  });
}

describe('plugins', () => {
  it('loads a rule from a local module, validates its options, and runs it', async () => {
    const dir = tree({ plugins: [PLUGIN], rules: { headings: 'off', tables: 'off', 'example/no-todo': ['error', { words: ['TODO'] }] } });
    expect(await run([], dir)).toEqual({
      code: 1,
      stdout: ['', 'de/setup-de.md', '  5:1  error  Translator note "TODO" left in the translation  example/no-todo', '', '✖ 1 problem (1 error, 0 warnings)', ''].join('\n'),
      stderr: '',
    });
  });

  it('loads rules from an npm package installed beside the config', async () => {
    const rule = `export default { rules: { 'no-todo': { meta: { id: 'notes/no-todo', description: 'No TODO notes', defaultSeverity: 'warn', messages: { note: 'Translator note TODO left here' } },
      checkPage({ page, locale, report }) { if (locale) for (const b of page.blocks) if (b.text.includes('TODO')) report({ messageId: 'note', at: b.span }); } } } };\n`;
    const dir = tree(
      { plugins: ['l10n-lint-plugin-notes'], rules: { headings: 'off', tables: 'off' } },
      {
        'node_modules/l10n-lint-plugin-notes/package.json': JSON.stringify({ name: 'l10n-lint-plugin-notes', type: 'module', main: 'index.js' }),
        'node_modules/l10n-lint-plugin-notes/index.js': rule,
      },
    );
    expect(await run([], dir)).toEqual({
      code: 0,
      stdout: ['', 'de/setup-de.md', '  5:1  warning  Translator note TODO left here  notes/no-todo', '', '✖ 1 problem (0 errors, 1 warning)', ''].join('\n'),
      stderr: '',
    });
  });

  it('names the rule, the option and the config file when options are wrong', async () => {
    const dir = tree({ plugins: [PLUGIN], rules: { 'example/no-todo': ['error', { words: 'TODO' }] } });
    expect(await run([], dir)).toEqual({ code: 2, stdout: '', stderr: 'l10n-lint: l10n-lint.config.json: rule "example/no-todo": "words": must be array\n' });
  });

  it('fails with exit 2 for a plugin that is missing or not a rule, and for unknown rules', async () => {
    expect(await run([], tree({ plugins: ['./nope.mjs'] }))).toMatchObject({ code: 2, stderr: expect.stringContaining('plugin "./nope.mjs" not found') });
    expect(await run([], tree({ plugins: ['./bad.mjs'] }, { 'bad.mjs': 'export default { hello: 1 };\n' }))).toEqual({
      code: 2,
      stdout: '',
      stderr: 'l10n-lint: l10n-lint.config.json: plugin "./bad.mjs": exports something that is not a rule (no meta)\n',
    });
    expect(await run([], tree({ plugins: ['l10n-lint-plugin-absent'] }))).toEqual({
      code: 2,
      stdout: '',
      stderr: 'l10n-lint: l10n-lint.config.json: plugin "l10n-lint-plugin-absent" not found (install it with npm install l10n-lint-plugin-absent)\n',
    });
    expect(await run([], tree({ rules: { 'example/no-todo': 'error' } }))).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown rule "example/no-todo"') });
  });
});

describe('overrides', () => {
  it('change severities and options per folder and per locale, and --print-config shows the result', async () => {
    const dir = tree(
      {
        plugins: [PLUGIN],
        overrides: [
          { files: ['de/**'], rules: { headings: 'warn', tables: 'warn' } },
          { locales: ['de'], rules: { 'example/no-todo': ['error', { words: ['FIXME'] }] } },
        ],
      },
      {},
    );
    expect(await run([], dir)).toEqual({
      code: 0,
      stdout: [
        '',
        'de/setup-de.md',
        '  7:1  warning  Missing heading: level 2 "Step 2: Configure" of the canonical page (canonical line 7) has no counterpart here  headings',
        '  7:1  warning  Extra table: this table with header "Version | Datum" has no counterpart in the canonical page  tables',
        '',
        '✖ 2 problems (0 errors, 2 warnings)',
        '',
      ].join('\n'),
      stderr: '',
    });
    const printed = JSON.parse((await run(['--print-config', 'de/setup-de.md'], dir)).stdout) as {
      role: string;
      locale: string;
      overrides: number[];
      rules: Record<string, unknown>;
    };
    expect(printed).toMatchObject({ role: 'translation', locale: 'de', overrides: [0, 1] });
    expect(printed.rules.headings).toEqual(['warn', {}]);
    expect(printed.rules['example/no-todo']).toEqual(['error', { words: ['FIXME'] }]);
    expect(printed.rules.code).toEqual(['error', { indented: false, inline: true }]);
    const canonical = JSON.parse((await run(['--print-config', 'en/setup.md'], dir)).stdout) as { role: string; overrides: number[]; rules: Record<string, unknown> };
    expect(canonical).toMatchObject({ role: 'canonical page', overrides: [] });
    expect(canonical.rules.headings).toEqual(['error', {}]);
    expect(canonical.rules['example/no-todo']).toEqual(['warn', { words: ['TODO', 'FIXME'] }]);
  });

  it('reject an override that names an unknown rule, naming the override', async () => {
    const dir = tree({ overrides: [{ files: ['de/**'], rules: { heading: 'off' } }] });
    expect(await run([], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('l10n-lint.config.json (overrides[0]): unknown rule "heading"') });
  });
});

describe('suppression comments', () => {
  it('silence a rule on the next line, in a range, in a whole file, and from the canonical page', async () => {
    const en = EN.replace('## Step 2', '<!-- l10n-lint-disable-next-line headings -- removed in translations on purpose -->\n## Step 2');
    const de = DE.replace('| Version', '<!-- l10n-lint-disable-next-line tables -->\n| Version');
    const dir = tree({}, { 'en/setup.md': en, 'de/setup-de.md': de });
    expect(await run([], dir)).toEqual({ code: 0, stdout: '', stderr: '' });

    const ranged = tree({}, { 'de/setup-de.md': `<!-- l10n-lint-disable headings, tables -->\n${DE}<!-- l10n-lint-enable headings, tables -->\n` });
    expect(await run([], ranged)).toEqual({ code: 0, stdout: '', stderr: '' });

    const whole = tree({}, { 'de/setup-de.md': `${DE}\n<!-- l10n-lint-disable-file -->\n` });
    expect(await run([], whole)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('report directives that suppress nothing when asked', async () => {
    const de = DE.replace('## Schritt', '<!-- l10n-lint-disable-next-line code -->\n## Schritt').replace('| Version', '<!-- l10n-lint-disable-next-line -->\n| Version');
    const dir = tree({ rules: { headings: 'off', tables: 'off' } }, { 'de/setup-de.md': de });
    expect(await run(['--report-unused-disable-directives'], dir)).toEqual({
      code: 0,
      stdout: [
        '',
        'de/setup-de.md',
        '  3:1  warning  Unused l10n-lint-disable-next-line directive: no problem for code was reported here; remove it  unused-disable-directive',
        '  8:1  warning  Unused l10n-lint-disable-next-line directive: no problem was reported here; remove it  unused-disable-directive',
        '',
        '✖ 2 problems (0 errors, 2 warnings)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });
});

describe('baseline', () => {
  it('is written with --update-baseline, then only new findings are reported, whatever lines moved', async () => {
    const dir = tree({});
    expect(await run(['--update-baseline', '--baseline', 'baseline.json'], dir)).toEqual({ code: 0, stdout: '', stderr: 'l10n-lint: wrote 2 findings to baseline.json\n' });
    const baseline = JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')) as { version: number; files: Record<string, object> };
    expect(baseline.version).toBe(1);
    expect(Object.keys(baseline.files)).toEqual(['de/setup-de.md']);
    expect(Object.keys(baseline.files['de/setup-de.md'] ?? {})).toHaveLength(2);
    expect(await run(['--baseline', 'baseline.json'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });

    // Unrelated lines added above both the known findings and a new one.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'en/setup.md'), `Intro.\n\n${EN}\n## Step 3: Deploy\n\nShip it.\n`);
    writeFileSync(path.join(dir, 'de/setup-de.md'), `Einleitung.\n\n${DE}`);
    expect(await run(['--baseline', 'baseline.json'], dir)).toEqual({
      code: 1,
      stdout: [
        '',
        'de/setup-de.md',
        '  9:1  error  Missing heading: level 2 "Step 3: Deploy" of the canonical page (canonical line 13) has no counterpart here  headings',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('that is not a baseline is a usage error', async () => {
    const dir = tree({}, { 'b.json': '{"x": 1}' });
    expect(await run(['--baseline', 'b.json'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'l10n-lint: b.json: not an l10n-lint baseline (expected {"version": 1, "files": {…}}); write one with --update-baseline\n',
    });
  });
});
