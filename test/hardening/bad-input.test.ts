import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { makeTree } from '../support/tree.js';

/**
 * Bad input, end to end: each case is a small tree holding strange files beside a
 * good pair whose finding must still be reported, with the exact output and exit code.
 */
const CONFIG = { source: 'en/{path}.md', locales: { de: 'de/{path}.md' } };
const GOOD = { 'l10n-lint.config.json': CONFIG, 'en/guide.md': '# Guide\n\n## Install\n\nText.\n', 'de/guide.md': '# Anleitung\n\nText.\n' };
const GOOD_FINDING = ['de/guide.md', '  3:1  error  Missing heading: level 2 "Install" of the canonical page (canonical line 3) has no counterpart here  headings'];
const MISSING_INSTALL = (line: number) => `  ${line}:1  error  Missing heading: level 2 "Install" of the canonical page (canonical line 3) has no counterpart here  headings`;

/** The stylish report of some files, each given as its name then its finding lines. */
function report(...files: string[][]): string {
  const lines = files.flatMap((file) => file.slice(1));
  const warnings = lines.filter((line) => / warning /.test(line)).length;
  const errors = lines.length - warnings;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [...files.flatMap((file) => ['', ...file]), '', `✖ ${plural(lines.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`, ''].join('\n');
}

function tree(files: Record<string, string | object>, binary: Record<string, Uint8Array> = {}): string {
  const dir = makeTree({ ...GOOD, ...files });
  for (const [file, bytes] of Object.entries(binary)) writeFileSync(path.join(dir, file), bytes);
  return dir;
}

const unreadable = (file: string, message: string) => [file, `  1:1  error  ${message}  unreadable-file`];

