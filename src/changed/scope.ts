import path from 'node:path';
import type { Config } from '../config/load.js';
import type { LintResult } from '../engine/lint.js';
import type { ChangedFiles } from './git.js';

const MARKDOWN = /\.(md|markdown|mdx)$/i;

/** Pages of a change, relative to the config's root: what to lint, and what to report on. */
export interface ChangedPages {
  /** Changed pages that exist, and the pages a deleted page leaves behind. */
  paths: string[];
  /** Canonical pages among `paths` only because a translation of theirs was deleted. */
  leftBehind: string[];
}

/**
 * The pages of the config's tree among changed files. A deleted canonical page brings
 * its translations (now orphans); a deleted translation brings its canonical page
 * (now missing a translation).
 */
export function changedPages(config: Config, changed: ChangedFiles): ChangedPages {
  const inRoot = (files: string[]) =>
    files
      .map((file) => path.relative(config.root, file).split(path.sep).join('/'))
      .filter((file) => !file.startsWith('../') && !path.isAbsolute(file) && MARKDOWN.test(file));
  const paths = new Set(inRoot(changed.present));
  const leftBehind = new Set<string>();
  for (const file of inRoot(changed.deleted)) {
    const claimed = config.locales.flatMap((locale) => locale.patterns.map((pattern) => pattern.match(file))).find((stem) => stem != null);
    if (claimed != null) {
      const canonical = config.source.format(claimed);
      if (!paths.has(canonical)) leftBehind.add(canonical);
      paths.add(canonical);
      continue;
    }
    const stem = config.source.match(file);
    if (stem !== null) for (const locale of config.locales) for (const pattern of locale.patterns) paths.add(pattern.format(stem));
  }
  // Pages that do not exist are dropped when the run is planned.
  return { paths: [...paths].sort(), leftBehind: [...leftBehind].sort() };
}

/**
 * Keeps the findings a change is responsible for: those in the changed pages, and in
 * the translations of changed canonical pages. A canonical page loaded only to
 * check a changed translation is not reported on.
 */
export function scopeToPages(result: LintResult, pages: ChangedPages): LintResult {
  const reported = new Set(pages.paths);
  const changedCanonical = new Set(pages.paths.filter((file) => !pages.leftBehind.includes(file)));
  for (const pair of result.plan.pairs) if (changedCanonical.has(pair.canonical)) reported.add(pair.file);
  return { ...result, results: result.results.filter((file) => reported.has(file.file)) };
}

/** Of the changed pages, those among `given` (the command line's files, when it names some). */
export function withinGiven(pages: ChangedPages, given: readonly string[] | undefined): ChangedPages {
  if (!given) return pages;
  const keep = new Set(given);
  return { paths: pages.paths.filter((file) => keep.has(file)), leftBehind: pages.leftBehind.filter((file) => keep.has(file)) };
}
