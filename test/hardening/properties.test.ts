import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { registry } from '../../rules/index.js';
import { resolveConfig, type ConfigFile } from '../../src/config/load.js';
import { lintAndFix } from '../../src/engine/autofix.js';
import { lint, type LintResult } from '../../src/engine/lint.js';
import type { Finding } from '../../src/engine/rule.js';
import type { Span } from '../../src/page/model.js';
import { pagePair } from '../support/markdown-arbitrary.js';

/**
 * Properties of the whole engine over generated Markdown pairs. The number of cases per
 * property is moderate by default; set L10N_LINT_FC_RUNS (e.g. 2000) for a longer search.
 */
const RUNS = Number(process.env.L10N_LINT_FC_RUNS ?? 100);
const PARAMETERS = { numRuns: RUNS, endOnFailure: true };
const TIMEOUT = { timeout: Math.max(120_000, RUNS * 2_000) };

/** A plugin rule whose findings carry fixes: a heading's closing full stop, and doubled spaces after its # marker. */
const FIXER = `export default {
  meta: { id: 'test/heading-fix', description: 'Tidy headings', defaultSeverity: 'warn', fixable: true, messages: { fix: 'Heading can be tidied' } },
  checkPage({ page, report }) {
    for (const block of page.blocks) {
      if (block.kind !== 'heading') continue;
      const { line, column, endLine, endColumn } = block.span;
      if (block.source.endsWith('.')) report({ messageId: 'fix', at: block.span, fix: { line: endLine, column: endColumn - 1, endLine, endColumn, text: '' } });
      const spaces = /^(#+ ) +/.exec(block.source);
      if (spaces) report({ messageId: 'fix', at: block.span, fix: { line, column: column + spaces[1].length, endLine: line, endColumn: column + spaces[0].length, text: '' } });
    }
  },
};
`;

const CONFIG: ConfigFile = { source: 'en/{path}.md', locales: { de: 'de/{path}.md' } };

/**
 * How a tree is linted: the order its files are written (and so listed) in, and how
 * many worker threads parse its pages. Other dimensions that must not change the
 * report go here, with a line in `lintPages` passing them to `lint`, and an entry in
 * VARIANTS.
 */
export interface Variant {
  order: 'as-given' | 'reversed';
  /** Worker threads that parse the pages (0: this thread). */
  workers: number;
}
export const VARIANTS: Variant[] = [
  { order: 'as-given', workers: 0 },
  { order: 'reversed', workers: 0 },
  { order: 'reversed', workers: 2 },
];

const trees: string[] = [];

/** Writes files in the order given to a new temporary folder, removed after each generated case. */
function writeTree(entries: [string, string][]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'l10n-lint-property-'));
  trees.push(dir);
  for (const [file, content] of entries) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