describe('bad input: pages', () => {
  it('front matter that does not parse', async () => {
    const dir = tree({ 'en/fm.md': '---\ntitle: Setup\n---\n# Setup\n', 'de/fm.md': '---\ntitle: [Einrichtung\n---\n# Einrichtung\n' });
    const message =
      'Front matter is not valid YAML (unexpected end of the stream within a flow collection), so none of the page\'s metadata can be read; check this line and the one above it: a value that contains ": " or " #", or starts with a quote or one of @ ` [ { * & ! % |, must be put in double quotes';
    expect(await runCli(dir)).toEqual({ code: 1, stderr: '', stdout: report(['de/fm.md', `  3:1  error  ${message}  front-matter-syntax`], GOOD_FINDING) });
  });

  it('front matter that is never closed', async () => {
    const dir = tree({ 'en/fm.md': '---\ntitle: Setup\n---\n# Setup\n', 'de/fm.md': '---\ntitle: Einrichtung\n\n# Einrichtung\n' });
    const message = 'Front matter is never closed: the "---" on this line opens it, but no "---" line ends it, so the page has no metadata; add a "---" line after the last key';
    expect(await runCli(dir)).toEqual({ code: 1, stderr: '', stdout: report(['de/fm.md', `  1:1  error  ${message}  front-matter-syntax`], GOOD_FINDING) });
  });

  it('an empty file', async () => {
    const dir = tree({ 'en/empty.md': '# Setup\n\nText.\n', 'de/empty.md': '' });
    const missing = '  1:1  error  Missing heading: level 1 "Setup" of the canonical page (canonical line 1) has no counterpart here  headings';
    expect(await runCli(dir)).toEqual({ code: 1, stderr: '', stdout: report(['de/empty.md', missing], GOOD_FINDING) });
  });

  it('a binary file and a file that is not UTF-8', async () => {
    const dir = tree({ 'en/logo.md': '# Logo\n', 'en/cafe.md': '# Café\n' }, {
      'de/logo.md': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'de/cafe.md': Buffer.from('# Caf\xe9\n', 'latin1'),
    });
    expect(await runCli(dir)).toEqual({
      code: 1,
      stderr: '',
      stdout: report(
        unreadable('de/cafe.md', 'the file is not valid UTF-8 text; save it as UTF-8'),
        GOOD_FINDING,
        unreadable('de/logo.md', 'this is a binary file, not Markdown text'),
      ),
    });
  });

  it('UTF-16 with a byte order mark is read as text, little- and big-endian', async () => {
    const text = '\ufeff# Titel\r\n\r\nText.\r\n';
    const dir = tree(
      { 'en/le.md': '# Title\n\n## Install\n\nText.\n', 'en/be.md': '# Title\n\n## Install\n\nText.\n' },
      { 'de/le.md': Buffer.from(text, 'utf16le'), 'de/be.md': Buffer.from(text, 'utf16le').swap16() },
    );
    expect(await runCli(dir)).toEqual({ code: 1, stderr: '', stdout: report(['de/be.md', MISSING_INSTALL(3)], GOOD_FINDING, ['de/le.md', MISSING_INSTALL(3)]) });
  });

  it('UTF-16 that is cut short is reported, not misread', async () => {
    const dir = tree({ 'en/odd.md': '# Title\n' }, { 'de/odd.md': Buffer.concat([Buffer.from('\ufeff# T', 'utf16le'), Buffer.from([0x41])]) });
    expect(await runCli(dir)).toEqual({
      code: 1,
      stderr: '',
      stdout: report(GOOD_FINDING, unreadable('de/odd.md', 'the file starts as UTF-16 (little-endian) text but has an odd number of bytes; save it as UTF-8')),
    });
  });

  it('CRLF and mixed line endings keep exact positions', async () => {
    const dir = tree({
      'en/crlf.md': '# Title\n\n## Install\n\nText.\n',
      'de/crlf.md': '# Titel\r\n\r\n##  Installieren\r\n\r\nText.\r\n',
      'en/mixed.md': '# Title\n\n## Install\n\nText.\n',
      'de/mixed.md': '# Titel\r\n\n##   Installieren\n\r\nText.',
    });
    const spaces = (count: number, extra: string) =>
      `  3:4  error  Heading "Installieren" has ${count} spaces after its # marker instead of one, as translation tools often leave them (Markdown linters report this too). Delete the ${extra}  heading-spaces`;
    expect(await runCli(dir)).toEqual({
      code: 1,
      stderr: '',
      stdout: report(['de/crlf.md', spaces(2, 'extra space')], GOOD_FINDING, ['de/mixed.md', spaces(3, '2 extra spaces')]),
    });
  });

  it('a page larger than maxFileSize (default 10 MiB) gets one finding; the limit is configurable', async () => {
    const dir = tree({ 'en/big.md': '# Big\n\nText.\n' }, { 'de/big.md': Buffer.alloc(50 * 1024 * 1024, 'Text.\n') });
    expect(await runCli(dir)).toEqual({
      code: 1,
      stderr: '',
      stdout: report(
        unreadable('de/big.md', 'the file is 50.0 MiB, more than the 10.0 MiB that maxFileSize allows; it is not read (raise maxFileSize in the config to lint it)'),
        GOOD_FINDING,
      ),
    });
    // en/guide.md has 27 bytes, de/guide.md 19.
    const small = tree({ 'l10n-lint.config.json': { ...CONFIG, maxFileSize: 20 } });
    expect(await runCli(small)).toEqual({
      code: 1,
      stderr: '',
      stdout: report(unreadable('en/guide.md', 'the file is 27 bytes, more than the 20 bytes that maxFileSize allows; it is not read (raise maxFileSize in the config to lint it)')),
    });
  });

  it('10,000 nested block quotes or list levels: one finding, no crash', async () => {
    const dir = tree({
      'en/quotes.md': '# Quotes\n\n' + '>'.repeat(10_000) + ' deep\n',
      'de/quotes.md': '# Zitate\n\n' + '>'.repeat(10_000) + ' tief\n',
      'en/lists.md': '# Lists\n\n' + '- '.repeat(10_000) + 'deep\n',
      'de/lists.md': '# Listen\n\n' + Array.from({ length: 200 }, (_, i) => '  '.repeat(i) + '- tief').join('\n') + '\n',
    });
    const tooDeep = (line: number, depth: number) => `line ${line} nests quotes or list items ${depth} levels deep, more than the 100 that can be checked; the page is not parsed`;
    expect(await runCli(dir)).toEqual({
      code: 1,
      stderr: '',
      stdout: report(
        GOOD_FINDING,
        unreadable('de/lists.md', tooDeep(202, 200)),
        unreadable('de/quotes.md', tooDeep(3, 10_000)),
        unreadable('en/lists.md', tooDeep(3, 10_000)),
        unreadable('en/quotes.md', tooDeep(3, 10_000)),
      ),
    });
  });

  it('a symbolic link loop among the folders ends, and a looping link given as a path is named', async () => {
    const dir = tree({});
    symlinkSync('..', path.join(dir, 'de/up'));
    symlinkSync('self.md', path.join(dir, 'de/self.md'));
    // Through de/up the whole root is seen once more; the walk stops there.
    const orphan = (file: string) => [`de/up/${file}`, `  1:1  error  This German (de) page has no canonical page: en/up/${file} does not exist (renamed or deleted?)  orphaned-page`];
    expect(await runCli(dir)).toEqual({ code: 1, stderr: '', stdout: report(GOOD_FINDING, orphan('de/guide.md'), orphan('en/guide.md')) });
    expect(await runCli(dir, ['de/self.md'])).toEqual({ code: 2, stdout: '', stderr: 'l10n-lint: de/self.md: a symbolic link that leads back to itself\n' });
  });

  it('an unreadable file (chmod 000)', async (context) => {
    const dir = tree({ 'en/secret.md': '# Secret\n', 'de/secret.md': '# Geheim\n' });
    chmodSync(path.join(dir, 'de/secret.md'), 0);
    const expected = { code: 1, stderr: '', stdout: report(GOOD_FINDING, unreadable('de/secret.md', 'cannot read the file: permission denied (EACCES)')) };
    if (process.getuid?.() !== 0) {
      expect(await runCli(dir)).toEqual(expected);
      return;
    }
    // Root reads any file: the built command runs as the user nobody instead, where the
    // checkout lets nobody read it (otherwise this case cannot be shown here, and says so).
    chmodSync(dir, 0o755);
    const cli = path.resolve('dist/src/cli.js');
    const asNobody = (args: string[]) => spawnSync(process.execPath, args, { cwd: dir, uid: 65534, gid: 65534, encoding: 'utf8' });
    if (asNobody(['-e', 'require("fs").accessSync(process.argv[1])', cli]).status !== 0) {
      // In CI the case must run: a skip there would hide it.
      if (process.env.CI === 'true') throw new Error('the checkout is not readable by the user nobody, so this case cannot run');
      context.skip('the checkout is not readable by the user nobody');
    }
    const child = asNobody([cli, '--no-color']);
    expect({ code: child.status, stderr: child.stderr, stdout: child.stdout }).toEqual(expected);
  });

  it('a named pipe or a folder where a linked page should be is never read (reading a pipe would wait forever)', async () => {
    const dir = tree({
      'en/links.md': '# Links\n\nSee [pipe](pipe.md#part) and [folder](folder.md#part).\n',
      'de/links.md': '# Links\n\nSiehe [Pipe](pipe.md#part) und [Ordner](folder.md#part).\n',
      'de/folder.md/index.md': '# Index\n',
    });
    execFileSync('mkfifo', [path.join(dir, 'de/pipe.md')]);
    const orphan = ['de/folder.md/index.md', '  1:1  error  This German (de) page has no canonical page: en/folder.md/index.md does not exist (renamed or deleted?)  orphaned-page'];
    expect(await runCli(dir)).toEqual({ code: 1, stderr: '', stdout: report(orphan, GOOD_FINDING) });
  });
});

