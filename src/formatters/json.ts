import path from 'node:path';
import type { FileResult, LintResult } from '../engine/lint.js';
import type { Formatter } from './types.js';

/**
 * ESLint's JSON formatter shape: one entry per linted file with its messages.
 * `related` (the canonical place) and `detail` (structured data such as the word-level
 * diff of `outdated`) are additions ESLint consumers ignore.
 */
export const json: Formatter = Object.assign((result: LintResult) => [...jsonChunks(result)].join(''), { chunks: jsonChunks });

/** The report a file at a time: the same text as one JSON.stringify of the whole list. */
function* jsonChunks(result: LintResult): Generator<string> {
  yield '[';
  let first = true;
  for (const file of result.results) {
    yield (first ? '' : ',') + JSON.stringify(entryOf(result.root, file));
    first = false;
  }
  yield ']';
}

function entryOf(root: string, file: FileResult) {
  return {
    filePath: path.join(root, file.file),
    messages: file.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity === 'error' ? 2 : 1,
      message: f.message,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      ...(f.related ? { related: { filePath: path.join(root, f.related.file), line: f.related.line, column: f.related.column, endLine: f.related.endLine, endColumn: f.related.endColumn } } : {}),
      ...(f.detail ? { detail: f.detail } : {}),
    })),
    suppressedMessages: [],
    errorCount: file.errorCount,
    fatalErrorCount: 0,
    warningCount: file.warningCount,
    fixableErrorCount: file.findings.filter((f) => f.fix && f.severity === 'error').length,
    fixableWarningCount: file.findings.filter((f) => f.fix && f.severity === 'warn').length,
    usedDeprecatedRules: [],
    ...(file.output !== undefined ? { output: file.output } : {}),
  };
}
