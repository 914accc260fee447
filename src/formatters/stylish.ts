import { createColors } from 'picocolors';
import { diffToText } from '../sync/render-diff.js';
import type { DiffPart } from '../sync/word-diff.js';
import { relativePath } from './paths.js';
import { printable } from './printable.js';
import type { LintResult } from '../engine/lint.js';
import type { FormatContext, Formatter } from './types.js';

/** For people: findings grouped by file, then a count. Paths are relative to the working directory. */
export const stylish: Formatter = Object.assign((result: LintResult, context: FormatContext) => [...stylishChunks(result, context)].join(''), { chunks: stylishChunks });

/** The report a file at a time. */
function* stylishChunks(result: LintResult, context: FormatContext): Generator<string> {
  const c = createColors(context.color);
  let errors = 0;
  let warnings = 0;
  let first = true;
  for (const file of result.results) {
    if (file.findings.length === 0) continue;
    errors += file.errorCount;
    warnings += file.warningCount;
    const lines: string[] = ['', c.underline(printable(relativePath(result.root, file.file, context.cwd)))];
    const rows = file.findings.map(
      (f) =>
        [
          `${f.line}:${f.column}`,
          f.severity === 'error' ? 'error' : 'warning',
          printable(f.message),
          printable(f.ruleId),
          // Line breaks in the diff become spaces (it is shown on one line); other control characters, escapes.
          f.detail?.diff?.map(([op, text]): DiffPart => [op, printable(text.replace(/\s+/g, ' '))]),
        ] as const,
    );
    const placeWidth = Math.max(...rows.map((row) => row[0].length));
    const severityWidth = Math.max(...rows.map((row) => row[1].length));
    for (const [place, severity, message, ruleId, diff] of rows) {
      const label = (severity === 'error' ? c.red : c.yellow)(severity) + ' '.repeat(severityWidth - severity.length);
      lines.push(`  ${c.dim(place.padEnd(placeWidth))}  ${label}  ${message}  ${c.dim(ruleId)}`);
      // A word-level diff goes on the next line, under the message.
      if (diff && diff.length > 0) lines.push(' '.repeat(placeWidth + severityWidth + 6) + diffToText(diff, { colors: c, maxChange: 40 }));
    }
    // Lines are joined with a line break: each file's lines follow the previous file's.
    yield (first ? '' : '\n') + lines.join('\n');
    first = false;
  }
  const total = errors + warnings;
  if (total === 0) return;
  const summary = `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'})`;
  yield '\n' + ['', c.bold(errors > 0 ? c.red(summary) : c.yellow(summary)), ''].join('\n');
}