describe('bad input: a 100,000-row table', () => {
  it('is parsed and aligned without hanging (rows beyond 2,000 by 2,000 are paired in order)', { timeout: 600_000 }, async () => {
    const rows = (word: string, count: number) => Array.from({ length: count }, (_, i) => `| ${i} | ${word} |`).join('\n');
    const dir = tree({
      'en/table.md': `# Table\n\n| Id | Name |\n|---|---|\n${rows('name', 100_000)}\n`,
      'de/table.md': `# Tabelle\n\n| Id | Name |\n|---|---|\n${rows('Name', 99_990)}\n`,
    });
    const count =
      '  3:1  error  The table has 99990 body rows; its canonical table has 100000 body rows (canonical line 3). Tables this long are paired row by row in order, so which rows differ is not shown  table-rows';
    expect(await runCli(dir)).toEqual({ code: 1, stderr: '', stdout: report(GOOD_FINDING, ['de/table.md', count]) });
  });
});

describe('bad input: configuration', () => {

  it('config errors of every kind: exit 2, the file and the problem named, nothing linted', async () => {
    const invalid = (...problems: string[]) => `l10n-lint: l10n-lint.config.json: invalid configuration:\n${problems.map((p) => `  - ${p}\n`).join('')}`;
    const known = 'missing-translation, orphaned-page, stray-file, front-matter-syntax, front-matter-keys, front-matter-values, untranslated-front-matter, front-matter-schema, headings, tables, table-rows, changelog, lists, admonitions, code, numbers, untranslated, invisible-characters, heading-spaces, links, localized-links, link-parity, dead-links, outdated';
    const cases: Array<[Record<string, string | object>, (dir: string) => string]> = [
      [{ 'l10n-lint.config.json': '{ "source": "en/{path}.md", }' }, () => 'l10n-lint: l10n-lint.config.json: the config file does not parse: Expected double-quoted property name in JSON at position 28\n'],
      [
        { 'l10n-lint.config.yaml': 'source: en/{path}.md\nlocales: [de\n' },
        () => 'l10n-lint: l10n-lint.config.yaml: the config file does not parse: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1\n',
      ],
      [{ 'l10n-lint.config.json': { ...CONFIG, sorce: 'x' } }, () => invalid('the top level: unknown key "sorce"')],
      [{ 'l10n-lint.config.json': { ...CONFIG, maxFileSize: '10 MB' } }, () => invalid('"maxFileSize": must be integer')],
      [{ 'l10n-lint.config.json': { ...CONFIG, rules: { 'table-row': 'error' } } }, () => `l10n-lint: l10n-lint.config.json: unknown rule "table-row" (known rules: ${known})\n`],
      [{ 'l10n-lint.config.json': { ...CONFIG, rules: { code: ['error', { indented: 'yes' }] } } }, () => 'l10n-lint: l10n-lint.config.json: rule "code": "indented": must be boolean\n'],
      [{ 'l10n-lint.config.json': { ...CONFIG, locales: { de: 'de/page.md' } } }, () => invalid('"locales.de": must contain {path}')],
      [{ 'l10n-lint.config.json': { ...CONFIG, plugins: ['./missing.mjs'] } }, (dir) => `l10n-lint: l10n-lint.config.json: plugin "./missing.mjs" not found (no file ${path.join(dir, 'missing.mjs')})\n`],
      [
        { 'l10n-lint.config.json': { ...CONFIG, plugins: ['l10n-lint-plugin-nothing'] } },
        () => 'l10n-lint: l10n-lint.config.json: plugin "l10n-lint-plugin-nothing" not found (install it with npm install l10n-lint-plugin-nothing)\n',
      ],
      [
        { 'l10n-lint.config.json': { ...CONFIG, rules: { links: ['error', { ignore: ['('] }] } } },
        () => 'l10n-lint: rule "links": ignore: "(" is not a valid regular expression (Invalid regular expression: /(/: Unterminated group)\n',
      ],
    ];
    for (const [files, stderr] of cases) {
      const dir = makeTree({ ...GOOD, ...files });
      if (!('l10n-lint.config.json' in files)) rmSync(path.join(dir, 'l10n-lint.config.json'));
      expect(await runCli(dir)).toEqual({ code: 2, stdout: '', stderr: stderr(dir) });
    }
  });
  it('a canonical folder or root that does not exist is a configuration error', async () => {
    const noDocs = tree({ 'l10n-lint.config.json': { ...CONFIG, source: 'docs/{path}.md' } });
    expect(await runCli(noDocs)).toEqual({
      code: 2,
      stdout: '',
      stderr: `l10n-lint: l10n-lint.config.json: source: the folder docs/ of the canonical pages ("docs/{path}.md") does not exist under ${noDocs}\n`,
    });
    const noSite = tree({ 'l10n-lint.config.json': { ...CONFIG, root: 'site' } });
    expect(await runCli(noSite)).toEqual({ code: 2, stdout: '', stderr: `l10n-lint: l10n-lint.config.json: root: the folder ${path.join(noSite, 'site')} does not exist\n` });
  });

  it('a locale pattern that matches nothing is a warning, with the findings it causes', async () => {
    const dir = tree({ 'l10n-lint.config.json': { ...CONFIG, locales: { de: 'de/{path}.md', fr: 'fr/{path}-fr.md' } } });
    expect(await runCli(dir)).toEqual({
      code: 1,
      stdout: report(GOOD_FINDING, ['en/guide.md', '  1:1  error  No French (fr) translation of this page: expected fr/guide-fr.md  missing-translation']),
      stderr: 'l10n-lint: warning: no file matches the pattern of locale "fr" ("fr/{path}-fr.md"): every page is missing its translation\n',
    });
    // Asked for other locales only, or for some pages only, it says nothing.
    expect((await runCli(dir, ['--locale', 'de'])).stderr).toBe('');
    expect((await runCli(dir, ['de/guide.md'])).stderr).toBe('');
  });
});
