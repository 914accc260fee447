import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../rules/index.js';
import { resolveConfig } from '../../src/config/load.js';
import { lint } from '../../src/engine/lint.js';
import { BlobReader, filesAt, gitProcesses, inWorkTree, readHistory } from '../../src/sync/git.js';
import { syncStatuses } from '../../src/sync/status.js';
import { makeGitRepo } from '../support/git-repo.js';
import { makeTree } from '../support/tree.js';

const PAGES = 30;
const en = (n: number, step = 'Run `app init`.') => `# Page ${n}\n\nIntro ${n}.\n\n## Configure\n\n${step}\n`;
const de = (n: number, step = 'Führen Sie `app init` aus.') => `# Seite ${n}\n\nEinleitung ${n}.\n\n## Konfigurieren\n\n${step}\n`;

describe('the git history of unstamped translations', () => {
  it('is read with a number of git processes that does not grow with the number of pages', async () => {
    const files: Record<string, string> = {};
    for (let n = 0; n < PAGES; n++) {
      files[`docs/en/p${n}.md`] = en(n);
      files[`docs/de/p${n}.md`] = de(n);
    }
    const repo = makeGitRepo(files);
    repo.commit('pages');
    for (let n = 0; n < PAGES; n++) repo.write(`docs/en/p${n}.md`, en(n, 'Run `app init --force`.'));
    repo.commit('canonical pages changed');
    // Every other translation follows the change; the others stay outdated.
    for (let n = 0; n < PAGES; n += 2) repo.write(`docs/de/p${n}.md`, de(n, 'Führen Sie `app init --force` aus.'));
    repo.commit('half the translations synced');

    const rules = Object.fromEntries([...registry.keys()].map((id) => [id, id === 'outdated' ? 'warn' : 'off'] as const));
    const config = resolveConfig({ source: 'en/{path}.md', locales: { de: 'de/{path}.md' }, rules }, path.join(repo.root, 'docs', 'l10n-lint.config.json'));
    const before = gitProcesses.count;
    const result = await lint(config);
    const spawned = gitProcesses.count - before;

    const outdated = result.results.flatMap((file) => file.findings.map((finding) => `${file.file}:${finding.line}:${finding.column} ${finding.ruleId}`));
    expect(outdated).toEqual(
      Array.from({ length: PAGES }, (_, n) => n)
        .filter((n) => n % 2 === 1)
        .map((n) => `de/p${n}.md:5:1 outdated`)
        .sort(),
    );
    // Whether the root is in a work tree, where it is, one log, one reader (and the head commit for the cache key).
    expect(spawned).toBeLessThanOrEqual(5);

    // So does the sync status of the report, read without the lint's answers.
    const again = gitProcesses.count;
    const statuses = syncStatuses(config, result.plan);
    expect(statuses.filter((status) => status.state === 'outdated').map((status) => status.file)).toEqual(outdated.map((line) => line.split(':')[0]));
    expect(statuses.filter((status) => status.state === 'up-to-date')).toHaveLength(PAGES / 2);
    expect(gitProcesses.count - again).toBeLessThanOrEqual(5);
  });

  it('holds, for every file, the commits `git log -- <file>` names, through merges and in a folder of the repository', () => {
    const repo = makeGitRepo({ 'docs/en/a.md': '# A\n', 'docs/de/a.md': '# A\n', 'docs/de/b c.md': '# B\n', 'other/x.md': '# X\n' });
    repo.commit('first');
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('docs/de/a.md', '# A\n\nSeite.\n');
    repo.write('docs/de/b c.md', '# B\n\nSeite.\n');
    repo.commit('side');
    repo.git('checkout', '-q', 'main');
    repo.write('docs/de/a.md', '# A\n\nHaupt.\n');
    repo.write('docs/en/a.md', '# A\n\nMain.\n');
    repo.write('other/x.md', '# X\n\nMain.\n');
    repo.commit('main');
    try {
      repo.git('merge', '-q', 'side', '-m', 'merge');
    } catch {
      // The conflict in de/a.md is resolved with a text of neither side: the merge itself changed the file.
      repo.write('docs/de/a.md', '# A\n\nBeide.\n');
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', 'merge');
    }
    repo.write('docs/de/a.md', '# A\n\nBeide, korrigiert.\n');
    repo.commit('after');

    const root = path.join(repo.root, 'docs');
    const history = readHistory(root);
    expect(history).not.toBeNull();
    for (const file of ['en/a.md', 'de/a.md', 'de/b c.md']) {
      const perFile = repo.git('log', '--format=%H %cI', '--', `docs/${file}`).trim().split('\n');
      expect(history?.get(file)?.map(({ commit, date }) => `${commit} ${date}`)).toEqual(perFile);
    }
    expect(history?.get('de/a.md')).toHaveLength(5);
    expect([...(history?.keys() ?? [])].sort()).toEqual(['de/a.md', 'de/b c.md', 'en/a.md']);
  });

  it('reads files at commits with one process, null where a file was not there', async () => {
    const repo = makeGitRepo({ 'docs/de/b c.md': '# B\n', 'docs/en/a.md': '# A\n' });
    const first = repo.commit('first');
    repo.write('docs/de/b c.md', '# B\n\nÄnderung.\n');
    const second = repo.commit('second');
    const reader = new BlobReader(path.join(repo.root, 'docs'));
    const before = gitProcesses.count;
    try {
      const [one, two] = await Promise.all([
        reader.read([
          { commit: first, file: 'de/b c.md' },
          { commit: first, file: 'de/none.md' },
          { commit: second, file: 'de' },
        ]),
        reader.read([{ commit: second, file: 'de/b c.md' }]),
      ]);
      expect(one?.map((blob) => blob?.text ?? null)).toEqual(['# B\n', null, null]);
      expect(two?.map((blob) => blob?.text ?? null)).toEqual(['# B\n\nÄnderung.\n']);
      expect(gitProcesses.count - before).toBeLessThanOrEqual(2);
      // The same as the reading of a list at once.
      const atOnce = filesAt(path.join(repo.root, 'docs'), [
        { commit: first, file: 'de/b c.md' },
        { commit: second, file: 'de' },
        { commit: second, file: 'de/b c.md' },
      ]);
      expect(atOnce.map((blob) => blob?.text ?? null)).toEqual(['# B\n', null, '# B\n\nÄnderung.\n']);
    } finally {
      reader.close();
    }
  });

  it('is read, for a run on given pages, for their translations only: the git log names them, and findings are those of the whole run', async () => {
    const files: Record<string, string> = {};
    for (let n = 0; n < 4; n++) {
      files[`docs/en/p${n}.md`] = en(n);
      files[`docs/de/p${n}.md`] = de(n);
    }
    const repo = makeGitRepo(files);
    repo.commit('pages');
    for (let n = 0; n < 4; n++) repo.write(`docs/en/p${n}.md`, en(n, 'Run `app init --force`.'));
    repo.commit('canonical pages changed');
    const rules = Object.fromEntries([...registry.keys()].map((id) => [id, id === 'outdated' ? 'warn' : 'off'] as const));
    const config = resolveConfig({ source: 'en/{path}.md', locales: { de: 'de/{path}.md' }, rules }, path.join(repo.root, 'docs', 'l10n-lint.config.json'));

    // git writes each command it runs to the file GIT_TRACE names.
    const traced = async (paths?: string[]) => {
      const trace = path.join(makeTree({}), 'trace.log');
      const before = process.env.GIT_TRACE;
      process.env.GIT_TRACE = trace;
      try {
        const result = await lint(config, paths ? { paths } : {});
        const logs = readFileSync(trace, 'utf8')
          .split('\n')
          .filter((line) => /trace: built-in: git log /.test(line))
          .map((line) => line.replace(/^.*trace: built-in: git /, ''));
        return { findings: result.results.flatMap((file) => file.findings.map((f) => `${file.file}:${f.line}:${f.column} ${f.ruleId}`)), logs };
      } finally {
        if (before === undefined) delete process.env.GIT_TRACE;
        else process.env.GIT_TRACE = before;
      }
    };
    const whole = await traced();
    expect(whole.findings).toEqual(['de/p0.md:5:1 outdated', 'de/p1.md:5:1 outdated', 'de/p2.md:5:1 outdated', 'de/p3.md:5:1 outdated']);
    expect(whole.logs).toEqual(["log '--format=%x01%H %cI' --name-only -c -z --no-renames -- ."]);
    const one = await traced(['de/p2.md']);
    expect(one.findings).toEqual(['de/p2.md:5:1 outdated']);
    expect(one.logs).toEqual(["log '--format=%x01%H %cI' --name-only -c -z --no-renames -- de/p2.md"]);
  });

  it('is not looked for outside a repository: no git process starts, unless GIT_DIR names a repository', async () => {
    const files: Record<string, string> = { 'docs/en/p0.md': en(0), 'docs/de/p0.md': de(0) };
    const tree = makeTree(files);
    const rules = Object.fromEntries([...registry.keys()].map((id) => [id, id === 'outdated' ? 'warn' : 'off'] as const));
    const config = resolveConfig({ source: 'en/{path}.md', locales: { de: 'de/{path}.md' }, rules }, path.join(tree, 'docs', 'l10n-lint.config.json'));
    const before = gitProcesses.count;
    const result = await lint(config);
    expect(result.results.flatMap((file) => file.findings)).toEqual([]);
    expect(gitProcesses.count - before).toBe(0);

    const repo = makeGitRepo(files);
    repo.commit('pages');
    const gitDir = process.env.GIT_DIR;
    process.env.GIT_DIR = path.join(repo.root, '.git');
    try {
      expect(inWorkTree(path.join(tree, 'docs'))).toBe(true);
    } finally {
      if (gitDir === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = gitDir;
    }
    expect(inWorkTree(path.join(tree, 'docs'))).toBe(false);
    expect(inWorkTree(path.join(repo.root, 'docs'))).toBe(true);
  });
});
