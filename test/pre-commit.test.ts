import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll, git } from './support/git.js';
import { CONFIG, DE_CLEAN, DE_DRIFTED, EN, MISSING_ROW, sourceRepository } from './support/hook-repo.js';
import { makeTree } from './support/tree.js';

/**
 * The real pre-commit client (Debian package pre-commit, installed by .ci/run) installs
 * the hook from a clone of l10n-lint's sources, as it would from GitHub, and runs it on
 * commits in a documentation repository.
 */
describe('the pre-commit hook', () => {
  it('installs from the sources, fails a commit of a drifted translation with the finding, passes a clean one, and checks a subset of files with their counterparts', () => {
    const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    expect(version.error, 'the pre-commit client is missing: apt-get install pre-commit').toBeUndefined();

    const hooks = sourceRepository();
    const docs = makeTree({
      'l10n-lint.config.json': CONFIG,
      'en/setup.md': EN,
      'en/other.md': '# Other\n\n## Install\n',
      'de/other-de.md': '# Anderes\n\n## Installieren\n',
      'en/third.md': '# Third\n\n## A\n\n## B\n',
      'de/third-de.md': '# Dritte\n\n## A\n',
      '.pre-commit-config.yaml': `repos:\n  - repo: ${hooks.repo}\n    rev: ${hooks.rev}\n    hooks:\n      - id: l10n-lint\n`,
    });
    commitAll(docs, 'docs without a German setup page (the third page has drift already)', true);
    const env = { ...process.env, PRE_COMMIT_HOME: path.join(makeTree({}), 'cache'), npm_config_prefer_offline: 'true', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
    // Git runs hooks with their standard output sent to standard error: read both, in order.
    const run = (command: string, ...args: string[]) => {
      const result = spawnSync('sh', ['-c', '"$@" 2>&1', 'sh', command, ...args], { cwd: docs, env, encoding: 'utf8' });
      return { status: result.status, stdout: result.stdout };
    };

    const install = run('pre-commit', 'install', '--install-hooks');
    expect(install.stdout).toContain('pre-commit installed at .git/hooks/pre-commit');
    expect(install.status).toBe(0);

    writeFileSync(path.join(docs, 'de/setup-de.md'), DE_DRIFTED);
    git(docs, 'add', 'de/setup-de.md');
    const refused = run('git', '-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-m', 'German setup page');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/^l10n-lint\.+Failed\n- hook id: l10n-lint\n- exit code: 1\n/);
    expect(refused.stdout).toContain(`\nde/setup-de.md\n${MISSING_ROW}\n\n✖ 1 problem (1 error, 0 warnings)\n`);
    expect(refused.stdout).not.toContain('third');
    expect(git(docs, 'log', '--format=%s')).toBe('docs without a German setup page (the third page has drift already)\n');

    writeFileSync(path.join(docs, 'de/setup-de.md'), DE_CLEAN);
    git(docs, 'add', 'de/setup-de.md');
    const passed = run('git', '-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-m', 'German setup page');
    expect(passed.stdout).toMatch(/^l10n-lint\.+Passed\n/);
    expect(passed.status).toBe(0);
    expect(git(docs, 'log', '-1', '--format=%s')).toBe('German setup page\n');

    // Given one German page, the hook loads its canonical page (the missing heading is
    // found by comparing with it) and reports on nothing else: not the drifted third page.
    writeFileSync(path.join(docs, 'de/other-de.md'), '# Anderes\n');
    const subset = run('pre-commit', 'run', 'l10n-lint', '--files', 'de/other-de.md');
    expect(subset.status).toBe(1);
    expect(subset.stdout).toContain('\nde/other-de.md\n  1:10  error  Missing heading: level 2 "Install" of the canonical page (canonical line 3) has no counterpart here  headings\n');
    expect(subset.stdout).not.toContain('third');
    expect(subset.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  }, 600_000);
});
