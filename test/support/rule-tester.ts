import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { alignPages } from '../../src/align/align.js';
import { resolveConfig, type ConfigFile } from '../../src/config/load.js';
import { applyEdits } from '../../src/engine/fix.js';
import { toFinding } from '../../src/engine/lint.js';
import { createProjectView, type UrlStatus } from '../../src/engine/project.js';
import type { Finding, Report, Rule } from '../../src/engine/rule.js';
import { ruleOptions } from '../../src/engine/settings.js';
import type { PageModel } from '../../src/page/model.js';
import { parsePage } from '../../src/page/parse.js';
import { printPage } from '../../src/sync/sections.js';
import { makeTree } from './tree.js';

/** The canonical page is `en/page.md`, the translation `de/page.md` (locale `de`). */
export const CANONICAL_FILE = 'en/page.md';
export const LOCALE_FILE = 'de/page.md';

export interface PairCase {
  /** The canonical page's Markdown. */
  canonical: string;
  /** The translation's Markdown. */
  locale: string;
  options?: object;
  /**
   * Other files of the project (path -> content), written to a temporary folder
   * with the two pages, for rules that look at the project (links, anchors).
   */
  files?: Record<string, string>;
  /** Config keys beyond source and locales (which map `en/{path}.md` to `de/{path}.md`). */
  config?: Partial<ConfigFile>;
  /** What external URLs answered, as if run with `--online`. */
  urlStatus?: ReadonlyMap<string, UrlStatus>;
  /** The translation's locale code, as the rule sees it (default `de`). */
  localeCode?: string;
  /**
   * The canonical page as it was when the translation was stamped in sync (what
   * `l10n-lint stamp` would have recorded); without it, the translation has no stamp.
   */
  stamped?: string;
  /** For a rule that checks single pages: check the canonical page instead of the translation. */
  pageUnderTest?: 'locale' | 'canonical';
}

/** An expected finding: every position is required, so tests pin them exactly. */
export interface ExpectedFinding {
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The canonical line the finding names, when it has one. */
  canonicalLine?: number;
  /** The exact message, when the test pins it. */
  message?: string;
}

interface Reported {
  messageId: string;
  finding: Finding;
}

/**
 * Runs one rule on two Markdown strings the way the engine does: parse both pages,
 * align them, and call the rule's `checkPair` and `checkPage` (on the translation,
 * or on the canonical page when asked) with its options, schema defaults applied.
 */
export function runPairRule(rule: Rule<object, string>, testCase: PairCase): Reported[] {
  const canonical = parsePage(CANONICAL_FILE, testCase.canonical);
  const locale = parsePage(LOCALE_FILE, testCase.locale);
  const root = testCase.files ? writeProject(testCase) : path.join(tmpdir(), 'l10n-lint-no-such-project');
  const config = resolveConfig(
    { source: 'en/{path}.md', locales: { de: 'de/{path}.md' }, ...testCase.config },
    path.join(root, 'l10n-lint.config.json'),
  );
  const pages = new Map<string, PageModel>([
    [canonical.file, canonical],
    [locale.file, locale],
  ]);
  const stamped = testCase.stamped;
  const sync = {
    baseOf: (file: string) =>
      stamped !== undefined && file === locale.file ? { from: 'lockfile' as const, sections: printPage(parsePage(CANONICAL_FILE, stamped), { siteRoot: config.siteRoot }) } : null,
  };
  const project = createProjectView(config, pages, testCase.urlStatus, sync);
  const options = ruleOptions(rule, testCase.options ?? {}, 'test');
  const reported: Reported[] = [];
  const collect = (page: PageModel) => (report: Report<string>) =>
    reported.push({ messageId: report.messageId, finding: toFinding({ rule, severity: 'error' }, report, page.file, canonical.file) });

  rule.checkPair?.({ canonical, locale, localeCode: testCase.localeCode ?? 'de', alignment: alignPages(canonical, locale), options, project, report: collect(locale) });
  if (testCase.pageUnderTest === 'canonical') {
    rule.checkPage?.({ page: canonical, locale: null, canonical: null, options, project, report: collect(canonical) });
  } else {
    rule.checkPage?.({ page: locale, locale: testCase.localeCode ?? 'de', canonical, options, project, report: collect(locale) });
  }
  return reported;
}

function writeProject(testCase: PairCase): string {
  return makeTree({ ...testCase.files, [CANONICAL_FILE]: testCase.canonical, [LOCALE_FILE]: testCase.locale });
}

/** Asserts that a pair produces exactly the expected findings, in document order. */
export function expectFindings(rule: Rule<object, string>, testCase: PairCase, expected: ExpectedFinding[]): void {
  const actual = runPairRule(rule, testCase)
    .sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column)
    .map(({ messageId, finding }) => {
      const shape: ExpectedFinding = { messageId, line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn };
      if (finding.related) shape.canonicalLine = finding.related.line;
      return { shape, message: finding.message };
    });
  expect(actual.length, `findings: ${JSON.stringify(actual.map((a) => a.message), null, 2)}`).toBe(expected.length);
  expected.forEach((want, index) => {
    const got = actual[index];
    const { message, ...position } = want;
    expect(got?.shape).toEqual(position);
    if (message !== undefined) expect(got?.message).toBe(message);
  });
}

/** Asserts that a pair produces no findings. */
export function expectClean(rule: Rule<object, string>, testCase: PairCase): void {
  const messages = runPairRule(rule, testCase).map((r) => `${r.finding.line}:${r.finding.column} ${r.finding.message}`);
  expect(messages).toEqual([]);
}

/**
 * Asserts that applying every fix the rule offers turns the translation into
 * `output`, and that linting the fixed text again offers no more fixes.
 */
export function expectFix(rule: Rule<object, string>, testCase: PairCase, output: string): void {
  const edits = runPairRule(rule, testCase).flatMap((r) => r.finding.fix ?? []);
  expect(edits.length, 'the rule offers fixes').toBeGreaterThan(0);
  const fixed = applyEdits(testCase.locale, edits).text;
  expect(fixed).toBe(output);
  const again = runPairRule(rule, { ...testCase, locale: fixed }).filter((r) => r.finding.fix);
  expect(again.map((r) => r.finding.message)).toEqual([]);
}
