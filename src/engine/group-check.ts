import { alignPages } from '../align/align.js';
import type { Severity } from '../config/load.js';
import { fromPortable, type PortableConfig } from '../config/portable.js';
import type { PagePair } from '../discover/plan.js';
import { externalUrls } from '../links/resolve.js';
import type { Directive } from '../page/directives.js';
import type { PageModel, Span } from '../page/model.js';
import type { SyncBase } from '../sync/base.js';
import type { SyncBases } from '../sync/source.js';
import { RunCache } from './cache.js';
import { encodeByFile } from './finding-store.js';
import { modelOf } from './pages.js';
import { createProjectView, type ProjectWatcher, type UrlStatus } from './project.js';
import { RuleSets } from './rule-sets.js';
import { FILE_START, formatMessage, type Finding, type Report } from './rule.js';
import type { ActiveRule } from './settings.js';

/** Reported when a file cannot be read as Markdown; not configurable. */
export const READ_ERROR = 'unreadable-file';

/** What every group of a run is checked with. Plain JSON data: it is sent to worker threads as JSON. */
export interface CheckSetup {
  /** Tells runs apart: a worker keeps the checker of the run it last served. */
  run: string;
  config: PortableConfig;
  /** Severity overrides by rule id (`--rule`). */
  rules: Record<string, Severity>;
  /** What external URLs answered (`--online`). */
  urlStatus?: [string, UrlStatus][];
  /** The only translations whose git history is read (a run on given pages). */
  historyOf?: string[];
  /** The cache folder (`--cache`): page models are taken from it and added to it. */
  cache?: string;
  /**
   * Whether the group's page models carry their file's hash (`PageModel.hash`), when
   * the main thread did not send it. With a cache, the main thread sends every hash.
   */
  hashPages: boolean;
}

/** What a group's file is in the run's plan. */
export interface FileRole {
  /** The locale of a translation, orphan or stray file; null for a canonical page. */
  locale: string | null;
  /** For a translation, its canonical page. */
  canonical?: string;
  /** A stray file: only read, never checked. */
  stray?: boolean;
}

/** A group to check: a canonical page with its translations, or a file alone. Plain data. */
export interface GroupTask {
  files: string[];
  /** Each file's bytes, or why it was not read. */
  pages: (Uint8Array | { error: string })[];
  /** Each file's content hash, when the run keeps a cache (else empty). */
  hashes: string[];
  roles: FileRole[];
  /** The pairs of the group's canonical page. */
  pairs: PagePair[];
  /** Where the group's findings go in the cache, when findings are cached. */
  cacheKey?: string;
  /** Whether the sync bases looked up are sent back (the report reuses them). */
  syncBases?: boolean;
}

/** What is kept of a page once its group is checked: enough for suppressions and fixes. */
export interface PageSummary {
  directives: Directive[];
  hash?: string;
}

/** What checking a group gave. Plain data: it comes back from worker threads. */
export interface GroupOutcome {
  /** The findings, as UTF-8 JSON per file (see `FindingStore`), in the order they were found. */
  findings: [string, Uint8Array][];
  /** Each file's summary, or why it could not be linted. */
  pages: (PageSummary | { error: string })[];
  /** The sync bases looked up for the group's translations, when asked for. */
  syncBases: [string, SyncBase | null][];
}

export interface GroupChecker {
  /** Reads (parses) the group's pages, runs the rules on them and drops the models. */
  check(task: GroupTask): Promise<GroupOutcome>;
  /** The external URLs of the group's translations. */
  urls(task: GroupTask): string[];
  /** Ends the git process the run's look-ups started, if any. */
  close(): void;
}

/** What a group's rules asked about files outside the group, recorded for the cache. */
interface Watch {
  watcher: ProjectWatcher;
  exists: Record<string, boolean>;
  pages: Record<string, string | null>;
}

/**
 * Checks groups of pages: in a worker thread, or in the main thread for a small run,
 * with the same result. Each group's pages are parsed, the enabled rules run on each
 * page and each pair, and only findings and each page's summary are given back.
 */
