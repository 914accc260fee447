import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../src/report/summary.js';
import { runCli, sampleTree } from './sample.js';

const FIXED_SETUP_DE = '---\ntitle: Einrichtung\n---\n\n# Einrichtung\n\n## Installieren\n\n| Änderung | Datum |\n| --- | --- |\n| SharePoint hinzugefügt | 2020-05-12 |\n| Erste Version | 2020-03-25 |\n';

describe('l10n-lint report --history', () => {
  it('adds one summary file per run, named by its time', async () => {
    const dir = sampleTree();
    const first = await runCli(['report', '--format', 'json', '--history', 'history'], dir, { now: new Date('2026-01-01T00:00:00.000Z') });
    expect(first.code).toBe(0);
    await runCli(['report', '--format', 'json', '--history', 'history'], dir, { now: new Date('2026-01-01T00:00:00.000Z') });
    expect(readdirSync(path.join(dir, 'history')).sort()).toEqual(['2026-01-01T00-00-00.000Z-2.json', '2026-01-01T00-00-00.000Z.json']);
    const saved = JSON.parse(readFileSync(path.join(dir, 'history', '2026-01-01T00-00-00.000Z.json'), 'utf8')) as Summary;
    expect(saved).toEqual(JSON.parse(first.stdout));
    expect(saved.generated).toBe('2026-01-01T00:00:00.000Z');
  });

  it('shows the trend per locale in the HTML report, one point per run', async () => {
    const dir = sampleTree();
    await runCli(['report', '--format', 'csv', '--history', 'history'], dir, { now: new Date('2026-01-01T08:00:00.000Z') });
    writeFileSync(path.join(dir, 'de/setup-de.md'), FIXED_SETUP_DE);
    const { code, stdout, stderr } = await runCli(['report', '--history', 'history'], dir, { now: new Date('2026-01-02T09:30:00.000Z') });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('<h2>Trend over 2 runs</h2>');
    const points = [...stdout.matchAll(/<circle [^>]*><title>([^<]*)<\/title><\/circle>/g)].map((m) => m[1]);
    expect(points).toEqual([
      // coverage
      'de, 2026-01-01 08:00 UTC: 100%',
      'de, 2026-01-02 09:30 UTC: 100%',
      'es, 2026-01-01 08:00 UTC: 50%',
      'es, 2026-01-02 09:30 UTC: 50%',
      // clean share: the German setup page became clean
      'de, 2026-01-01 08:00 UTC: 0%',
      'de, 2026-01-02 09:30 UTC: 50%',
      'es, 2026-01-01 08:00 UTC: 50%',
      'es, 2026-01-02 09:30 UTC: 50%',
      // findings: its two errors are gone
      'de, 2026-01-01 08:00 UTC: 5',
      'de, 2026-01-02 09:30 UTC: 3',
      'es, 2026-01-01 08:00 UTC: 0',
      'es, 2026-01-02 09:30 UTC: 0',
    ]);
  });

  it('has no trend section without --history', async () => {
    const { stdout } = await runCli(['report'], sampleTree());
    expect(stdout).not.toContain('id="trend"');
  });

  it('skips a file in the history folder that is not a summary, naming it', async () => {
    const dir = sampleTree({ 'history/notes.json': '{"hello": 1}', 'history/broken.json': '{' });
    const { code, stdout, stderr } = await runCli(['report', '--history', 'history'], dir, { now: new Date('2026-01-03T00:00:00.000Z') });
    expect(code).toBe(0);
    expect(stderr).toContain(`l10n-lint: ${path.join(dir, 'history', 'broken.json')}: skipped, not readable JSON (`);
    expect(stderr).toContain(`l10n-lint: ${path.join(dir, 'history', 'notes.json')}: skipped, not an l10n-lint summary\n`);
    expect(stdout).toContain('<h2>Trend over 1 run</h2>');
  });
});
