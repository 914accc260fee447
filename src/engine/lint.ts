import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import type { Config, Severity } from '../config/load.js';
import { toPortable } from '../config/portable.js';
import { comparePaths, planRun, type PagePair, type Plan } from '../discover/plan.js';
import { git } from '../sync/git.js';
import type { SyncBases } from '../sync/source.js';
import { notInBaseline, type Baseline } from './baseline.js';
import { RunCache, type GroupEntry } from './cache.js';
import { FindingStore, heldFindings } from './finding-store.js';
import { hashOf } from './fix.js';
import { READ_ERROR, toFinding, type CheckSetup, type FileRole, type GroupOutcome, type GroupTask, type PageSummary } from './group-check.js';
import { createGroupPool } from './group-pool.js';
import { PageReader } from './pages.js';
import { comparesWithGit, type UrlStatus } from './project.js';
import { RuleSets } from './rule-sets.js';
import type { Finding, RuleMeta } from './rule.js';
import { createSuppressor, type UnusedDirective } from './suppress.js';

export interface LintOptions {
  /** Only these files (relative to the config's root) and their counterparts. */
  paths?: string[];
  /** Only these locales. */
  locales?: string[];
  /** Severity overrides by rule id (`--rule id:severity`). */
  rules?: Record<string, Severity>;
  /** What external URLs answered, when they were checked (`--online`). */
  urlStatus?: ReadonlyMap<string, UrlStatus>;
  /** Report disable directives that suppressed nothing. */
  reportUnusedDisableDirectives?: boolean;
  /** Report only findings this baseline does not hold. */
  baseline?: Baseline;
  /**
   * Checks external URLs (`--online`): called once the pages are read, with the
   * external URLs of the translations (see `externalUrls`); what it answers is what
   * rules see as `urlStatus`. Without it, nothing touches the network.
   */
  online?: (urls: string[]) => Promise<ReadonlyMap<string, UrlStatus>>;
  /**
   * Worker threads that parse and check pages: 0 does it in this thread. Unset: one
   * per core, or none for a run of a few pages.
   */
  workers?: number;
  /** Folder of the cache of page models and findings (`--cache`); no cache when unset. */
  cache?: string;
  /**
   * Only this part of the run (`--shard 2/3`): the canonical pages are dealt out in
   * turn to `count` shards, each with its translations; files that belong to no
   * canonical page go the same way. `index` counts from 1.
   */
  shard?: { index: number; count: number };
  /** Told how far the run is: each page read and each pair checked is one step of `total`. */
  progress?: (done: number, total: number) => void;
  /** Filled with the sync bases the run looked up (`outdated`), for `syncStatuses` to reuse. */
  syncBases?: SyncBases;
  /**
   * Whether the results must carry their files' hashes (`FileResult.hash`), which
   * applying fixes needs. Default true. The command line asks for them only when it
   * fixes: hashing loads `node:crypto`, a twentieth or more of a run on one page.
   * Without them, a result has its hash only where the run needed it anyway.
   */
  hashes?: boolean;
}

/** The findings of one file: the unit every formatter works on. */
export interface FileResult {
  /** Path relative to the config's root, with forward slashes. */
  file: string;
  /**
   * In `lint`'s result, held compactly and read back when asked for (see
   * `heldFindings`): read it where it is used rather than keeping every file's list.
   * Assign a new list to change it.
   */
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  /** SHA-256 of the file as it was read, so that a fix never overwrites a later edit. */
  hash?: string;
  /** With `--fix-dry-run`: the file's text with the fixes applied, when they change it. */
  output?: string;
}

export interface LintResult {
  root: string;
  results: FileResult[];
  plan: Plan;
  /** The metadata of every rule the run knew (built-in and plugins'), by id: for formatters. */
  rules?: ReadonlyMap<string, RuleMeta>;
}

/** Groups (a canonical page with its translations) read and checked at once: bounds memory, keeps the workers busy. */
const GROUPS_AT_ONCE = 32;

/** Runs started in this process: each run's setup is told apart from the last by its number. */
let runs = 0;

export { READ_ERROR, toFinding };

