import { statSync } from 'node:fs';
import path from 'node:path';
import type { ChangelogSettings, Config } from '../config/load.js';
import type { PageModel } from '../page/model.js';
import type { SyncBase, SyncSource } from '../sync/base.js';
import { mayBeInWorkTree } from '../sync/git.js';
import { createSyncSource, type PrefetchingSyncSource, type SyncBases } from '../sync/source.js';
import { PageReader } from './pages.js';

/** What an external URL answered when it was checked (`--online`). */
export interface UrlStatus {
  ok: boolean;
  /** The HTTP status of the last answer, when there was one. */
  status?: number;
  /** Why there was no usable answer: a timeout, a refused connection, … */
  error?: string;
}

/**
 * A read-only view of the project for rules: which files exist, the model of any
 * page, which page translates which, and (with `--online`) what external URLs
 * answered. Paths are relative to the config's root, with forward slashes. Nothing
 * outside the root is ever looked at: such a path does not exist for a rule.
 */
export interface ProjectView {
  /** Absolute path of the config's root, for files the config names (such as a rule's schema). */
  readonly root: string;
  readonly sourceLocale: string;
  /** The configured locale codes. */
  readonly locales: readonly string[];
  /** Folder (relative to root) that site-root links resolve against, or null. */
  readonly siteRoot: string | null;
  readonly changelog: ChangelogSettings;
  /**
   * The dotted front-matter key where translations keep their sync stamp
   * (`l10n.sourceCommit`), when stamps are kept in front matter; else null.
   */
  readonly syncKey: string | null;
  /** Whether a file or folder exists at this path under the root. */
  exists(file: string): boolean;
  /** The page model of a Markdown file under the root, or null when it cannot be read. */
  page(file: string): PageModel | null;
  /** The path of a canonical page's translation into a locale, or null. */
  translationOf(canonical: string, locale: string): string | null;
  /** The canonical page and locale of a translated page, or null. */
  canonicalOf(file: string): { canonical: string; locale: string } | null;
  /** What an external URL answered, or undefined when it was not checked. */
  urlStatus(url: string): UrlStatus | undefined;
  /**
   * What a translation was last synced with (see `l10n-lint stamp`): the canonical
   * sections recorded by its stamp, or, without one, read from the git history; null
   * when neither tells. Looked up on first use, then cached.
   */
  syncBaseOf(file: string): SyncBase | null;
}

/** Whether a root-relative path stays inside the root. */
export function insideRoot(file: string): boolean {
  const normal = path.posix.normalize(file);
  return normal !== '..' && !normal.startsWith('../') && !path.posix.isAbsolute(normal);
}

/** The pages of a run: which files it holds, and the models of those at hand. */
export interface PageLookup {
  has(file: string): boolean;
  get(file: string): PageModel | Error | undefined;
}

/** Told of every answer the view gives about the project's files, for a cache to check later. */
export interface ProjectWatcher {
  exists(file: string, present: boolean): void;
  page(file: string, page: PageModel | null): void;
}

/** What the engine does with a project view besides handing it to rules. */
export interface RunProjectView extends ProjectView {
  /** Reads ahead the git history of these translations for `syncBaseOf` (one git process for all). */
  prefetchSyncBases(pairs: readonly { file: string; canonical: string }[]): Promise<void>;
  /** The same, synchronously. */
  prefetchSyncBasesNow(pairs: readonly { file: string; canonical: string }[]): void;
  /** Ends the git process that reads ahead, if one was started. */
  close(): void;
}

/** Pages read on demand (link targets) kept at once: enough for a site's shared targets. */
const KEPT_PAGES = 256;

/**
 * `sync`: where sync bases come from; a map instead is the cache of the view's own
 * look-ups (filled as they are made, and read before looking anything up).
 * `historyOf`: the only translations whose git history is read (a run on given pages).
 * `watcher`: told of the answers, for a cache. The pages the view reads carry their
 * hash only for a watcher or for comparing them with their git history.
 */
export function createProjectView(
  config: Config,
  pages: PageLookup,
  urls: ReadonlyMap<string, UrlStatus> = new Map(),
  sync?: SyncSource | SyncBases,
  watcher?: () => ProjectWatcher | null,
  historyOf?: readonly string[],
): RunProjectView {
  const existing = new Map<string, boolean>();
  const loaded = new Map<string, PageModel | null>();
  const reader = new PageReader(config.root, config);
  const hashed = watcher !== undefined || comparesWithGit(config);

  const exists = (file: string): boolean => {
    const normal = path.posix.normalize(file);
    if (!insideRoot(normal)) return false;
    let known = existing.get(normal);
    if (known === undefined) {
      known = pages.has(normal) || isPresent(path.join(config.root, normal));
      existing.set(normal, known);
    }
    watcher?.()?.exists(normal, known);
    return known;
  };

  const isCanonical = (file: string) => config.source.match(file) !== null && !config.locales.some((l) => l.patterns.some((p) => p.match(file) !== null));

  let syncSource = sync instanceof Map ? undefined : sync;
  let created: PrefetchingSyncSource | undefined;
  const source = (): SyncSource =>
    (syncSource ??= created = createSyncSource({
      root: config.root,
      siteRoot: config.siteRoot,
      sync: config.sync,
      page: (page) => view.page(page),
      canonicalOf: (page) => view.canonicalOf(page)?.canonical ?? null,
      ...(historyOf ? { historyOf } : {}),
    }, sync instanceof Map ? sync : undefined));
  const view: RunProjectView = {
    root: config.root,
    sourceLocale: config.sourceLocale,
    locales: config.locales.map((l) => l.code),
    siteRoot: config.siteRoot,
    changelog: config.changelog,
    syncKey: config.sync.store === 'front-matter' ? config.sync.key : null,
    exists,
    page(file) {
      const normal = path.posix.normalize(file);
      const atHand = pages.get(normal);
      if (atHand !== undefined) return atHand instanceof Error ? null : atHand;
      let page = loaded.get(normal);
      if (page === undefined) {
        const read = exists(normal) ? reader.load(normal, hashed) : null;
        page = read instanceof Error ? null : read;
        if (loaded.size >= KEPT_PAGES) loaded.delete(loaded.keys().next().value as string);
        loaded.set(normal, page);
      }
      watcher?.()?.page(normal, page);
      return page;
    },
    translationOf(canonical, code) {
      const stem = config.source.match(canonical);
      const locale = config.locales.find((l) => l.code === code);
      if (stem === null || !locale) return null;
      return locale.patterns.map((pattern) => pattern.format(stem)).find(exists) ?? null;
    },
    canonicalOf(file) {
      for (const locale of config.locales) {
        for (const pattern of locale.patterns) {
          const stem = pattern.match(file);
          if (stem === null) continue;
          const canonical = config.source.format(stem);
          if (exists(canonical) && isCanonical(canonical)) return { canonical, locale: locale.code };
        }
      }
      return null;
    },
    urlStatus: (url) => urls.get(url),
    syncBaseOf(file) {
      return source().baseOf(path.posix.normalize(file));
    },
    async prefetchSyncBases(pairs) {
      source();
      await created?.prefetch(pairs);
    },
    prefetchSyncBasesNow(pairs) {
      source();
      created?.prefetchNow(pairs);
    },
    close() {
      created?.close();
    },
  };
  return view;
}

/**
 * Whether pages may be compared with their git history (for the sync bases of
 * `outdated`), which tells a past version equal to the page by their hashes.
 */
export function comparesWithGit(config: Config): boolean {
  return config.sync.git && mayBeInWorkTree(config.root);
}

function isPresent(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}
