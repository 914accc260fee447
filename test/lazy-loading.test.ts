import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatters } from '../src/formatters/index.js';
import { FORMATTERS } from '../src/formatters/load.js';
import { makeGitRepo } from './support/git-repo.js';
import { makeTree } from './support/tree.js';

const ROOT = path.join(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'dist', 'src', 'cli.js');
const HOOKS = pathToFileURL(path.join(import.meta.dirname, 'support', 'module-log.mjs')).href;

/** Runs the built command line; returns its exit code and the modules it loaded, relative to the project (node: built-ins left out). */
function modulesLoaded(args: string[], cwd: string): { status: number | null; modules: string[] } {
  const log = path.join(makeTree({}), 'modules.log');
  const register = `data:text/javascript,import { register } from 'node:module'; register(${JSON.stringify(HOOKS)});`;
  const result = spawnSync(process.execPath, ['--import', register, CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, L10N_LINT_MODULE_LOG: log } });
  const modules = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => path.relative(ROOT, new URL(url).pathname));
  return { status: result.status, modules };
}

/** Runs the built command line (it must exit 0); returns the built-in modules it loaded (`child_process`, `crypto`...). */
function builtinsLoaded(cwd: string, args: string[] = []): string[] {
  const log = path.join(makeTree({}), 'builtins.log');
  const env: Record<string, string | undefined> = { ...process.env, L10N_LINT_BUILTIN_LOG: log };
  delete env.GIT_DIR;
  const result = spawnSync(process.execPath, ['--require', path.join(import.meta.dirname, 'support', 'builtins-log.cjs'), CLI, '--format', 'json', ...args], { cwd, encoding: 'utf8', env });
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(log, 'utf8').split('\n');
}

const example = path.join(ROOT, 'fixtures', 'example');
const engine = (file: string) => /^dist\/(src\/(engine|page|sync|links|discover|report|init)\/|rules\/)|node_modules\//.test(file);

describe('what the command line loads', () => {
  it('answers --version, --help and usage errors without loading the engine or any dependency', () => {
    for (const args of [['--version'], ['--help'], ['--no-such-option'], ['--format', 'nope'], ['--workers', 'two']]) {
      const { status, modules } = modulesLoaded(args, example);
      expect(status, args.join(' ')).toBe(args[0] === '--version' || args[0] === '--help' ? 0 : 2);
      expect(modules.filter(engine), args.join(' ')).toEqual([]);
      expect(modules, args.join(' ')).toContain('dist/src/main.js');
    }
  });

  it('loads only the formatter it prints with, and no worker pool, subcommand, --changed-since or --fix code, nor the YAML parser for a JSON config, for a run of a few pages', () => {
    const { status, modules } = modulesLoaded(['--format', 'json', '--no-color'], example);
    expect(status).toBe(1);
    expect(modules).toContain('dist/src/engine/lint.js');
    expect(modules).toContain('dist/src/formatters/json.js');
    const unwanted = modules.filter((file) => /formatters\/(stylish|sarif|github|junit|markdown)\.js|node_modules\/(tinypool|ajv|yaml)\/|src\/(report|init|changed|merge)\/|commands\/(stamp|merge)\.js|engine\/(autofix|print-config)\.js|links\/online\.js/.test(file));
    expect(unwanted).toEqual([]);
  });

  it('loads no child process module (git is never started) for a run outside any git repository', () => {
    // The outdated rule reads a translation's history with git, in a repository.
    const files = {
      'l10n-lint.config.json': { source: 'en/{path}.md', locales: { de: 'de/{path}.md' }, rules: { outdated: 'warn' } },
      'en/setup.md': '# Setup\n\nInstall it.\n',
      'de/setup.md': '# Einrichtung\n\nInstallieren.\n',
    };
    expect(builtinsLoaded(makeTree(files))).not.toContain('child_process');
    const repo = makeGitRepo(files);
    repo.commit('pages');
    expect(builtinsLoaded(repo.root)).toContain('child_process');
  });

  it('loads no node:crypto (nothing is hashed) without a cache, fixes or a git history to compare pages with', () => {
    const files = {
      'l10n-lint.config.json': { source: 'en/{path}.md', locales: { de: 'de/{path}.md' } },
      'en/setup.md': '# Setup\n\nInstall it.\n',
      'de/setup.md': '# Einrichtung\n\nInstallieren.\n',
    };
    const plain = makeTree(files);
    expect(builtinsLoaded(plain)).not.toContain('crypto');
    expect(builtinsLoaded(plain, ['de/setup.md'])).not.toContain('crypto');
    // The cache is keyed by the pages' hashes; a fix writes a file only if its hash is unchanged.
    expect(builtinsLoaded(plain, ['--cache'])).toContain('crypto');
    expect(builtinsLoaded(plain, ['--fix-dry-run'])).toContain('crypto');
    // In a git repository, pages are hashed to be compared with their past versions
    // (test/sync/outdated-git.test.ts shows it), and the outdated rule fingerprints sections.
    const repo = makeGitRepo(files);
    repo.commit('pages');
    expect(builtinsLoaded(repo.root)).toContain('crypto');
  });

  it('knows each formatter by the name the library gives it', async () => {
    expect(Object.keys(FORMATTERS)).toEqual(Object.keys(formatters));
    for (const [name, load] of Object.entries(FORMATTERS)) expect(await load(), name).toBe(formatters[name]);
  });
});
