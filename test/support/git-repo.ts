import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTree } from './tree.js';

/** A real git repository in a temporary folder (removed after the test), with a committer set. */
export interface GitRepo {
  root: string;
  write(file: string, text: string): void;
  read(file: string): string;
  /** Commits everything (`git add -A`); returns the commit's hash. */
  commit(message: string): string;
  git(...args: string[]): string;
}

export function makeGitRepo(files: Record<string, string | object>): GitRepo {
  const root = makeTree(files);
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test Writer');
  git('config', 'user.email', 'writer@example.com');
  git('config', 'commit.gpgsign', 'false');
  let tick = 0;
  return {
    root,
    git,
    write(file, text) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    },
    read: (file) => readFileSync(path.join(root, file), 'utf8'),
    commit(message) {
      git('add', '-A');
      // Commits a minute apart, so that their order by date is their order.
      const date = new Date(Date.UTC(2026, 0, 1, 12, tick++)).toISOString();
      execFileSync('git', ['commit', '-q', '-m', message], {
        cwd: root,
        env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
      return git('rev-parse', 'HEAD').trim();
    },
  };
}
