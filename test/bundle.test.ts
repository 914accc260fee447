import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './support/bin.js';
import { makeTree } from './support/tree.js';

const TSC_CLI = path.join(ROOT, 'dist', 'src', 'cli.js');

/**
 * The bin with only what it needs beside it (package.json, schemas, the generated
 * validators, the dependencies): none of tsc's output, so nothing can be taken from there.
 */
function bundleAlone(): string {
  const dir = makeTree({});
  cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  cpSync(path.join(ROOT, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
  cpSync(path.join(ROOT, 'dist', 'validators.cjs'), path.join(dir, 'dist', 'validators.cjs'));
  cpSync(path.dirname(BIN), path.join(dir, path.relative(ROOT, path.dirname(BIN))), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return path.join(dir, path.relative(ROOT, BIN));
}

function run(cli: string, args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the bundled command line (the package bin)', () => {
  it('is the bundle, not the compiled sources', () => {
    expect(path.relative(ROOT, BIN)).toBe(path.join('dist', 'bundle', 'cli.js'));
  });

  it('is ASCII, so that V8 holds its source as one byte per character', () => {
    for (const file of ['cli.js', 'program.cjs', 'group-worker.js']) {
      const text = readFileSync(path.join(path.dirname(BIN), file), 'utf8');
      expect(text.length, file).toBeGreaterThan(1000);
      expect(text.match(/[^\x00-\x7f]/g) ?? [], file).toEqual([]);
    }
  });

  it('answers exactly as the compiled sources do on the example tree', () => {
    const example = path.join(ROOT, 'fixtures', 'example');
    const bin = bundleAlone();
    for (const args of [[], ['--format', 'json'], ['--format', 'sarif'], ['de/troubleshooting-de.md'], ['--version'], ['--help'], ['--format', 'nope'], ['merge'], ['report', '--format', 'csv']]) {
      const bundled = run(bin, args, example);
      expect(bundled, args.join(' ')).toEqual(run(TSC_CLI, args, example));
      expect(bundled.status, args.join(' ')).not.toBeNull();
    }
    expect(run(bin, [], example).status).toBe(1);
  });

  it('runs plugin rules and compiles a schema written in the config as the compiled sources do', () => {
    const dir = makeTree({
      'l10n-lint.config.json': {
        source: 'en/{path}.md',
        locales: { de: 'de/{path}.md' },
        sync: { git: false },
        plugins: [path.join(ROOT, 'fixtures', 'plugins', 'no-todo.mjs')],
        rules: { 'front-matter-schema': ['error', { schema: { type: 'object', required: ['title'], properties: { title: { type: 'string', minLength: 5 } } } }] },
      },
      'en/a.md': '---\ntitle: A long title\n---\n\n# A\n\nTODO fix\n',
      'de/a.md': '---\ntitle: Kurz\n---\n\n# A\n\nTODO machen\n',
    });
    const bundled = run(bundleAlone(), [], dir);
    expect(bundled.stdout).toContain('example/no-todo');
    expect(bundled.stdout).toContain('front-matter-schema');
    expect(bundled).toEqual(run(TSC_CLI, [], dir));
  });

  it('reads a YAML config (its parser loaded only then) as the compiled sources do', () => {
    const dir = makeTree({
      'l10n-lint.config.yaml': 'source: en/{path}.md\nlocales:\n  de: de/{path}.md\nsync:\n  git: false\n',
      'en/a.md': '# A\n\n## Install\n',
      'de/a.md': '# A\n',
    });
    const bundled = run(bundleAlone(), ['--format', 'json'], dir);
    expect(bundled.stderr).toBe('');
    expect(bundled.status).toBe(1);
    expect(bundled.stdout).toContain('"ruleId":"headings"');
    expect(bundled).toEqual(run(TSC_CLI, ['--format', 'json'], dir));
  });

  it('parses a run of more than 200 pages in worker threads started from the bundle, with the same report as in one thread', () => {
    const files: Record<string, string | object> = {
      'l10n-lint.config.json': { source: 'en/{path}.md', locales: { de: 'de/{path}.md' }, sync: { git: false } },
    };
    for (let i = 0; i < 110; i++) {
      files[`en/page-${i}.md`] = `# Page ${i}\n\n## Install\n\nVersion ${i}.0 ships ${i + 2} tools.\n\n| A | B |\n| --- | --- |\n| ${i} | x |\n`;
      files[`de/page-${i}.md`] = `# Seite ${i}\n\n${i % 3 === 0 ? '' : '## Installieren\n\n'}Version ${i % 5 === 0 ? i + 1 : i}.0 liefert ${i + 2} Werkzeuge.\n\n| A | B |\n| --- | --- |\n| ${i} | x |\n`;
    }
    const dir = makeTree(files);
    const bin = bundleAlone();
    const pooled = run(bin, ['--format', 'json', '--workers', '2'], dir);
    const byDefault = run(bin, ['--format', 'json'], dir);
    const inThread = run(bin, ['--format', 'json', '--workers', '0'], dir);
    expect(pooled.stderr).toBe('');
    expect(pooled.status).toBe(1);
    const report = JSON.parse(pooled.stdout) as { messages: { ruleId: string }[] }[];
    expect(report).toHaveLength(220);
    expect(report.flatMap((file) => file.messages.map((message) => message.ruleId))).toEqual(expect.arrayContaining(['headings', 'numbers']));
    expect(byDefault).toEqual(pooled);
    expect(inThread).toEqual(pooled);
    expect(run(TSC_CLI, ['--format', 'json'], dir)).toEqual(pooled);
  });
});
