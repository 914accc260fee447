import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../src/report/summary.js';
import { runCli, sampleTree } from './sample.js';

describe('l10n-lint report --format json', () => {
  it('counts pages per locale and findings per rule, with coverage percentages', async () => {
    const dir = sampleTree();
    const { code, stdout, stderr } = await runCli(['report', '--format', 'json'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as Summary;
    expect(summary).toMatchObject({
      kind: 'l10n-lint-summary',
      version: 1,
      sourceLocale: 'en',
      canonicalPages: 2,
      files: 7,
      errors: 5,
      warnings: 1,
      canonicalFindings: { errors: 1, warnings: 0 },
    });
    expect(Number.isNaN(Date.parse(summary.generated))).toBe(false);
    expect(summary.locales).toEqual([
      { locale: 'de', canonical: 2, translated: 2, missing: 0, orphaned: 1, strays: 1, withDrift: 2, withErrors: 1, clean: 0, errors: 4, warnings: 1, coverage: 100, cleanShare: 0,
        // Not in a git repository, and no stamp: neither tells when a translation was synced.
        sync: { upToDate: 0, outdated: 0, outdatedSections: 0, neverStamped: 2 } },
      { locale: 'es', canonical: 2, translated: 1, missing: 1, orphaned: 0, strays: 0, withDrift: 0, withErrors: 0, clean: 1, errors: 0, warnings: 0, coverage: 50, cleanShare: 50,
        sync: { upToDate: 0, outdated: 0, outdatedSections: 0, neverStamped: 1 } },
    ]);
    expect(summary.outdated).toEqual([]);
    expect(summary.rules).toEqual([
      { rule: 'heading-spaces', errors: 1, warnings: 0, byLocale: { de: 1 } },
      { rule: 'missing-translation', errors: 1, warnings: 0, byLocale: { en: 1 } },
      { rule: 'orphaned-page', errors: 1, warnings: 0, byLocale: { de: 1 } },
      { rule: 'stray-file', errors: 1, warnings: 0, byLocale: { de: 1 } },
      { rule: 'table-rows', errors: 1, warnings: 0, byLocale: { de: 1 } },
      { rule: 'untranslated-front-matter', errors: 0, warnings: 1, byLocale: { de: 1 } },
    ]);
  });

  it('with --locale, counts only those locales; percentages keep one decimal', async () => {
    const dir = sampleTree({ 'en/third.md': '# Third\n', 'es/third-es.md': '# Tercera\n' });
    const { stdout } = await runCli(['report', '--format', 'json', '--locale', 'es'], dir);
    const summary = JSON.parse(stdout) as Summary;
    expect(summary.locales.map((l) => [l.locale, l.translated, l.missing, l.coverage, l.cleanShare])).toEqual([['es', 2, 1, 66.7, 66.7]]);
  });

  it('takes the format from the extension of --out, and says what it wrote', async () => {
    const dir = sampleTree();
    const { code, stdout } = await runCli(['report', '--out', 'out/summary.json'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('Wrote out/summary.json: 7 files, 6 findings, 2 locales.\n');
    expect((JSON.parse(readFileSync(path.join(dir, 'out/summary.json'), 'utf8')) as Summary).canonicalPages).toBe(2);
  });

  it('exits 2 with a clear message for an unknown format, locale or option', async () => {
    const dir = sampleTree();
    expect(await runCli(['report', '--format', 'pdf'], dir)).toMatchObject({ code: 2, stderr: 'l10n-lint: report --format: unknown format "pdf" (known: html, csv, json)\n' });
    expect(await runCli(['report', '--locale', 'fr'], dir)).toMatchObject({ code: 2, stderr: 'l10n-lint: --locale: fr not in l10n-lint.config.json (configured: de, es)\n' });
    const unknown = await runCli(['report', '--bogus'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("report: Unknown option '--bogus'");
  });

  it('has its own help, and the main help names it', async () => {
    const dir = sampleTree();
    const help = await runCli(['report', '--help'], dir);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout.startsWith('Usage: l10n-lint report [options] [paths...]\n')).toBe(true);
    expect((await runCli(['--help'], dir)).stdout).toContain('l10n-lint report [--out FILE] [--format html|csv|json] [--history DIR] [paths...]');
  });

  it('reports only the given pages and their counterparts', async () => {
    const dir = sampleTree();
    const { stdout } = await runCli(['report', '--format', 'json', 'en/setup.md'], dir);
    const summary = JSON.parse(stdout) as Summary;
    expect(summary.canonicalPages).toBe(1);
    expect(summary.locales.map((l) => [l.locale, l.translated, l.withDrift, l.errors])).toEqual([
      ['de', 1, 1, 2],
      ['es', 1, 0, 0],
    ]);
  });
});
