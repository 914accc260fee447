import type { SyncSettings } from '../config/load.js';
import type { PageModel } from '../page/model.js';
import type { SyncBase, SyncSource } from './base.js';
import { BlobReader, commitDate, fileAt, filesAt, gitSyncBase, historyRequests, inWorkTree, readHistory, type Blob, type BlobPages, type Commit } from './git.js';
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
  /** The only translations whose git history the run needs, when it checks only some pages. */
  historyOf?: readonly string[];
}

/** Sync bases by translation (root-relative path), null where none was found. */
export type SyncBases = Map<string, SyncBase | null>;

/** A sync source that can read the git history of many translations ahead, with one git process for all. */
export interface PrefetchingSyncSource extends SyncSource {
  /**
   * Reads ahead what the git history holds for these translations (with their
   * canonical pages), so that their look-ups start no git process of their own.
   */
  prefetch(pairs: readonly { file: string; canonical: string }[]): Promise<void>;
  /** The same, synchronously (one git process for the whole list). */
  prefetchNow(pairs: readonly { file: string; canonical: string }[]): void;
  /** Ends the git process that reads ahead, if one was started. */
  close(): void;
}

/**
 * The sync bases of a run, looked up lazily and cached (in `cache` when given, so
 * that a later look-up of the same project, such as the report's sync status, reuses
 * them): the translation's stamp (in the lockfile or its front matter, as
 * configured), else, when allowed, the git history. The lockfile is read once, on
 * first use; so is the git history of the whole root (one `git log`), and the files'
 * past versions are read by one `git cat-file` for all the translations read ahead
 * (else one per translation).
 */
export function createSyncSource(project: SyncProject, cache: SyncBases = new Map()): PrefetchingSyncSource {
  const options: PrintOptions = { siteRoot: project.siteRoot };
  const blobPages: BlobPages = new Map();
  let lockfile: Lockfile | undefined;
  let gitRepo: boolean | undefined;
  const inGit = () => (gitRepo ??= project.sync.git || project.sync.store === 'front-matter' ? inWorkTree(project.root) : false);
  let history: Map<string, Commit[]> | null | undefined;
  /** A translation's commits, oldest first. */
  const commitsOf = (file: string): Commit[] => [...((history ??= readHistory(project.root, project.historyOf))?.get(file) ?? [])].reverse();
  const readAhead = new Map<string, (Blob | null)[]>();
  let reader: BlobReader | undefined;
  const wantsGit = (localeFile: string) =>
    !cache.has(localeFile) && !readAhead.has(localeFile) && project.sync.git && !(project.sync.store === 'lockfile' && (lockfile ??= readLockfile(project.sync.lockfile)).pages[localeFile]) && inGit();

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

  /** The translations to read ahead, with the files each needs at each of its commits. */
  const wantedOf = (pairs: readonly { file: string; canonical: string }[]) =>
    pairs.flatMap(({ file, canonical }) => {
      const commits = wantsGit(file) ? commitsOf(file) : [];
      return commits.length > 0 ? [{ file, requests: historyRequests(commits, canonical, file) }] : [];
    });
  const store = (wanted: readonly { file: string; requests: readonly unknown[] }[], blobs: (Blob | null)[]) => {
    let at = 0;
    for (const { file, requests } of wanted) {
      readAhead.set(file, blobs.slice(at, at + requests.length));
      at += requests.length;
    }
  };

  return {
    async prefetch(pairs) {
      const wanted = wantedOf(pairs);
      if (wanted.length > 0) store(wanted, await (reader ??= new BlobReader(project.root)).read(wanted.flatMap((pair) => pair.requests)));
    },
    prefetchNow(pairs) {
      const wanted = wantedOf(pairs);
      if (wanted.length > 0) store(wanted, filesAt(project.root, wanted.flatMap((pair) => pair.requests)));
    },
    close() {
      reader?.close();
    },
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
          if (canonicalPage && localePage) {
            const commits = commitsOf(localeFile);
            const blobs = readAhead.get(localeFile) ?? filesAt(project.root, historyRequests(commits, canonical, localeFile));
            base = gitSyncBase(localeFile, canonical, { commits, blobs }, { canonical: canonicalPage, locale: localePage }, options, blobPages);
          }
        }
      }
      cache.set(localeFile, base);
      readAhead.delete(localeFile);
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