function removeTrees(): void {
  for (const dir of trees.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes the pages (two pairs, and a canonical page without translation) and lints them. */
async function lintPages(pages: Record<string, string>, variant: Variant = { order: 'as-given', workers: 0 }, extra: Partial<ConfigFile> = {}, fix = false) {
  const entries = Object.entries({ 'l10n-lint.config.json': JSON.stringify({ ...CONFIG, ...extra }), 'heading-fix.mjs': FIXER, ...pages });
  const dir = writeTree(variant.order === 'reversed' ? entries.reverse() : entries);
  const config = resolveConfig({ ...CONFIG, ...extra }, path.join(dir, 'l10n-lint.config.json'));
  const result = fix ? await lintAndFix(config, { workers: variant.workers }, false) : await lint(config, { workers: variant.workers });
  return { dir, result };
}

function pagesOf([canonical, translation]: [string, string], [canonical2, translation2]: [string, string]): Record<string, string> {
  return { 'en/a.md': canonical, 'de/a.md': translation, 'en/b/c.md': canonical2, 'de/b/c.md': translation2, 'en/alone.md': canonical2 };
}

/** Problems with a span: outside its file's lines, or ending before it starts. */
function spanProblems(span: Span, text: string, what: string): string[] {
  const lines = text.replace(/^\ufeff/, '').split('\n').map((line) => line.replace(/\r$/, ''));
  const problems: string[] = [];
  const inside = (line: number, column: number) => line >= 1 && line <= lines.length && column >= 1 && column <= (lines[line - 1] as string).length + 2;
  if (!inside(span.line, span.column)) problems.push(`${what} starts at ${span.line}:${span.column}, outside the file (${lines.length} lines)`);
  if (!inside(span.endLine, span.endColumn)) problems.push(`${what} ends at ${span.endLine}:${span.endColumn}, outside the file`);
  if (span.endLine < span.line || (span.endLine === span.line && span.endColumn < span.column)) problems.push(`${what} ends before it starts`);
  return problems;
}

function positionProblems(result: LintResult, pages: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const finding of result.results.flatMap((file) => file.findings)) {
    const text = pages[finding.file] ?? '';
    const what = `${finding.ruleId} in ${finding.file}`;
    problems.push(...spanProblems(finding, text, what));
    if (finding.related) problems.push(...spanProblems(finding.related, pages[finding.related.file] ?? '', `${what} (related)`));
    for (const edit of finding.fix ?? []) problems.push(...spanProblems(edit, text, `${what} (fix)`));
  }
  return problems;
}

/** What a run reports, without the temporary folder it ran in. */
function reported(result: LintResult): unknown {
  return result.results.map(({ file, findings, errorCount, warningCount }) => ({ file, findings, errorCount, warningCount }));
}

/** Rules that compare a translation's structure with its canonical page's. */
const STRUCTURAL = ['headings', 'tables', 'table-rows', 'lists', 'admonitions', 'code', 'numbers', 'link-parity', 'front-matter-keys', 'front-matter-values', 'changelog'];

describe('properties over generated Markdown', () => {
  let cases = 0;
  beforeEach(() => {
    cases = 0;
  });

  it('never throws, and every finding, related place and fix lies inside its file', TIMEOUT, async () => {
    await fc.assert(
      fc.asyncProperty(pagePair, pagePair, async (first, second) => {
        cases++;
        const pages = pagesOf(first, second);
        const { result } = await lintPages(pages);
        expect(positionProblems(result, pages)).toEqual([]);
        expect(result.results.map((file) => file.file)).toEqual(Object.keys(pages).sort());
      }).afterEach(removeTrees),
      PARAMETERS,
    );
    // Every generated case ran (a failure would have stopped the run above).
    expect(cases).toBe(RUNS);
  });

  it('reports the same whatever the order of the files and the number of worker threads', TIMEOUT, async () => {
    await fc.assert(
      fc.asyncProperty(pagePair, pagePair, async (first, second) => {
        cases++;
        const pages = pagesOf(first, second);
        const [expected, ...others] = await Promise.all(VARIANTS.map(async (variant) => reported((await lintPages(pages, variant)).result)));
        for (const other of others) expect(other).toEqual(expected);
      }).afterEach(removeTrees),
      PARAMETERS,
    );
    // Every generated case ran (a failure would have stopped the run above).
    expect(cases).toBe(RUNS);
  });

  it('finds no structural drift between a page and itself', TIMEOUT, async () => {
    const rules = Object.fromEntries([...registry.keys()].map((id) => [id, STRUCTURAL.includes(id) ? 'error' : 'off'] as const));
    await fc.assert(
      fc.asyncProperty(pagePair, async ([page]) => {
        cases++;
        const { result } = await lintPages({ 'en/a.md': page, 'de/a.md': page }, undefined, { rules });
        expect(result.results.flatMap((file) => file.findings)).toEqual([]);
      }).afterEach(removeTrees),
      PARAMETERS,
    );
    // Every generated case ran (a failure would have stopped the run above).
    expect(cases).toBe(RUNS);
  });

  it('leaves no fixable finding once fixes are applied, and never writes a canonical page', TIMEOUT, async () => {
    await fc.assert(
      fc.asyncProperty(pagePair, pagePair, async (first, second) => {
        cases++;
        const pages = pagesOf(first, second);
        const { dir, result } = await lintPages(pages, undefined, { plugins: ['./heading-fix.mjs'] }, true);
        const fixable = (findings: Finding[]) => findings.filter((finding) => finding.fix && !finding.file.startsWith('en/'));
        expect(fixable(result.results.flatMap((file) => file.findings))).toEqual([]);
        for (const file of ['en/a.md', 'en/b/c.md', 'en/alone.md']) expect(readFileSync(path.join(dir, file), 'utf8')).toBe(pages[file]);
      }).afterEach(removeTrees),
      PARAMETERS,
    );
    // Every generated case ran (a failure would have stopped the run above).
    expect(cases).toBe(RUNS);
  });
});
