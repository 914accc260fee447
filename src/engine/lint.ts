import pLimit from 'p-limit';
import { alignPages } from '../align/align.js';
import type { Config, Severity } from '../config/load.js';
import { planRun, type Plan } from '../discover/plan.js';
import type { PageModel, Span } from '../page/model.js';
import { externalUrls } from '../links/resolve.js';
import { loadPage } from './pages.js';
import { createProjectView, type UrlStatus } from './project.js';
import type { SyncBases } from '../sync/source.js';
import { notInBaseline, type Baseline } from './baseline.js';
import { RuleSets } from './rule-sets.js';
import type { ActiveRule } from './settings.js';
import { applySuppressions, type UnusedDirective } from './suppress.js';
import { FILE_START, formatMessage, type Finding, type Report, type RuleMeta } from './rule.js';

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
  /** Told how far the run is: each page read and each pair checked is one step of `total`. */
  progress?: (done: number, total: number) => void;
  /** Filled with the sync bases the run looked up (`outdated`), for `syncStatuses` to reuse. */
  syncBases?: SyncBases;
}

/** The findings of one file: the unit every formatter works on. */
export interface FileResult {
  /** Path relative to the config's root, with forward slashes. */
  file: string;
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

/** Files read at once: enough to keep the disk busy, far below the open-file limit. */
const OPEN_FILES = 64;

/** Reported when a file cannot be read as Markdown; not configurable. */
export const READ_ERROR = 'unreadable-file';

/**
 * Runs the whole pipeline in-process: plan which files pair up, parse each file
 * once, align every pair, run the enabled rules, and gather findings by file.
 */
export async function lint(config: Config, options: LintOptions = {}): Promise<LintResult> {
  const ruleSets = await RuleSets.create(config, options.rules);
  const plan = await planRun(config, options);
  const findings: Finding[] = [];

  const pages = new Map<string, PageModel | Error>();
  const limit = pLimit(OPEN_FILES);
  const steps = plan.files.length + plan.pairs.length;
  let done = 0;
  const step = () => options.progress?.(++done, steps);
  await Promise.all(plan.files.map((file) => limit(async () => (pages.set(file, await loadPage(config.root, file, config)), step()))));
  for (const [file, page] of pages) {
    if (page instanceof Error) {
      findings.push({ ruleId: READ_ERROR, severity: 'error', message: page.message, file, ...FILE_START });
    }
  }

  const urlStatus = options.online ? await options.online(urlsToCheck(plan, pages)) : options.urlStatus;
  const project = createProjectView(config, pages, urlStatus, options.syncBases);
  const canonicalOf = new Map(plan.pairs.map((pair) => [pair.file, pair.canonical]));
  const localeOf = new Map<string, string>([
    ...plan.pairs.map((pair) => [pair.file, pair.locale] as const),
    ...plan.orphans.map((orphan) => [orphan.file, orphan.locale] as const),
    ...plan.strays.map((stray) => [stray.file, stray.locale] as const),
  ]);
  const rulesOf = (file: string) => ruleSets.rulesFor(file, localeOf.get(file) ?? null);

  const strays = new Set(plan.strays.map((stray) => stray.file));
  for (const [file, page] of pages) {
    if (page instanceof Error || strays.has(file)) continue;
    const canonicalFile = canonicalOf.get(file);
    const canonical = canonicalFile ? pages.get(canonicalFile) : undefined;
    for (const active of rulesOf(file)) {
      active.rule.checkPage?.({
        page,
        locale: localeOf.get(file) ?? null,
        canonical: canonical && !(canonical instanceof Error) ? canonical : null,
        options: active.options,
        project,
        report: (report) => findings.push(toFinding(active, report, file, canonicalFile)),
      });
    }
  }

  // Coverage rules see the whole run once; each finding then takes the settings of its file.
  for (const active of ruleSets.coverageRules()) {
    active.rule.checkCoverage?.({
      plan,
      options: active.options,
      report: (report) => {
        const here = rulesOf(report.file).find((rule) => rule.rule === active.rule);
        if (here) findings.push(toFinding(here, report, report.file, undefined));
      },
    });
  }

  for (const pair of plan.pairs) {
    step();
    const canonical = pages.get(pair.canonical);
    const locale = pages.get(pair.file);
    if (!canonical || !locale || canonical instanceof Error || locale instanceof Error) continue;
    const alignment = alignPages(canonical, locale);
    for (const active of rulesOf(pair.file)) {
      active.rule.checkPair?.({
        canonical,
        locale,
        localeCode: pair.locale,
        alignment,
        options: active.options,
        project,
        report: (report) => findings.push(toFinding(active, report, pair.file, pair.canonical)),
      });
    }
  }

  const { kept, unused } = applySuppressions(findings, pages, canonicalOf);
  if (options.reportUnusedDisableDirectives) kept.push(...unused.map(unusedDirectiveFinding));
  const results = groupByFile(plan.files, kept);
  for (const result of results) {
    const page = pages.get(result.file);
    if (page && !(page instanceof Error) && page.hash) result.hash = page.hash;
  }
  if (options.baseline) {
    const baseline = options.baseline;
    for (const result of results) recount(result, notInBaseline(baseline, result.findings));
  }
  return { root: config.root, results, plan, rules: new Map([...ruleSets.registry].map(([id, rule]) => [id, rule.meta])) };
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

function recount(result: FileResult, findings: Finding[]): void {
  result.findings = findings;
  result.errorCount = findings.filter((f) => f.severity === 'error').length;
  result.warningCount = findings.length - result.errorCount;
}

/** The external URLs of the run's translations, once each. */
function urlsToCheck(plan: Plan, pages: ReadonlyMap<string, PageModel | Error>): string[] {
  const urls = new Set<string>();
  for (const pair of plan.pairs) {
    const page = pages.get(pair.file);
    if (page && !(page instanceof Error)) for (const url of externalUrls(page)) urls.add(url);
  }
  return [...urls].sort();
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

function groupByFile(files: string[], findings: Finding[]): FileResult[] {
  const byFile = new Map<string, Finding[]>(files.map((file) => [file, []]));
  for (const finding of findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  return [...byFile.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, list]) => {
      list.sort(compareFindings);
      const errorCount = list.filter((f) => f.severity === 'error').length;
      return { file, findings: list, errorCount, warningCount: list.length - errorCount };
    });
}

function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