/**
 * Runs the whole pipeline: plan which files pair up, then, a group at a time (a
 * canonical page and its translations), read its pages and have them parsed and
 * checked by the enabled rules (in worker threads for a large run; see
 * `group-check.ts`). Only the findings and each page's directives and hash come back,
 * so memory does not grow with the tree. The result does not depend on the number of
 * workers.
 */
export async function lint(config: Config, options: LintOptions = {}): Promise<LintResult> {
  const ruleSets = await RuleSets.create(config, options.rules);
  const fullPlan = await planRun(config, options);
  const groups = groupsOf(fullPlan).filter((_, k) => !options.shard || k % options.shard.count === options.shard.index - 1);
  const inRun = new Set(groups.flat());
  const plan = options.shard ? shardPlan(fullPlan, inRun) : fullPlan;
  const canonicalOf = new Map(plan.pairs.map((pair) => [pair.file, pair.canonical]));
  const localeOf = new Map<string, string>([
    ...plan.pairs.map((pair) => [pair.file, pair.locale] as const),
    ...plan.orphans.map((orphan) => [orphan.file, orphan.locale] as const),
    ...plan.strays.map((stray) => [stray.file, stray.locale] as const),
  ]);
  const rulesOf = (file: string) => ruleSets.rulesFor(file, localeOf.get(file) ?? null);
  const strays = new Set(plan.strays.map((stray) => stray.file));
  const pairsOf = new Map<string, PagePair[]>();
  for (const pair of plan.pairs) pairsOf.set(pair.canonical, [...(pairsOf.get(pair.canonical) ?? []), pair]);

  const pool = createGroupPool(plan.files.length, options.workers);
  const cache = options.cache ? RunCache.open(options.cache, cacheSettings(config, options)) : null;
  const portable = toPortable(config);
  // Fixes need each page's hash (a fix never overwrites a later edit), and so does comparing a page with its git history.
  const hashPages = options.hashes !== false || comparesWithGit(config);
  const setupOf = (urlStatus?: ReadonlyMap<string, UrlStatus>): CheckSetup => ({
    run: String(++runs),
    config: portable,
    rules: options.rules ?? {},
    hashPages,
    ...(urlStatus ? { urlStatus: [...urlStatus] } : {}),
    // A run on given pages reads the git history of their translations only, not of the whole tree.
    ...(options.paths ? { historyOf: plan.pairs.map((pair) => pair.file) } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
  });
  const roleOf = (file: string): FileRole => {
    const canonical = canonicalOf.get(file);
    return { locale: localeOf.get(file) ?? null, ...(canonical ? { canonical } : {}), ...(strays.has(file) ? { stray: true } : {}) };
  };

  const store = new FindingStore();
  try {
    const reader = new PageReader(config.root, config);
    const loadGroup = (files: string[]) => {
      const bytes = files.map((file) => reader.read(file));
      // The cache is keyed by content; without it, each model carries its own hash.
      return { files, bytes, hashes: cache ? bytes.map((b) => (b instanceof Error ? '' : hashOf(b))) : [] };
    };
    const taskOf = ({ files, bytes, hashes }: ReturnType<typeof loadGroup>, cacheKey?: string): GroupTask => ({
      files,
      pages: bytes.map((read) => (read instanceof Error ? { error: read.message } : read)),
      hashes,
      roles: files.map(roleOf),
      pairs: pairsOf.get(files[0] ?? '') ?? [],
      ...(cacheKey ? { cacheKey } : {}),
      ...(options.syncBases ? { syncBases: true } : {}),
    });

    let urlStatus = options.urlStatus;
    if (options.online) {
      const urlSetup = setupOf();
      urlStatus = await options.online(await urlsToCheck(groups, async (files) => pool.urls(urlSetup, taskOf(loadGroup(files)))));
    }
    const setup = setupOf(urlStatus);
    const useFindingsCache = cache && !options.online && !options.urlStatus;

    const steps = plan.files.length + plan.pairs.length;
    let done = 0;
    /** A group is done: each of its pages read and each of its pairs checked is a step. */
    const groupDone = (files: string[]) => {
      done += files.length + (pairsOf.get(files[0] ?? '')?.length ?? 0);
      options.progress?.(done, steps);
    };
    const summaries = new Map<string, PageSummary | Error>();
    const limit = pLimit(GROUPS_AT_ONCE);
    await Promise.all(
      groups.map((files) =>
        limit(async () => {
          const loaded = loadGroup(files);
          const key = useFindingsCache ? cache.groupKey(files.map((file, i) => [file, loaded.hashes[i] ?? ''] as const)) : '';
          const entry = useFindingsCache ? cache.group(key) : undefined;
          if (entry && stillTrue(entry, config.root, files)) {
            for (const [file, bytes] of entry.findings) store.addEncoded(file, bytes);
            files.forEach((file, i) => {
              const read = loaded.bytes[i];
              summaries.set(file, read instanceof Error ? read : { directives: entry.files[file]?.directives ?? [], hash: loaded.hashes[i] ?? '' });
            });
            groupDone(files);
            return;
          }
          const outcome = await pool.check(setup, taskOf(loaded, key));
          for (const [file, bytes] of outcome.findings) store.addEncoded(file, bytes);
          files.forEach((file, i) => {
            const page = outcome.pages[i] as GroupOutcome['pages'][number];
            summaries.set(file, 'error' in page ? new Error(page.error) : page);
          });
          for (const [file, base] of outcome.syncBases) options.syncBases?.set(file, base);
          groupDone(files);
        }),
      ),
    );

    // The groups are all checked: the workers' memory is given back before the report is put together.
    await pool.close();
    // Coverage rules see the whole run once; each finding then takes the settings of its file.
    const planned = new Set(fullPlan.files);
    const inShard = (file: string) => !options.shard || inRun.has(file) || (options.shard.index === 1 && !planned.has(file));
    const covered: Finding[] = [];
    for (const active of ruleSets.coverageRules()) {
      active.rule.checkCoverage?.({
        plan: fullPlan,
        options: active.options,
        report: (report) => {
          const here = rulesOf(report.file).find((rule) => rule.rule === active.rule);
          if (here && inShard(report.file)) covered.push(toFinding(here, report, report.file, undefined));
        },
      });
    }
    store.add(covered);

    // In the plan's order, so that unused directives come out the same whatever finished first.
    const pages = new Map(plan.files.flatMap((file) => (summaries.has(file) ? [[file, summaries.get(file) as PageSummary | Error] as const] : [])));
    // A file at a time, so that only one file's findings are objects at once, and in the
    // order they were stored, so that what was held for the files done is given back as
    // the results are made.
    const files = [...new Set([...store.files(), ...plan.files])];
    const suppressor = createSuppressor(pages, canonicalOf);
    // Which directives suppress nothing is known once every finding has been through them.
    const unusedIn = new Map<string, Finding[]>();
    if (options.reportUnusedDisableDirectives) {
      for (const file of files) suppressor.keep(store.read(file));
      for (const unused of suppressor.unused()) {
        const list = unusedIn.get(unused.file);
        if (list) list.push(unusedDirectiveFinding(unused));
        else unusedIn.set(unused.file, [unusedDirectiveFinding(unused)]);
      }
    }
    const results = files.map((file) => {
      const findings = [...suppressor.keep(store.take(file)), ...(unusedIn.get(file) ?? [])];
      const reported = options.baseline ? notInBaseline(options.baseline, findings) : findings;
      const page = pages.get(file);
      return fileResult(file, reported, page && !(page instanceof Error) ? page.hash : undefined);
    });
    results.sort((a, b) => comparePaths(a.file, b.file));
    return { root: config.root, results, plan, rules: new Map([...ruleSets.registry].map(([id, rule]) => [id, rule.meta])) };
  } finally {
    store.close();
    await pool.close();
  }
}

/**
 * The units of work: each canonical page with its translations (canonical first, then
 * in plan order), then every other file alone (orphans, strays). Each file is in one
 * group only, and only the plan's files are in groups.
 */
export function groupsOf(plan: Plan): string[][] {
  const planned = new Set(plan.files);
  const taken = new Set<string>();
  const groups: string[][] = [];
  const byCanonical = new Map<string, string[]>();
  for (const pair of plan.pairs) {
    if (!planned.has(pair.canonical) || !planned.has(pair.file)) continue;
    let group = byCanonical.get(pair.canonical);
    if (!group) {
      group = [pair.canonical];
      byCanonical.set(pair.canonical, group);
      groups.push(group);
      taken.add(pair.canonical);
    }
    if (!taken.has(pair.file)) {
      group.push(pair.file);
      taken.add(pair.file);
    }
  }
  for (const file of plan.files) {
    if (!taken.has(file)) {
      groups.push([file]);
      taken.add(file);
    }
  }
  return groups;
}

/** The part of a plan about these files. */
function shardPlan(plan: Plan, files: ReadonlySet<string>): Plan {
  return {
    pairs: plan.pairs.filter((pair) => files.has(pair.file)),
    missing: plan.missing.filter((missing) => files.has(missing.canonical)),
    orphans: plan.orphans.filter((orphan) => files.has(orphan.file)),
    strays: plan.strays.filter((stray) => files.has(stray.file)),
    files: plan.files.filter((file) => files.has(file)),
  };
}

/** Whether what a cached group depended on outside itself is still as it was. */
function stillTrue(entry: GroupEntry, root: string, files: readonly string[]): boolean {
  if (!files.every((file) => entry.files[file] !== undefined)) return false;
  for (const [file, present] of Object.entries(entry.exists)) {
    if (existsSync(path.join(root, file)) !== present) return false;
  }
  for (const [file, hash] of Object.entries(entry.pages)) {
    let now: string | null;
    try {
      now = hashOf(readFileSync(path.join(root, file)));
    } catch {
      now = null;
    }
    if (now !== hash) return false;
  }
  return true;
}

/**
 * Everything besides the pages that findings depend on, for the cache's key: the
 * settings, and what the outdated rule compares translations with (the lockfile's
 * stamps, and the git history up to the current commit).
 */
function cacheSettings(config: Config, options: LintOptions): unknown {
  let lockfile: string | null;
  try {
    lockfile = hashOf(readFileSync(config.sync.lockfile));
  } catch {
    lockfile = null;
  }
  return { config, rules: options.rules ?? {}, locales: options.locales ?? null, sync: { lockfile, commit: config.sync.git ? headCommit(config.root) : null } };
}

/** The commit checked out in the folder's git repository, or null outside one. */
function headCommit(folder: string): string | null {
  return git(folder, ['rev-parse', 'HEAD'])?.trim() || null;
}

/** Reported for a disable directive that suppressed nothing (`--report-unused-disable-directives`). */
export const UNUSED_DIRECTIVE = 'unused-disable-directive';

function unusedDirectiveFinding({ file, directive }: UnusedDirective): Finding {
  const what = directive.rules.length > 0 ? ` for ${directive.rules.join(', ')}` : '';
  return {
    ruleId: UNUSED_DIRECTIVE,
    severity: 'warn',
    message: `Unused l10n-lint-${directive.kind} directive: no problem${what} was reported here; remove it`,
    file,
    line: directive.line,
    column: directive.column,
    endLine: directive.endLine,
    endColumn: directive.endColumn,
  };
}

/** The external URLs of the run's translations, once each: read ahead of the rules, a group at a time. */
async function urlsToCheck(groups: string[][], urlsOf: (files: string[]) => Promise<string[]>): Promise<string[]> {
  const urls = new Set<string>();
  const limit = pLimit(GROUPS_AT_ONCE);
  await Promise.all(groups.map((files) => limit(async () => (await urlsOf(files)).forEach((url) => urls.add(url)))));
  return [...urls].sort();
}

/** A file's result, its findings sorted by place and held compactly. */
function fileResult(file: string, findings: Finding[], hash: string | undefined): FileResult {
  findings.sort(compareFindings);
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  return heldFindings({ file, errorCount, warningCount: findings.length - errorCount, ...(hash ? { hash } : {}) }, findings);
}

function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