export async function createGroupChecker(setup: CheckSetup): Promise<GroupChecker> {
  const config = fromPortable(setup.config);
  const ruleSets = await RuleSets.create(config, setup.rules);
  // Only for page models and for storing findings under the key the main thread made: no settings needed.
  const cache = setup.cache ? RunCache.open(setup.cache, null) : null;
  const atHand = new Map<string, PageModel | Error>();
  const syncBases: SyncBases = new Map();
  let watching: Watch | null = null;
  // The watcher records what the rules read outside the group, for the cache.
  const watcher = cache ? () => watching?.watcher ?? null : undefined;
  const project = createProjectView(config, atHand, new Map(setup.urlStatus ?? []), syncBases, watcher, setup.historyOf);

  const modelsOf = (task: GroupTask): (PageModel | Error)[] =>
    task.files.map((file, i) => {
      const page = task.pages[i] as GroupTask['pages'][number];
      if (!(page instanceof Uint8Array)) return new Error(page.error);
      // With a cache, the main thread hashed the page for the group's key: not hashed again.
      const hash = task.hashes[i];
      const cached = hash ? cache?.page(file, hash) : undefined;
      if (cached) return cached;
      const model = modelOf(file, Buffer.from(page.buffer, page.byteOffset, page.byteLength), hash || (setup.hashPages ? undefined : null));
      if (!(model instanceof Error)) cache?.storePage(model);
      return model;
    });

  return {
    async check(task) {
      const { files, roles, pairs } = task;
      const roleOf = new Map<string, FileRole>();
      for (let i = 0; i < files.length; i++) roleOf.set(files[i] as string, roles[i] as FileRole);
      const models = modelsOf(task);
      // The translations checked by a rule that needs their sync base: their git history is read ahead, with one git process.
      const syncPairs: PagePair[] = [];
      for (const pair of pairs) if (rulesOf(ruleSets, roleOf, pair.file, pair.locale).some(usesSyncBase)) syncPairs.push(pair);
      if (syncPairs.length > 0) await project.prefetchSyncBases(syncPairs);

      const found: Finding[] = [];
      // Only a cache needs to know what the rules read outside the group.
      const watch = cache ? watchGroup(files) : null;
      watching = watch;
      // Loops and bound functions rather than closures made per group: V8 keeps their optimised code (see `everyBlock`).
      for (let i = 0; i < files.length; i++) atHand.set(files[i] as string, models[i] as PageModel | Error);
      try {
        for (let i = 0; i < files.length; i++) {
          const file = files[i] as string;
          const page = models[i] as PageModel | Error;
          const role = roles[i] as FileRole;
          if (page instanceof Error) {
            found.push({ ruleId: READ_ERROR, severity: 'error', message: page.message, file, ...FILE_START });
            continue;
          }
          if (role.stray) continue;
          const canonical = role.canonical ? atHand.get(role.canonical) : undefined;
          for (const active of rulesOf(ruleSets, roleOf, file, role.locale)) {
            active.rule.checkPage?.({
              page,
              locale: role.locale,
              canonical: canonical && !(canonical instanceof Error) ? canonical : null,
              options: active.options,
              project,
              report: addFinding.bind(null, found, active, file, role.canonical),
            });
          }
        }
        for (const pair of pairs) {
          const canonical = atHand.get(pair.canonical);
          const locale = atHand.get(pair.file);
          if (!canonical || !locale || canonical instanceof Error || locale instanceof Error) continue;
          const alignment = alignPages(canonical, locale);
          for (const active of rulesOf(ruleSets, roleOf, pair.file, pair.locale)) {
            active.rule.checkPair?.({
              canonical,
              locale,
              localeCode: pair.locale,
              alignment,
              options: active.options,
              project,
              report: addFinding.bind(null, found, active, pair.file, pair.canonical),
            });
          }
        }
      } finally {
        watching = null;
        atHand.clear();
      }

      const findings = encodeByFile(found);
      const summaries = models.map((model) => (model instanceof Error ? { error: model.message } : { directives: model.directives, ...(model.hash ? { hash: model.hash } : {}) }));
      if (cache && watch && task.cacheKey && models.every((model) => !(model instanceof Error))) {
        const entryFiles = Object.fromEntries(files.map((file, i) => [file, { hash: task.hashes[i] ?? '', directives: (models[i] as PageModel).directives }]));
        cache.storeGroup(task.cacheKey, { files: entryFiles, findings, exists: watch.exists, pages: watch.pages });
      }
      // Handed back (when asked for) and forgotten: a worker's memory does not grow with the tree.
      const bases: [string, SyncBase | null][] = [];
      for (const pair of pairs) {
        const base = syncBases.get(pair.file);
        if (base !== undefined && task.syncBases) bases.push([pair.file, base]);
        syncBases.delete(pair.file);
      }
      return { findings, pages: summaries, syncBases: bases };
    },

    urls(task) {
      const models = modelsOf(task);
      return task.files.flatMap((_, i) => {
        const page = models[i];
        return task.roles[i]?.canonical && page && !(page instanceof Error) ? externalUrls(page) : [];
      });
    },

    close() {
      project.close();
    },
  };
}

/** The rules of a file; `locale` is its locale when the file is not in the group (a pair's translation left out of the run). */
function rulesOf(ruleSets: RuleSets, roleOf: ReadonlyMap<string, FileRole>, file: string, locale: string | null): readonly ActiveRule[] {
  const role = roleOf.get(file);
  return ruleSets.rulesFor(file, role ? role.locale : locale);
}

function usesSyncBase(active: ActiveRule): boolean {
  return active.rule.meta.usesSyncBase === true;
}

/** A rule's report, added to the group's findings. */
function addFinding(found: Finding[], active: ActiveRule, file: string, canonicalFile: string | undefined, report: Report<string>): void {
  found.push(toFinding(active, report, file, canonicalFile));
}

function watchGroup(files: readonly string[]): Watch {
  const group = new Set(files);
  const watch: Watch = {
    exists: {},
    pages: {},
    watcher: {
      exists: (file, present) => {
        if (!group.has(file)) watch.exists[file] = present;
      },
      page: (file, page) => {
        if (!group.has(file)) watch.pages[file] = page?.hash ?? null;
      },
    },
  };
  return watch;
}

/** A rule's report as a finding: its message filled in, its places made whole. */
export function toFinding(active: Pick<ActiveRule, 'rule' | 'severity'>, report: Report<string>, defaultFile: string, canonicalFile: string | undefined): Finding {
  const template = active.rule.meta.messages[report.messageId] ?? report.messageId;
  const related = report.related && canonicalFile ? { file: canonicalFile, ...pickSpan(report.related) } : undefined;
  const data = { ...report.data, ...(related ? { canonicalLine: related.line, canonicalFile: related.file } : {}) };
  return {
    ruleId: active.rule.meta.id,
    severity: active.severity,
    message: formatMessage(template, data),
    file: report.file ?? defaultFile,
    ...pickSpan(report.at),
    ...(related ? { related } : {}),
    ...(report.fix ? { fix: [report.fix].flat().map((edit) => ({ ...pickSpan(edit), text: edit.text })) } : {}),
    ...(report.detail ? { detail: report.detail } : {}),
  };
}

function pickSpan(span: Span): Span {
  return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}
