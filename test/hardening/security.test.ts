import dns from 'node:dns';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/cli.js';
import { HAS_CORPUS } from '../support/corpus.js';
import { makeTree } from '../support/tree.js';

/** Every path l10n-lint opens to read, whatever the fs function. */
const reads = vi.hoisted(() => [] as string[]);

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const record = <F extends (...args: never[]) => unknown>(fn: F) =>
    ((...args: Parameters<F>) => {
      reads.push(String(args[0]));
      return fn(...args);
    }) as F;
  const mocked = { ...fs, readFileSync: record(fs.readFileSync), openSync: record(fs.openSync), createReadStream: record(fs.createReadStream) };
  return { ...mocked, default: mocked };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const mocked = {
    ...fs,
    readFile: (...args: Parameters<typeof fs.readFile>) => (reads.push(String(args[0])), fs.readFile(...args)),
    open: (...args: Parameters<typeof fs.open>) => (reads.push(String(args[0])), fs.open(...args)),
  };
  return { ...mocked, default: mocked };
});

const CONFIG = { source: 'en/{path}.md', locales: { de: 'de/{path}.md' } };

/** A repository folder inside a folder that also holds a secret page, outside the repository. */
function repoBesideSecret(files: Record<string, string | object>): { repo: string; outside: string } {
  const outside = mkdtempSync(path.join(tmpdir(), 'l10n-lint-outside-'));
  cleanups.push(outside);
  writeFileSync(path.join(outside, 'secret.md'), '# Secret\n\n## Key\n');
  const repo = path.join(outside, 'repo');
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return { repo, outside };
}
const cleanups: string[] = [];
afterEach(() => {
  for (const dir of cleanups.splice(0)) rmSync(dir, { recursive: true, force: true });
  reads.length = 0;
  vi.restoreAllMocks();
});

/** The reads of files in `outside` but not in its `repo` folder. */
function readsOutside(outside: string): string[] {
  return reads.filter((file) => file.startsWith(outside + path.sep) && !file.startsWith(path.join(outside, 'repo') + path.sep));
}

describe('nothing outside the repository is read', () => {
  it('a link climbing out of the root is a finding, never a read (its headings are not looked at)', async () => {
    const { repo, outside } = repoBesideSecret({
      'l10n-lint.config.json': { ...CONFIG, rules: { 'link-parity': 'off' } },
      'en/guide.md': '# Guide\n\nSee the guide.\n',
      'de/guide.md': '# Anleitung\n\nSiehe [Geheimnis](../../secret.md#key), [anderes](../../secret.md#nothing) und [passwd](../../../../../../etc/passwd).\n',
    });
    const result = await runCli(repo);
    expect(readsOutside(outside)).toEqual([]);
    expect(reads.some((file) => file.includes('passwd'))).toBe(false);
    // Had secret.md been read, #key would pass and #nothing be reported as a missing anchor.
    const outsideLink = (column: number, url: string) => `  ${`3:${column}`.padEnd(4)}  error  Link target ${url} is outside the repository  links`;
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        '',
        'de/guide.md',
        outsideLink(7, '../../secret.md#key'),
        outsideLink(41, '../../secret.md#nothing'),
        outsideLink(80, '../../../../../../etc/passwd'),
        '',
        '✖ 3 problems (3 errors, 0 warnings)',
        '',
      ].join('\n'),
    });
  });

  it('a symbolic link inside the root that leads outside it is not followed for reading', async () => {
    const { repo, outside } = repoBesideSecret({
      'l10n-lint.config.json': CONFIG,
      'en/guide.md': '# Guide\n\nSee [shared](shared.md#key).\n',
      'de/guide.md': '# Anleitung\n\nSiehe [geteilt](shared.md#key).\n',
      'en/secret.md': '# Secret\n',
    });
    symlinkSync(path.join(outside, 'secret.md'), path.join(repo, 'de/secret.md'));
    symlinkSync('../../secret.md', path.join(repo, 'de/shared.md'));
    symlinkSync('../../secret.md', path.join(repo, 'en/shared.md'));
    const result = await runCli(repo);
    expect(readsOutside(outside)).toEqual([]);
    const message = `the file is a symbolic link to ${path.join(outside, 'secret.md')}, outside the folder being linted; it is not read`;
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: ['', 'de/secret.md', `  1:1  error  ${message}  unreadable-file`, '', 'de/shared.md', `  1:1  error  ${message}  unreadable-file`, '', 'en/shared.md', `  1:1  error  ${message}  unreadable-file`, '', '✖ 3 problems (3 errors, 0 warnings)', ''].join('\n'),
    });
  });
});

