import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { commitAll } from './git.js';
import { makeTree } from './tree.js';

export const PROJECT = path.resolve(import.meta.dirname, '..', '..');

/**
 * A git repository holding l10n-lint's sources as they are in the working tree
 * (tracked and new files, nothing ignored: no node_modules, no dist), committed:
 * what the pre-commit framework clones. Returns its folder and commit.
 */
export function sourceRepository(): { repo: string; rev: string } {
  const repo = makeTree({});
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: PROJECT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    try {
      cpSync(path.join(PROJECT, file), path.join(repo, file));
    } catch {
      // A tracked file deleted in the working tree.
    }
  }
  return { repo, rev: commitAll(repo, 'l10n-lint', true) };
}

export const CONFIG = { source: 'en/{path}.md', locales: { de: 'de/{path}-de.md' } };
export const EN = '# Setup\n\n| Change | Date |\n| --- | --- |\n| Added SharePoint | 2020-05-12 |\n| First version | 2020-03-25 |\n';
/** The German page without the canonical page's first row. */
export const DE_DRIFTED = '# Einrichtung\n\n| Änderung | Datum |\n| --- | --- |\n| Erste Version | 2020-03-25 |\n';
export const DE_CLEAN = '# Einrichtung\n\n| Änderung | Datum |\n| --- | --- |\n| SharePoint hinzugefügt | 2020-05-12 |\n| Erste Version | 2020-03-25 |\n';
export const MISSING_ROW = '  5:1  error  Missing table row: canonical row 1 "Added SharePoint | 2020-05-12" (canonical line 5) has no counterpart here  table-rows';
