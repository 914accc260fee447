import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { CORPUS, HAS_CORPUS } from '../support/corpus.js';
import { commitAll, git } from '../support/git.js';
import { makeTree } from '../support/tree.js';
import { PROJECT, runAction } from './support.js';

/** A German page whose canonical page has a finding of its own (its ms.date is not a date). */
const PAGE = 'german-playbook/enable-enable-services-partner-de.md';

/** A repository holding a copy of the corpus and its config, and a pull request that drops a table row from one German page. */
function pullRequest() {
  const repo = makeTree({});
  cpSync(CORPUS, repo, { recursive: true });
  const config = JSON.parse(readFileSync(path.join(PROJECT, 'fixtures/layouts/fasttrack-playbook/l10n-lint.config.json'), 'utf8')) as Record<string, unknown>;
  delete config.$schema;
  delete config.root;
  writeFileSync(path.join(repo, 'l10n-lint.config.json'), JSON.stringify(config, null, 2));
  const base = commitAll(repo, 'docs', true);
  git(repo, 'checkout', '-q', '-b', 'translation-update');
  const lines = readFileSync(path.join(repo, PAGE), 'utf8').split('\n');
  const firstRow = lines.findIndex((line, i) => i > 0 && line.startsWith('|') && /^\|\s*:?-{3}/.test(lines[i - 1] ?? ''));
  lines.splice(firstRow, 1);
  writeFileSync(path.join(repo, PAGE), lines.join('\n'));
  const head = commitAll(repo, 'Update the German services page');
  return { repo, base, head, payload: { number: 7, pull_request: { number: 7, base: { sha: base }, head: { sha: head } } } };
}

/** The command line's own findings, in the GitHub format, for the page and its counterparts. */
async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await main(args, { cwd, env: {}, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => true } });
  return { code, stdout };
}

describe.runIf(HAS_CORPUS)('the action on a pull request changing one German page of a copy of the corpus', () => {
  it('annotates that page and no other, and writes the summary, the SARIF file and the outputs', async () => {
    const { repo, payload } = pullRequest();
    const run = runAction(repo, { 'only-changed': 'true', 'sarif-file': 'reports/l10n-lint.sarif' }, { name: 'pull_request', payload });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);

    // What the command line finds in the page (it also reports the canonical page, which has findings of its own).
    const own = (await cli(['-f', 'github', PAGE], repo)).stdout.trim().split('\n');
    expect(own.some((line) => line.includes('file=english-playbook/'))).toBe(true);
    const page = own.filter((line) => line.includes(`file=${PAGE},`));
    const errors = page.filter((line) => line.startsWith('::error '));
    const warnings = page.filter((line) => line.startsWith('::warning '));
    expect(errors.length).toBeGreaterThan(10);

    // The ten most important errors, then ten warnings: all of this page.
    const annotations = run.stdout.trim().split('\n');
    expect(annotations).toEqual([...errors.slice(0, 10), ...warnings.slice(0, 10)]);
    expect(annotations.every((line) => line.includes(`file=${PAGE},`))).toBe(true);
    // The row the pull request dropped is among them.
    expect(annotations.filter((line) => line.includes('title=l10n-lint (table-rows)::Missing table row: canonical row 1 "1126'))).toHaveLength(1);

    expect(run.output).toBe(`error-count=${errors.length}\nwarning-count=${warnings.length}\nsarif-file=reports/l10n-lint.sarif\n`);

    const shown = Math.min(10, errors.length) + Math.min(10, warnings.length);
    const more = `${errors.length - 10} more errors and ${Math.max(0, warnings.length - 10)} more warnings`;
    const head = (
      `### l10n-lint: ${errors.length} errors, ${warnings.length} warnings in 1 of 1 file\n\n` +
        `Linted the pages changed in the pull request #7 (1 page with their counterparts). Annotations show the first ${shown} of ${page.length} findings ` +
        `(GitHub shows at most 10 errors and 10 warnings per step): ${more} are listed below and in the SARIF file.\n\n| Locale | Files | Errors | Warnings |\n| --- | ---: | ---: | ---: |\n| de | 1 | ${errors.length} | ${warnings.length} |\n\n`);
    expect(run.summary.slice(0, head.length)).toBe(head);
    const rows = run.summary.split('\n').filter((line) => /^\| [\w-]+\/.*\.md \| \d+:\d+ \|/.test(line));
    expect(rows).toHaveLength(page.length);
    expect(rows.every((row) => row.startsWith(`| ${PAGE} |`))).toBe(true);

    const sarif = JSON.parse(readFileSync(path.join(repo, 'reports/l10n-lint.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const uris = sarif.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri);
    expect(uris).toHaveLength(page.length);
    expect(new Set(uris)).toEqual(new Set([PAGE]));
  }, 240_000);

  it('with the baseline of the base branch, reports only the row the pull request dropped', async () => {
    const { repo, base, payload } = pullRequest();
    git(repo, 'checkout', '-q', base);
    expect((await cli(['--update-baseline', '--baseline', 'l10n-lint-baseline.json'], repo)).code).toBe(0);
    git(repo, 'checkout', '-q', 'translation-update');
    const run = runAction(repo, { 'only-changed': 'true', baseline: 'l10n-lint-baseline.json', 'fail-on': 'never' }, { name: 'pull_request', payload });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `::error file=${PAGE},line=63,endLine=63,col=1,endColumn=1,title=l10n-lint (table-rows)::Missing table row: canonical row 1 "1126 | Meet with Customer PM and Customer Tech…" (canonical line 63) has no counterpart here%0ACanonical page: english-playbook/enable-enable-services-partner.md, line 63\n`,
    );
    expect(run.output).toBe('error-count=1\nwarning-count=0\nsarif-file=\n');
    expect(run.summary).toContain('Linted the pages changed in the pull request #7 (1 page with their counterparts); findings in the baseline l10n-lint-baseline.json are left out.\n');
    expect(existsSync(path.join(repo, 'reports'))).toBe(false);
  }, 240_000);
});