describe('a folder that is a symbolic link', () => {
  it('is not read through when it leads outside the root', async () => {
    const { repo, outside } = repoBesideSecret({
      'l10n-lint.config.json': CONFIG,
      'en/guide.md': '# Guide\n',
      'de/guide.md': '# Anleitung\n',
      'en/more/secret.md': '# Secret\n',
    });
    mkdirSync(path.join(outside, 'more'));
    writeFileSync(path.join(outside, 'more', 'secret.md'), '# Geheim\n');
    symlinkSync(path.join(outside, 'more'), path.join(repo, 'de/more'));
    const result = await runCli(repo);
    expect(readsOutside(outside)).toEqual([]);
    const message = `the file is in a folder that is a symbolic link: it is ${path.join(outside, 'more', 'secret.md')}, outside the folder being linted; it is not read`;
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: ['', 'de/more/secret.md', `  1:1  error  ${message}  unreadable-file`, '', '✖ 1 problem (1 error, 0 warnings)', ''].join('\n'),
    });
  });

  it('is read through when it leads to a folder inside the root', async () => {
    const { repo } = repoBesideSecret({
      'l10n-lint.config.json': CONFIG,
      'en/guide.md': '# Guide\n\nSee 42 items.\n',
      'shared/de/guide.md': '# Anleitung\n\nSiehe Punkte.\n',
    });
    rmSync(path.join(repo, 'de'), { recursive: true, force: true });
    symlinkSync(path.join(repo, 'shared', 'de'), path.join(repo, 'de'));
    expect(await runCli(repo)).toEqual({
      code: 1,
      stderr: '',
      stdout: ['', 'de/guide.md', '  3:1  error  Missing number: 42 of the canonical paragraph (canonical line 3) is not in this paragraph  numbers', '', '✖ 1 problem (1 error, 0 warnings)', ''].join('\n'),
    });
  });
});

describe('no network unless --online', () => {
  /** Makes every way out to the network throw, and records each attempt. */
  function guardNetwork(): string[] {
    const attempts: string[] = [];
    const refuse = (name: string) => () => {
      attempts.push(name);
      throw new Error(`network use: ${name}`);
    };
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => refuse(`fetch ${String(input)}`)());
    for (const [name, module, method] of [
      ['http.request', http, 'request'],
      ['http.get', http, 'get'],
      ['https.request', https, 'request'],
      ['https.get', https, 'get'],
      ['net.connect', net, 'connect'],
      ['net.createConnection', net, 'createConnection'],
      ['tls.connect', tls, 'connect'],
      ['dns.lookup', dns, 'lookup'],
      ['dns.resolve', dns, 'resolve'],
      ['dns.promises.lookup', dns.promises, 'lookup'],
    ] as const) {
      vi.spyOn(module as unknown as Record<string, () => unknown>, method).mockImplementation(refuse(name));
    }
    return attempts;
  }

  it.skipIf(!HAS_CORPUS)('lints the whole corpus without touching the network', { timeout: 300_000 }, async () => {
    const attempts = guardNetwork();
    const configFile = path.join(import.meta.dirname, '..', '..', 'fixtures', 'layouts', 'fasttrack-playbook', 'l10n-lint.config.json');
    const result = await runCli(process.cwd(), ['--config', configFile, '-f', 'json']);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(313);
    expect(attempts).toEqual([]);
  });

  it('with --online it does ask (so the guard above would catch a request)', async () => {
    const attempts = guardNetwork();
    const page = (title: string) => `# ${title}\n\nSee [site](https://example.com/docs).\n`;
    const dir = makeTree({ 'l10n-lint.config.json': CONFIG, 'en/guide.md': page('Guide'), 'de/guide.md': page('Anleitung') });
    await runCli(dir, ['--online']);
    expect(attempts).toContain('fetch https://example.com/docs');
  });
});

