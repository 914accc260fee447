import type { LintResult } from '../../src/engine/lint.js';
import type { Finding, RuleMeta } from '../../src/engine/rule.js';

export const ROOT = '/repo/docs';
export const CWD = '/repo';

const rules = new Map<string, RuleMeta>([
  ['table-rows', { id: 'table-rows', description: 'Every canonical table row must be present in the translation.', defaultSeverity: 'error', messages: {} }],
  ['untranslated', { id: 'untranslated', description: 'Blocks must be translated.', defaultSeverity: 'warn', messages: {} }],
]);

/** A run of three files: a German page with an error and a warning, a clean Spanish page, the canonical page. */
export function sampleResult(findings: Finding[] = SAMPLE_FINDINGS): LintResult {
  const files = ['de/setup-de.md', 'en/setup.md', 'es/setup-es.md'];
  return {
    root: ROOT,
    rules,
    plan: {
      pairs: [
        { canonical: 'en/setup.md', locale: 'de', file: 'de/setup-de.md' },
        { canonical: 'en/setup.md', locale: 'es', file: 'es/setup-es.md' },
      ],
      missing: [],
      orphans: [],
      strays: [],
      files,
    },
    results: files.map((file) => {
      const mine = findings.filter((f) => f.file === file);
      const errorCount = mine.filter((f) => f.severity === 'error').length;
      return { file, findings: mine, errorCount, warningCount: mine.length - errorCount };
    }),
  };
}

export const SAMPLE_FINDINGS: Finding[] = [
  {
    ruleId: 'untranslated',
    severity: 'warn',
    message: 'This paragraph is the same as on the canonical page (canonical line 5): translate it',
    file: 'de/setup-de.md',
    line: 5,
    column: 1,
    endLine: 5,
    endColumn: 20,
    related: { file: 'en/setup.md', line: 5, column: 1, endLine: 5, endColumn: 20 },
  },
  {
    ruleId: 'table-rows',
    severity: 'error',
    message: 'Row 1 of the table under "Install" (canonical line 11) is missing here',
    file: 'de/setup-de.md',
    line: 11,
    column: 1,
    endLine: 11,
    endColumn: 1,
    related: { file: 'en/setup.md', line: 11, column: 1, endLine: 11, endColumn: 34 },
  },
];

/** Text that tries to break out of every output format. */
export const HOSTILE = 'a::error::b %0A %25 50% \r\n::warning file=x::injected, c:d | `code` <script>alert(1)</script> & "q" \'s\' ]]> \u0001\u000B\uFFFF @team *x* _y_ [l](u) \\';

export function hostileResult(): LintResult {
  const file = 'de/we,ird: na%me #1 ü.md';
  return {
    ...sampleResult([]),
    plan: { pairs: [{ canonical: 'en/we,ird: na%me #1 ü.md', locale: 'de', file }], missing: [], orphans: [], strays: [], files: [file] },
    results: [
      {
        file,
        errorCount: 1,
        warningCount: 0,
        findings: [{ ruleId: 'table-rows', severity: 'error', message: HOSTILE, file, line: 3, column: 2, endLine: 3, endColumn: 9, related: { file: 'en/we,ird: na%me #1 ü.md', line: 4, column: 1, endLine: 4, endColumn: 5 } }],
      },
    ],
  };
}
