import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { commitAll, git } from './support/git.js';
import { makeTree } from './support/tree.js';

const CONFIG = { source: 'en/{path}.md', locales: { de: 'de/{path}-de.md', es: 'es/{path}-es.md' } };

const page = (title: string, rows: string[]) => `# ${title}\n\n| Version | Date |\n| --- | --- |\n${rows.map((row) => `| ${row} |`).join('\n')}\n`;
const EN_A = page('Alpha', ['2.0 | 2021-05-01', '1.0 | 2020-01-01']);
const EN_B = page('Beta', ['3.0 | 2022-02-02']);

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  const files = stdout.startsWith('[') ? (JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; message: string }> }>) : [];
  return { code, stderr, reported: Object.fromEntries(files.map((f) => [path.relative(cwd, f.filePath), f.messages.map((m) => `${m.line} ${m.ruleId}`)])) };
}

/**
 * A repository on branch main: page a translated into German only (so en/a.md has a
 * missing-translation finding of its own), page b translated into both, with drift
 * already in the German page b. Then a branch `work`.
 */
function repository() {
  const dir = makeTree({
    'l10n-lint.config.json': CONFIG,
    'en/a.md': EN_A,
    'de/a-de.md': page('Alpha', ['2.0 | 2021-05-01', '1.0 | 2020-01-01']),
    'en/b.md': EN_B,
    'de/b-de.md': page('Beta', []),
    'es/b-es.md': page('Beta', ['3.0 | 2022-02-02']),
    'README.md': '# Docs\n',
  });
  commitAll(dir, 'docs', true);
  git(dir, 'checkout', '-q', '-b', 'work');
  return dir;
}

describe('--changed-since', () => {
  it('lints nothing when nothing changed', async () => {
    const dir = repository();
    expect(await run(['-f', 'json', '--changed-since', 'main'], dir)).toEqual({ code: 0, stderr: '', reported: {} });
  });

  it('reports a changed translation, committed on the branch, and not its canonical page or other pages', async () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'de/a-de.md'), page('Alpha', ['2.0 | 2021-05-01']));
    commitAll(dir, 'drop a row');
    expect(await run(['-f', 'json', '--changed-since', 'main'], dir)).toEqual({ code: 1, stderr: '', reported: { 'de/a-de.md': ['5 table-rows'] } });
  });

  it('counts staged, unstaged and untracked changes, and ignores files outside the tree or not Markdown', async () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'de/a-de.md'), page('Alpha', ['2.0 | 2021-05-01']));
    writeFileSync(path.join(dir, 'es/a-es.md'), page('Alfa', ['1.0 | 2020-01-01']));
    writeFileSync(path.join(dir, 'README.md'), '# Docs, changed\n');
    writeFileSync(path.join(dir, 'notes.txt'), 'x\n');
    git(dir, 'add', 'README.md');
    expect((await run(['-f', 'json', '--changed-since', 'main'], dir)).reported).toEqual({ 'de/a-de.md': ['5 table-rows'], 'es/a-es.md': ['5 table-rows'] });
  });

  it('reports every translation of a changed canonical page, each now outdated by the change', async () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'en/b.md'), EN_B.replace('# Beta', '# Beta release'));
    expect((await run(['-f', 'json', '--changed-since', 'main'], dir)).reported).toEqual({
      'de/b-de.md': ['1 outdated', '4 table-rows'],
      'en/b.md': [],
      'es/b-es.md': ['1 outdated'],
    });
  });

  it('reports what a deleted page leaves behind', async () => {
    const dir = repository();
    git(dir, 'rm', '-q', 'de/b-de.md');
    commitAll(dir, 'remove the German page b');
    rmSync(path.join(dir, 'en/a.md'));
    expect((await run(['-f', 'json', '--changed-since', 'main'], dir)).reported).toEqual({
      'de/a-de.md': ['1 orphaned-page'],
      'en/b.md': ['1 missing-translation'],
    });
  });

  it('measures from where the branch left the ref, so later changes on the ref do not count', async () => {
    const dir = repository();
    git(dir, 'checkout', '-q', 'main');
    writeFileSync(path.join(dir, 'de/a-de.md'), page('Alpha', []));
    commitAll(dir, 'change on main');
    git(dir, 'checkout', '-q', 'work');
    expect((await run(['-f', 'json', '--changed-since', 'main'], dir)).reported).toEqual({});
  });

  it('keeps to the paths given with it', async () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'de/a-de.md'), page('Alpha', ['2.0 | 2021-05-01']));
    writeFileSync(path.join(dir, 'es/a-es.md'), page('Alfa', ['1.0 | 2020-01-01']));
    expect((await run(['-f', 'json', '--changed-since', 'main', 'es'], dir)).reported).toEqual({ 'es/a-es.md': ['5 table-rows'] });
  });

  it('explains an unknown ref or a folder outside git, exit 2', async () => {
    const dir = repository();
    const unknown = await run(['--changed-since', 'nope'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^l10n-lint: --changed-since nope: no common history with HEAD \(is "nope" a branch, tag or commit here\? a shallow clone needs more history\): fatal: Not a valid object name nope\n$/);
    const plain = makeTree({ 'l10n-lint.config.json': CONFIG, 'en/a.md': EN_A });
    const outside = await run(['--changed-since', 'main'], plain);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain(`l10n-lint: --changed-since main: ${plain} is not in a git repository`);
  });
});