describe('nothing a page holds is executed', () => {
  it('front matter marked as JavaScript is not evaluated (gray-matter would eval it)', async () => {
    const marker = path.join(tmpdir(), `l10n-lint-eval-${process.pid}`);
    const code = `{ title: (process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'), 'x') }`;
    const dir = makeTree({
      'l10n-lint.config.json': CONFIG,
      'en/a.md': `---js\n${code}\n---\n# A\n`,
      'de/a.md': `--- javascript\n${code}\n---\n# B\n`,
    });
    await runCli(dir);
    expect(existsSync(marker)).toBe(false);
  });

  it('plugins come only from the config file used, never from a page or a config in a folder above', async () => {
    const marker = path.join(tmpdir(), `l10n-lint-plugin-${process.pid}`);
    const evil = `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'loaded');\nexport default [];\n`;
    const dir = makeTree({
      'l10n-lint.config.json': { ...CONFIG, plugins: ['./evil.mjs'] },
      'evil.mjs': evil,
      'site/l10n-lint.config.json': CONFIG,
      'site/en/a.md': '---\nplugins: [../../evil.mjs]\n---\n# A\n\n<!-- l10n-lint plugins: ../evil.mjs -->\n',
      'site/de/a.md': '---\nplugins: [../../evil.mjs]\n---\n# B\n',
    });
    const result = await runCli(path.join(dir, 'site'));
    expect(result.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
    // The control: the config that names it does load it.
    await runCli(dir, ['--config', 'l10n-lint.config.json']);
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);
  });
});

describe('regular expressions from the config', () => {
  it('an ignore pattern whose matching time can explode is refused before any page is matched', async () => {
    const page = '# A\n\nSee [x](https://example.com/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!).\n';
    const dir = makeTree({
      'l10n-lint.config.json': { ...CONFIG, rules: { links: ['error', { ignore: ['^(a+)+$'] }] } },
      'en/a.md': page,
      'de/a.md': page,
    });
    expect(await runCli(dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'l10n-lint: rule "links": ignore: "^(a+)+$" may take exponential time on some texts (a repetition inside a repetition, such as (a+)+); write it without nested repetition\n',
    });
    const numbers = makeTree({ 'l10n-lint.config.json': { ...CONFIG, rules: { numbers: ['error', { ignore: ['(\\d+)*x'] }] } }, 'en/a.md': '# A 1\n', 'de/a.md': '# B 1\n' });
    expect((await runCli(numbers)).stderr).toBe(
      'l10n-lint: rule "numbers": option "ignore": "(\\\\d+)*x" may take exponential time on some texts (a repetition inside a repetition, such as (a+)+); write it without nested repetition\n',
    );
    const fine = makeTree({ 'l10n-lint.config.json': { ...CONFIG, rules: { links: ['error', { ignore: ['^https://example\\.com/'] }] } }, 'en/a.md': page, 'de/a.md': page });
    expect((await runCli(fine)).code).toBe(0);
  });
});

describe('hostile content in reports', () => {
  it('stylish shows terminal escape sequences and line breaks from pages and file names as visible escapes; json keeps them escaped', async () => {
    const dir = makeTree({
      'l10n-lint.config.json': { ...CONFIG, rules: { untranslated: 'off' } },
      'en/a.md': '# A\n\n## Install \u001b[2J\u001b]0;owned\u0007\n',
      'de/a.md': '# B\n',
      'de/\u001b[31mred.md': '# Rot\n',
    });
    const { stdout } = await runCli(dir);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('level 2 "Install \\u001b[2J\\u001b]0;owned\\u0007" of the canonical page');
    expect(stdout).toContain('\nde/\\u001b[31mred.md\n');
    const json = JSON.parse((await runCli(dir, ['-f', 'json'])).stdout) as Array<{ filePath: string; messages: Array<{ message: string }> }>;
    expect(json.map((file) => path.relative(dir, file.filePath))).toContain('de/\u001b[31mred.md');
    expect(json.flatMap((file) => file.messages.map((m) => m.message)).join('\n')).toContain('Install \u001b[2J\u001b]0;owned\u0007');
  });
});
