import path from 'node:path';
import type { Formatter } from './types.js';

/**
 * ESLint's JSON formatter shape: one entry per linted file with its messages.
 * `related` (the canonical place) and `detail` (structured data such as the word-level
 * diff of `outdated`) are additions ESLint consumers ignore.
 */
export const json: Formatter = (result) =>
  JSON.stringify(
    result.results.map((file) => ({
      filePath: path.join(result.root, file.file),
      messages: file.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity === 'error' ? 2 : 1,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        ...(f.related ? { related: { filePath: path.join(result.root, f.related.file), line: f.related.line, column: f.related.column, endLine: f.related.endLine, endColumn: f.related.endColumn } } : {}),
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
    })),
  );
