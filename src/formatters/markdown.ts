import type { LintResult } from '../engine/lint.js';
import type { Finding } from '../engine/rule.js';
import { trimDiff } from '../sync/render-diff.js';
import { relativePath } from './paths.js';
import type { Formatter } from './types.js';

/** GitHub takes at most 1 MiB of job summary per step. */
export const SUMMARY_LIMIT = 1024 * 1024;

export interface SummaryOptions {
  /** Most bytes of UTF-8 the summary may take (default: just under 1 MiB). */
  limit?: number;
  /** Markdown placed under the heading (already escaped). */
  note?: string;
}

/**
 * A summary in GitHub-flavoured Markdown, for a job summary or a pull-request comment:
 * the counts per locale and per rule, then every finding in a table; a finding with a
 * canonical change (`outdated`) shows it under its message, removed words in `<del>`,
 * added ones in `<ins>`. Page text is escaped so it cannot close a cell, open a code
 * span or inject HTML. When it would pass the limit, the findings table stops at a
 * whole row and says how many are left.
 */
export const markdown: Formatter = (result, context) => markdownSummary(result, context.cwd);

export function markdownSummary(result: LintResult, cwd: string, options: SummaryOptions = {}): string {
  const limit = options.limit ?? SUMMARY_LIMIT - 1024;
  const findings = result.results.flatMap((file) => file.findings.map((finding) => ({ finding, path: relativePath(result.root, file.file, cwd) })));
  const errors = findings.filter(({ finding }) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  const filesWithFindings = result.results.filter((file) => file.findings.length > 0).length;

  const head: string[] = [];
  head.push(
    findings.length === 0
      ? `### l10n-lint: no problems in ${plural(result.results.length, 'file')}`
      : `### l10n-lint: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${filesWithFindings} of ${plural(result.results.length, 'file')}`,
    '',
  );
  if (options.note) head.push(options.note, '');
  if (findings.length === 0) return head.join('\n');

  const localeOf = new Map<string, string>();
  for (const pair of result.plan.pairs) localeOf.set(pair.file, pair.locale);
  for (const orphan of result.plan.orphans) localeOf.set(orphan.file, orphan.locale);
  for (const stray of result.plan.strays) localeOf.set(stray.file, stray.locale);
  const byLocale = new Map<string, { files: Set<string>; errors: number; warnings: number }>();
  const byRule = new Map<string, { errors: number; warnings: number }>();
  for (const { finding } of findings) {
    const locale = localeOf.get(finding.file) ?? 'canonical pages';
    const l = byLocale.get(locale) ?? { files: new Set(), errors: 0, warnings: 0 };
    const r = byRule.get(finding.ruleId) ?? { errors: 0, warnings: 0 };
    l.files.add(finding.file);
    if (finding.severity === 'error') (l.errors++, r.errors++);
    else (l.warnings++, r.warnings++);
    byLocale.set(locale, l);
    byRule.set(finding.ruleId, r);
  }
  head.push('| Locale | Files | Errors | Warnings |', '| --- | ---: | ---: | ---: |');
  for (const [locale, counts] of [...byLocale].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    head.push(`| ${cell(locale)} | ${counts.files.size} | ${counts.errors} | ${counts.warnings} |`);
  }
  head.push('', '| Rule | Errors | Warnings |', '| --- | ---: | ---: |');
  for (const [rule, counts] of [...byRule].sort(([, a], [, b]) => b.errors - a.errors || b.warnings - a.warnings)) {
    head.push(`| ${cell(rule)} | ${counts.errors} | ${counts.warnings} |`);
  }
  head.push('', '| File | Line | Severity | Message | Rule | Canonical |', '| --- | ---: | --- | --- | --- | --- |');

  let text = head.join('\n') + '\n';
  let bytes = Buffer.byteLength(text);
  // Room for the line that says how many findings were left out.
  const room = limit - 200;
  for (const [index, { finding, path }] of findings.entries()) {
    const canonical = finding.related ? cell(`${relativePath(result.root, finding.related.file, cwd)}:${finding.related.line}`) : '';
    const row = `| ${cell(path)} | ${finding.line}:${finding.column} | ${finding.severity === 'error' ? 'error' : 'warning'} | ${cell(finding.message)}${change(finding)} | ${cell(finding.ruleId)} | ${canonical} |\n`;
    const size = Buffer.byteLength(row);
    if (bytes + size > room) {
      const left = findings.length - index;
      return text + `\n${plural(left, 'more finding')} not shown: the summary is limited to ${Math.floor(limit / 1024)} KiB. Use the SARIF or JSON output for the full list.\n`;
    }
    text += row;
    bytes += size;
  }
  return text;
}

/** Words of a removed or added stretch shown before it is cut to `…`, as in the terminal. */
const MAX_CHANGE_WORDS = 40;

/**
 * A finding's word-level diff (`detail.diff`), for the end of its message cell: on a
 * line of its own, unchanged text cut to a few words around each change. Each part is
 * escaped like any cell text; only the tags around it are markup.
 */
function change(finding: Finding): string {
  const diff = finding.detail?.diff;
  if (!diff || diff.length === 0) return '';
  const parts = trimDiff(diff, { maxChange: MAX_CHANGE_WORDS }).map(([op, text]) => {
    const escaped = cell(text.replace(/\s+/g, ' '));
    return op === -1 ? `<del>${escaped}</del>` : op === 1 ? `<ins>${escaped}</ins>` : escaped;
  });
  return `<br>Canonical change: ${parts.join('').trim()}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Page text as the content of a table cell: on one line, with HTML and the Markdown
 * characters that could end the cell, open a code span, emphasis or a link, or
 * mention someone, escaped.
 */
export function cell(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;');
}
