import { execFileSync } from 'node:child_process';
import { alignPages } from '../align/align.js';
import type { Block, PageModel } from '../page/model.js';
import { parsePage } from '../page/parse.js';
import type { SyncBase } from './base.js';
import { printPage, sameSection, sectionsOf, type PrintOptions, type SectionPrint } from './sections.js';

/**
 * Reading the git history, with the real `git` command, run in the project's root.
 * Every call answers null (never throws) when git is missing, the root is not in a
 * work tree, or the file or commit is unknown.
 */
export function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return null;
  }
}

/** Whether the root is inside a git work tree. */
export function inWorkTree(root: string): boolean {
  return git(root, ['rev-parse', '--is-inside-work-tree'])?.trim() === 'true';
}

/** A file's text at a commit (path relative to the root), or null when it was not there. */
export function fileAt(root: string, commit: string, file: string): string | null {
  return git(root, ['show', `${commit}:./${file}`]);
}

/** The last commit that changed a file, or null. */
export function lastCommitOf(root: string, file: string): string | null {
  return git(root, ['log', '-1', '--format=%H', '--', file])?.trim() || null;
}

/** When a commit was made (ISO 8601), or null. */
export function commitDate(root: string, commit: string): string | null {
  return git(root, ['show', '-s', '--format=%cI', commit])?.trim() || null;
}

/** Whether a file has changes not committed (staged or not), or is not tracked. */
export function hasUncommittedChanges(root: string, file: string): boolean {
  return (git(root, ['status', '--porcelain', '--', file]) ?? '').trim() !== '';
}

/** How many of a translation's commits are read, newest first: older history rarely matters. */
const MAX_COMMITS = 100;

/**
 * The sync base of a translation without a stamp, from git: the canonical page as it
 * was when the translation was last changed, section by section. The translation's
 * commits are read from the oldest: at the first one, every canonical section counts
 * as synced; at each later one (and for the files as they are now), a canonical
 * section that changed counts as synced only if the translation changed the section
 * that corresponds to it. So a later commit that fixes a typo elsewhere in the
 * translation does not hide an earlier change of the canonical page, and a cosmetic
 * canonical change counts for nothing (the fingerprints ignore it).
 */
export function gitSyncBase(root: string, localeFile: string, canonicalFile: string, now: { canonical: PageModel; locale: PageModel }, options: PrintOptions): SyncBase | null {
  const log = git(root, ['log', `--max-count=${MAX_COMMITS}`, '--format=%H %cI', '--', localeFile]);
  if (!log) return null;
  const commits = log
    .trim()
    .split('\n')
    .map((line) => line.split(' '))
    .reverse();
  const base = new Map<string, SectionPrint & { date: string; commit: string }>();
  let previousLocale: Set<string> | null = null;
  const steps = commits.map(([commit = '', date = '']) => ({ commit, date, canonical: pageAt(root, commit, canonicalFile), locale: pageAt(root, commit, localeFile) }));
  steps.push({ commit: '', date: '', canonical: now.canonical, locale: now.locale });
  for (const step of steps) {
    if (!step.canonical || !step.locale) continue;
    const canonicalPrint = printPage(step.canonical, options);
    const localeSections = localeSectionPrints(step.canonical, step.locale, options);
    for (const [key, print] of canonicalPrint) {
      const synced = base.get(key);
      if (synced && sameSection(synced, print)) continue;
      const translated = localeSections.get(key);
      // A changed section counts as synced when its translation changed in the same commit.
      if (previousLocale === null || (translated !== undefined && !previousLocale.has(translated))) {
        base.set(key, { ...print, date: step.date, commit: step.commit });
      }
    }
    previousLocale = new Set(localeSections.values());
  }
  if (previousLocale === null || base.size === 0) return null;
  const synced = [...base.values()].filter((section) => section.commit !== '');
  const oldest = synced.reduce<(typeof synced)[number] | undefined>((a, b) => (a === undefined || b.date < a.date ? b : a), undefined);
  return {
    from: 'git',
    sections: new Map([...base].map(([key, { heading, blocks, text }]) => [key, { heading, blocks, text }])),
    ...(oldest ? { date: oldest.date, commit: oldest.commit } : {}),
  };
}

function pageAt(root: string, commit: string, file: string): PageModel | null {
  const text = fileAt(root, commit, file);
  return text === null ? null : parsePage(file, text.replace(/^\ufeff/, ''));
}

/**
 * For every canonical section key, the fingerprint of the translation's corresponding
 * section (the section under the locale heading aligned with the canonical heading).
 */
function localeSectionPrints(canonical: PageModel, locale: PageModel, options: PrintOptions): Map<string, string> {
  const counterpart = new Map<Block, Block>();
  for (const pair of alignPages(canonical, locale).blocks) if (pair.canonical && pair.locale) counterpart.set(pair.canonical, pair.locale);
  const localePrint = printPage(locale, options);
  const localeKeyOf = new Map<Block | null, string>(sectionsOf(locale).map((section) => [section.heading, section.key]));
  const prints = new Map<string, string>();
  for (const section of sectionsOf(canonical)) {
    const heading = section.heading ? counterpart.get(section.heading) : null;
    if (heading === undefined) continue;
    const key = localeKeyOf.get(heading);
    const print = key === undefined ? undefined : localePrint.get(key);
    if (print) prints.set(section.key, [print.heading, ...print.blocks].join(' '));
  }
  return prints;
}
