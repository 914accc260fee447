import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { changedBetween } from '../changed/git.js';
import { changedPages, scopeToPages, withinGiven } from '../changed/scope.js';
import { ConfigError, loadConfig } from '../config/load.js';
import { readBaseline } from '../engine/baseline.js';
import { lint, type LintResult } from '../engine/lint.js';
import { annotation, escapeData, ordered } from '../formatters/github.js';
import { cell, markdownSummary, plural } from '../formatters/markdown.js';
import { sarif } from '../formatters/sarif.js';
import { resolvePaths } from '../commands/arguments.js';
import { eventRange } from './event.js';
import { readInputs } from './inputs.js';
import { appendSummary, writeOutputs } from './workflow.js';

/** GitHub shows at most this many annotations of each severity per step. */
export const ANNOTATIONS_PER_SEVERITY = 10;

export interface ActionIo {
  env: Record<string, string | undefined>;
  /** Where workflow commands go: the step's standard output. */
  stdout: { write(text: string): unknown };
  cwd: string;
}

/**
 * The GitHub Action: lints as the inputs say, writes annotations (the most important
 * ones GitHub will show: errors first), the job summary, the SARIF file and the
 * outputs, and resolves to the step's exit code (0 passes, 1 fails on findings,
 * 2 on a configuration or usage problem).
 */
export async function runAction(io: ActionIo): Promise<number> {
  try {
    return await run(io);
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : `internal error: ${(error as Error)?.stack ?? String(error)}`;
    io.stdout.write(`::error title=l10n-lint::${escapeData(message)}\n`);
    return 2;
  }
}

async function run({ env, stdout, cwd }: ActionIo): Promise<number> {
  const inputs = readInputs(env);
  const workspace = env.GITHUB_WORKSPACE || cwd;
  const config = loadConfig(workspace, inputs.config);
  const given = inputs.paths.length > 0 ? await resolvePaths(inputs.paths, workspace, config.root) : undefined;

  let changed;
  let scope = 'every page';
  if (inputs.onlyChanged) {
    const range = eventRange(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH);
    if (range) {
      changed = withinGiven(changedPages(config, await changedBetween(range.base, range.head, workspace)), given);
      scope = `the pages changed in the ${range.label} (${plural(changed.paths.length, 'page')} with their counterparts)`;
    } else {
      scope = 'every page (the event has no commits to compare, so only-changed does not apply)';
    }
  }
  const paths = changed ? changed.paths : given;
  const baseline = inputs.baseline ? readBaseline(path.resolve(workspace, inputs.baseline), inputs.baseline) : undefined;
  let result: LintResult = await lint(config, { ...(paths ? { paths } : {}), ...(baseline ? { baseline } : {}) });
  if (changed) result = scopeToPages(result, changed);

  const findings = ordered(result);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity !== 'error');
  const shown = [...errors.slice(0, ANNOTATIONS_PER_SEVERITY), ...warnings.slice(0, ANNOTATIONS_PER_SEVERITY)];
  for (const finding of shown) stdout.write(annotation(finding, result, { cwd: workspace, color: false }) + '\n');

  let sarifFile = '';
  if (inputs.sarifFile) {
    sarifFile = path.resolve(workspace, inputs.sarifFile);
    mkdirSync(path.dirname(sarifFile), { recursive: true });
    writeFileSync(sarifFile, sarif(result, { cwd: workspace, color: false }) + '\n');
  }

  if (inputs.summary) {
    const notes = [`Linted ${scope}${baseline ? `; findings in the baseline ${cell(inputs.baseline ?? '')} are left out` : ''}.`];
    if (shown.length < findings.length) {
      notes.push(
        `Annotations show the first ${shown.length} of ${plural(findings.length, 'finding')} (GitHub shows at most ${ANNOTATIONS_PER_SEVERITY} errors and ${ANNOTATIONS_PER_SEVERITY} warnings per step): ` +
          `${errors.length - Math.min(errors.length, ANNOTATIONS_PER_SEVERITY)} more errors and ${warnings.length - Math.min(warnings.length, ANNOTATIONS_PER_SEVERITY)} more warnings are listed below${sarifFile ? ' and in the SARIF file' : ''}.`,
      );
    }
    appendSummary(env.GITHUB_STEP_SUMMARY, markdownSummary(result, workspace, { note: notes.join(' ') }));
  }

  writeOutputs(env.GITHUB_OUTPUT, { 'error-count': errors.length, 'warning-count': warnings.length, 'sarif-file': sarifFile ? fromWorkspace(workspace, sarifFile) : '' });

  if (inputs.failOn === 'error') return errors.length > 0 ? 1 : 0;
  if (inputs.failOn === 'warning') return findings.length > 0 ? 1 : 0;
  return 0;
}

/** A path relative to the workspace when it is inside it, else absolute. */
function fromWorkspace(workspace: string, file: string): string {
  const relative = path.relative(workspace, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

