import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { HAS_CORPUS } from './support/corpus.js';
import { makeTree } from './support/tree.js';

const CONFIG = {
  source: 'en/{path}.md',
  locales: { de: ['de/{path}-de.md', 'de/{path}.md'], es: 'es/{path}-es.md' },
};

// Dates in the second column: a table of changes, not a revision table (that is the changelog rule's).
const EN = `---
title: Setup
---

# Setup

## Install

| Change | Date |
| --- | --- |
| Added SharePoint | 2020-05-12 |
| First version | 2020-03-25 |
`;

const DE = `---
title: Einrichtung
---

# Einrichtung

## Installieren

| Änderung | Datum |
| --- | --- |
| Erste Version | 2020-03-25 |
`;

const ES = `---
title: Configuración
---

# Configuración

## Instalar

| Cambio | Fecha |
| --- | --- |
| Se añadió SharePoint | 2020-05-12 |
| Primera versión | 2020-03-25 |
`;

async function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

function tree(extra: Record<string, string | object> = {}) {
  return makeTree({ 'l10n-lint.config.json': CONFIG, 'en/setup.md': EN, 'de/setup-de.md': DE, 'es/setup-es.md': ES, ...extra });
}

describe('l10n-lint command line', () => {
  it('prints the stylish report and exits 1 when there are errors', async () => {
    const dir = tree();
    const { code, stdout, stderr } = await run([], dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        '',
        'de/setup-de.md',
        '  11:1  error  Missing table row: canonical row 1 "Added SharePoint | 2020-05-12" (canonical line 11) has no counterpart here  table-rows',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 and prints nothing for a clean tree', async () => {
    const dir = tree({ 'de/setup-de.md': ES.replace('Configuración', 'Einrichtung') });
    expect(await run([], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('writes ESLint-shaped JSON, one entry per linted file', async () => {
    const dir = tree();
    const { code, stdout } = await run(['--format', 'json'], dir);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as Array<{ filePath: string; messages: unknown[]; errorCount: number; warningCount: number }>;
    expect(results.map((r) => path.relative(dir, r.filePath))).toEqual(['de/setup-de.md', 'en/setup.md', 'es/setup-es.md']);
    expect(results[0]).toMatchObject({
      errorCount: 1,
      warningCount: 0,
      messages: [
        {
          ruleId: 'table-rows',
          severity: 2,
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 1,
          related: { filePath: path.join(dir, 'en/setup.md'), line: 11, column: 1, endLine: 11, endColumn: 34 },
        },
      ],
    });
  });

  it('lints only the given page and its counterparts', async () => {
    const dir = tree({ 'en/other.md': '# Other\n', 'de/other-de.md': '# Anders\n\n## Extra\n' });
    const { stdout } = await run(['--format', 'json', 'de/other-de.md'], dir);
    const files = (JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => path.relative(dir, r.filePath));
    expect(files).toEqual(['de/other-de.md', 'en/other.md']);
  });

  it('brings in every translation of a given canonical page, and reports the missing ones', async () => {
    const dir = tree({ 'en/other.md': '# Other\n', 'de/other-de.md': '# Anders\n' });
    const { stdout } = await run(['--format', 'json', 'en/other.md'], dir);
    const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ message: string }> }>;
    expect(results.map((r) => path.relative(dir, r.filePath))).toEqual(['de/other-de.md', 'en/other.md']);
    expect(results[1]?.messages.map((m) => m.message)).toEqual(['No Spanish (es) translation of this page: expected es/other-es.md']);
  });

  it('restricts the run to --locale', async () => {
    const dir = tree();
    const { code, stdout } = await run(['--locale', 'es', '-f', 'json'], dir);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => path.relative(dir, r.filePath))).toEqual(['en/setup.md', 'es/setup-es.md']);
  });

  it('sets severities with --rule, hides warnings with --quiet, and gates on --max-warnings', async () => {
    const dir = tree();
    const warned = await run(['--rule', 'table-rows:warn'], dir);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('11:1  warning  Missing table row');
    expect(warned.stdout).toContain('✖ 1 problem (0 errors, 1 warning)');
    expect(await run(['--rule', 'table-rows:warn', '--quiet'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    const gated = await run(['--rule', 'table-rows:warn', '--max-warnings', '0'], dir);
    expect(gated.code).toBe(1);
    expect(gated.stderr).toBe('l10n-lint found too many warnings (maximum: 0).\n');
    expect((await run(['--rule', 'table-rows:off'], dir)).code).toBe(0);
  });

  it('writes the report to --output-file, and only there', async () => {
    const dir = tree();
    const { code, stdout } = await run(['-f', 'json', '-o', 'out/report.json'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8'))).toHaveLength(3);
  });

  it('colours the report only when asked or on a terminal, and honours NO_COLOR', async () => {
    const dir = tree();
    expect((await run([], dir)).stdout).not.toContain('\u001b[');
    expect((await run(['--color'], dir)).stdout).toContain('\u001b[31merror');
    expect((await run([], dir, { FORCE_COLOR: '1' })).stdout).toContain('\u001b[');
    expect((await run([], dir, { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toContain('\u001b[');
    expect((await run(['--no-color'], dir, { FORCE_COLOR: '1' })).stdout).not.toContain('\u001b[');
  });

  it('exits 2 with a usage message for bad arguments', async () => {
    const dir = tree();
    expect(await run(['--bogus'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--bogus'") });
    expect(await run(['--format', 'xml'], dir)).toMatchObject({ code: 2, stderr: 'l10n-lint: --format: unknown format "xml" (known: stylish, json, sarif, github, junit, markdown)\n' });
    expect(await run(['--rule', 'headings'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--rule headings: expected ID:SEVERITY') });
    expect(await run(['--rule', 'nope:error'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--rule: unknown rule "nope"') });
    expect(await run(['--locale', 'fr'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--locale: fr not in l10n-lint.config.json') });
    expect(await run(['--max-warnings', 'x'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--max-warnings x') });
    expect(await run(['missing.md'], dir)).toEqual({ code: 2, stdout: '', stderr: 'l10n-lint: missing.md: no such file or folder\n' });
  });

  it('prints help and version', async () => {
    expect((await run(['--help'], '/')).stdout).toContain('Usage: l10n-lint');
    expect((await run(['--version'], '/')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('reports a file that is not UTF-8 text without losing the other files', async () => {
    const dir = tree();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'es/setup-es.md'), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]));
    const { stdout } = await run(['-f', 'json'], dir);
    const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string; line: number }> }>;
    expect(results.map((r) => [path.relative(dir, r.filePath), r.messages.map((m) => m.ruleId)])).toEqual([
      ['de/setup-de.md', ['table-rows']],
      ['en/setup.md', []],
      ['es/setup-es.md', ['unreadable-file']],
    ]);
    expect(results[2]?.messages[0]?.message).toBe('the file is not valid UTF-8 text; save it as UTF-8');
  });

  it('runs as the built l10n-lint binary', () => {
    const dir = tree();
    const bin = path.join(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
    const result = spawnSync(process.execPath, [bin, '--no-color'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('table-rows');
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.skipIf(!HAS_CORPUS)('stops quietly when the reader of its output closes the pipe early (| head)', () => {
    const bin = path.join(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
    const config = path.join(import.meta.dirname, '..', 'fixtures', 'layouts', 'fasttrack-playbook', 'l10n-lint.config.json');
    // The corpus's report is far larger than a pipe holds, so the writer meets a closed pipe.
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" --no-color -c "${config}" | head -c 100 >/dev/null`], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
  });
});
