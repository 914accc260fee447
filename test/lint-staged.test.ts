import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll, git } from './support/git.js';
import { CONFIG, DE_CLEAN, DE_DRIFTED, EN, MISSING_ROW, PROJECT } from './support/hook-repo.js';
import { makeTree } from './support/tree.js';

/** A command in node_modules/.bin, as npm would install it, running a script of this checkout. */
function bin(dir: string, name: string, script: string): void {
  mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
  writeFileSync(path.join(dir, 'node_modules', '.bin', name), `#!/bin/sh\nexec "${process.execPath}" "${script}" "$@"\n`, { mode: 0o755 });
}

/**
 * The README's recipe: husky runs lint-staged before each commit, and lint-staged
 * runs l10n-lint on the staged Markdown files (as absolute paths).
 */
describe('husky + lint-staged recipe', () => {
  it('refuses a commit of a drifted translation with the finding and lets a clean one through', () => {
    const docs = makeTree({
      'package.json': { name: 'docs', private: true, 'lint-staged': { '*.{md,mdx}': 'l10n-lint' } },
      'l10n-lint.config.json': CONFIG,
      'en/setup.md': EN,
      'en/third.md': '# Third\n\n## A\n\n## B\n',
      'de/third-de.md': '# Dritte\n\n## A\n',
      '.husky/pre-commit': 'lint-staged\n',
      '.gitignore': 'node_modules/\n',
    });
    bin(docs, 'l10n-lint', path.join(PROJECT, 'dist', 'src', 'cli.js'));
    bin(docs, 'lint-staged', path.join(PROJECT, 'node_modules', 'lint-staged', 'bin', 'lint-staged.js'));
    bin(docs, 'husky', path.join(PROJECT, 'node_modules', 'husky', 'bin.js'));
    commitAll(docs, 'docs', true);
    const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', FORCE_COLOR: '0', NO_COLOR: '1', CI: '1' };
    const run = (...args: string[]) => {
      const result = spawnSync('sh', ['-c', '"$@" 2>&1', 'sh', ...args], { cwd: docs, env: { ...env, PATH: `${path.join(docs, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` }, encoding: 'utf8' });
      return { status: result.status, output: result.stdout };
    };
    expect(run('husky')).toMatchObject({ status: 0 });
    expect(git(docs, 'config', 'core.hooksPath')).toBe('.husky/_\n');

    writeFileSync(path.join(docs, 'de/setup-de.md'), DE_DRIFTED);
    git(docs, 'add', 'de/setup-de.md');
    const refused = run('git', '-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-m', 'German setup page');
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(`\nde/setup-de.md\n${MISSING_ROW}\n`);
    expect(refused.output).toContain('✖ 1 problem (1 error, 0 warnings)');
    expect(refused.output).not.toContain('third');
    expect(git(docs, 'log', '--format=%s')).toBe('docs\n');

    writeFileSync(path.join(docs, 'de/setup-de.md'), DE_CLEAN);
    git(docs, 'add', 'de/setup-de.md');
    const passed = run('git', '-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-m', 'German setup page');
    expect(passed.status, passed.output).toBe(0);
    expect(git(docs, 'log', '-1', '--format=%s')).toBe('German setup page\n');
  }, 120_000);
});
