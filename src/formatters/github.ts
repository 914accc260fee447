import type { Finding } from '../engine/rule.js';
import { relativePath } from './paths.js';
import type { FormatContext, Formatter } from './types.js';
import type { LintResult } from '../engine/lint.js';

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per
 * finding, errors first, each at its exact place (paths relative to the working
 * directory, the repository root in a workflow). Every message and property value is
 * escaped as the Actions toolkit does, so no page text can end the command or start
 * another one.
 */
export const github: Formatter = (result, context) => ordered(result).map((finding) => annotation(finding, result, context)).join('\n');

/** A run's findings, errors before warnings, each group in file and position order. */
export function ordered(result: LintResult): Finding[] {
  const all = result.results.flatMap((file) => file.findings);
  return [...all.filter((f) => f.severity === 'error'), ...all.filter((f) => f.severity !== 'error')];
}

/** One finding as a workflow command. */
export function annotation(finding: Finding, result: LintResult, context: FormatContext): string {
  const properties: Array<[string, string | number]> = [
    ['file', relativePath(result.root, finding.file, context.cwd)],
    ['line', finding.line],
    ['endLine', finding.endLine],
    ['col', finding.column],
    ['endColumn', finding.endColumn],
    ['title', `l10n-lint (${finding.ruleId})`],
  ];
  const canonical = finding.related ? `\nCanonical page: ${relativePath(result.root, finding.related.file, context.cwd)}, line ${finding.related.line}` : '';
  const command = finding.severity === 'error' ? 'error' : 'warning';
  return `::${command} ${properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')}::${escapeData(finding.message + canonical)}`;
}

/** The escaping of a command's message (actions/toolkit `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The escaping of a command's property value (actions/toolkit `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
