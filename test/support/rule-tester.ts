import { expect } from 'vitest';
import { alignPages } from '../../src/align/align.js';
import { formatMessage, type Finding, type Rule } from '../../src/engine/rule.js';
import { ruleOptions } from '../../src/engine/settings.js';
import { parsePage } from '../../src/page/parse.js';

export interface PairCase {
  /** The canonical page's Markdown. */
  canonical: string;
  /** The translation's Markdown. */
  locale: string;
  options?: object;
  localeCode?: string;
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
 * Runs one pair rule on two Markdown strings, in memory, the way the engine does:
 * parse both pages, align them, call the rule with its options (schema defaults applied).
 */
export function runPairRule(rule: Rule<object, string>, testCase: PairCase): Reported[] {
  const canonical = parsePage('en/page.md', testCase.canonical);
  const locale = parsePage('de/page.md', testCase.locale);
  const reported: Reported[] = [];
  rule.checkPair?.({
    canonical,
    locale,
    localeCode: testCase.localeCode ?? 'de',
    alignment: alignPages(canonical, locale),
    options: ruleOptions(rule, testCase.options ?? {}, 'test'),
    report(report) {
      const related = report.related ? { file: canonical.file, ...report.related } : undefined;
      const data = { ...report.data, ...(related ? { canonicalLine: related.line, canonicalFile: related.file } : {}) };
      reported.push({
        messageId: report.messageId,
        finding: {
          ruleId: rule.meta.id,
          severity: 'error',
          message: formatMessage(rule.meta.messages[report.messageId] ?? report.messageId, data),
          file: report.file ?? locale.file,
          line: report.at.line,
          column: report.at.column,
          endLine: report.at.endLine,
          endColumn: report.at.endColumn,
          ...(related ? { related } : {}),
        },
      });
    },
  });
  return reported;
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
