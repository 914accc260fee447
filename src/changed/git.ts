import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigError } from '../config/load.js';

const run = promisify(execFile);

/** Files a change touched, as absolute paths. */
export interface ChangedFiles {
  /** Added, modified or untracked files that exist now. */
  present: string[];
  /** Files the change deleted (or renamed away). */
  deleted: string[];
}

async function git(args: string[], cwd: string, what: string): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const detail = ((error as { stderr?: string }).stderr ?? (error as Error).message).trim().split('\n')[0];
    throw new ConfigError(`${what}: ${detail}`);
  }
}

async function topLevel(cwd: string, what: string): Promise<string> {
  return (await git(['rev-parse', '--show-toplevel'], cwd, `${what}: ${cwd} is not in a git repository`)).trim();
}

function split(output: string): string[] {
  return output.split('\0').filter(Boolean);
}

async function classify(top: string, names: string[], deletedNames: Set<string>): Promise<ChangedFiles> {
  const present: string[] = [];
  const deleted: string[] = [];
  for (const name of new Set(names)) (deletedNames.has(name) ? deleted : present).push(path.join(top, name));
  return { present: present.sort(), deleted: deleted.sort() };
}

/**
 * What changed since `ref`: every file that differs between the point where the
 * current branch left `ref` (their merge base) and the working tree, staged or not,
 * plus untracked files that are not ignored. Renames count as a deletion and an addition.
 */
export async function changedSince(ref: string, cwd: string): Promise<ChangedFiles> {
  const what = `--changed-since ${ref}`;
  const top = await topLevel(cwd, what);
  const base = (await git(['merge-base', ref, 'HEAD'], top, `${what}: no common history with HEAD (is "${ref}" a branch, tag or commit here? a shallow clone needs more history)`)).trim();
  const changed = split(await git(['diff', '--name-only', '--no-renames', '-z', base, '--'], top, what));
  const deleted = split(await git(['diff', '--name-only', '--no-renames', '--diff-filter=D', '-z', base, '--'], top, what));
  const untracked = split(await git(['ls-files', '--others', '--exclude-standard', '-z'], top, what));
  return classify(top, [...changed, ...untracked], new Set(deleted));
}

/**
 * What a pull request changed: the files that differ between the merge base of
 * `base` and `head`, and `head` (as GitHub shows a pull request's files).
 */
export async function changedBetween(base: string, head: string, cwd: string): Promise<ChangedFiles> {
  const what = `changes between ${base.slice(0, 12)} and ${head.slice(0, 12)}`;
  const top = await topLevel(cwd, what);
  const range = `${base}...${head}`;
  const hint = `${what}: git cannot compare them (the checkout needs both commits: use actions/checkout with fetch-depth: 0)`;
  const changed = split(await git(['diff', '--name-only', '--no-renames', '-z', range, '--'], top, hint));
  const deleted = split(await git(['diff', '--name-only', '--no-renames', '--diff-filter=D', '-z', range, '--'], top, hint));
  return classify(top, changed, new Set(deleted));
}
