import type { SyncSettings } from '../config/load.js';
import type { PageModel } from '../page/model.js';
import type { SyncBase, SyncSource } from './base.js';
import { commitDate, fileAt, gitSyncBase, inWorkTree, type BlobPages } from './git.js';
import { entrySections, readLockfile, type Lockfile } from './lockfile.js';
import { printPage, type PrintOptions } from './sections.js';
import { parsePage } from '../page/parse.js';

export interface SyncProject {
  root: string;
  siteRoot: string | null;
  sync: SyncSettings;
  /** The page model of a file under the root, or null. */
  page(file: string): PageModel | null;
  /** The canonical page of a translation, or null. */
  canonicalOf(file: string): string | null;
}

/** Sync bases by translation (root-relative path), null where none was found. */
export type SyncBases = Map<string, SyncBase | null>;

/**
 * The sync bases of a run, looked up lazily and cached (in `cache` when given, so
 * that a later look-up of the same project, such as the report's sync status, reuses
 * them): the translation's stamp (in the lockfile or its front matter, as
 * configured), else, when allowed, the git history. The lockfile is read once, on
 * first use.
 */
export function createSyncSource(project: SyncProject, cache: SyncBases = new Map()): SyncSource {
  const options: PrintOptions = { siteRoot: project.siteRoot };
  const blobPages: BlobPages = new Map();
  let lockfile: Lockfile | undefined;
  let gitRepo: boolean | undefined;
  const inGit = () => (gitRepo ??= project.sync.git || project.sync.store === 'front-matter' ? inWorkTree(project.root) : false);

  const stamped = (localeFile: string, canonical: string): SyncBase | null => {
    if (project.sync.store === 'lockfile') {
      lockfile ??= readLockfile(project.sync.lockfile);
      const entry = lockfile.pages[localeFile];
      return entry ? { from: 'lockfile', sections: entrySections(entry), date: entry.date } : null;
    }
    const commit = frontMatterValue(project.page(localeFile), project.sync.key);
    if (typeof commit !== 'string' || !/^[0-9a-f]{7,64}$/i.test(commit) || !inGit()) return null;
    const text = fileAt(project.root, commit, canonical);
    if (text === null) return null;
    const date = commitDate(project.root, commit);
    return { from: 'front-matter', sections: printPage(parsePage(canonical, text.replace(/^\ufeff/, '')), options), commit, ...(date ? { date } : {}) };
  };

  return {
    baseOf(localeFile) {
      let base = cache.get(localeFile);
      if (base !== undefined) return base;
      const canonical = project.canonicalOf(localeFile);
      base = null;
      if (canonical !== null) {
        base = stamped(localeFile, canonical);
        if (base === null && project.sync.git && inGit()) {
          const canonicalPage = project.page(canonical);
          const localePage = project.page(localeFile);
          if (canonicalPage && localePage) base = gitSyncBase(project.root, localeFile, canonical, { canonical: canonicalPage, locale: localePage }, options, blobPages);
        }
      }
      cache.set(localeFile, base);
      return base;
    },
  };
}

/** The value at a dotted key (`l10n.sourceCommit`) of a page's front matter. */
export function frontMatterValue(page: PageModel | null, key: string): unknown {
  let value: unknown = page?.frontMatter?.data ?? undefined;
  for (const part of key.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
