import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { lint } from '../../src/engine/lint.js';
import type { Summary } from '../../src/report/summary.js';
import type { SyncBases } from '../../src/sync/source.js';
import { syncStatuses } from '../../src/sync/status.js';
import { runCli } from './sample.js';
import { syncRepo } from './sync-repo.js';

describe('l10n-lint report: translations against their canonical pages', () => {
  it('counts, per locale, the pages up to date, outdated (with their sections) and never stamped, and lists the outdated oldest sync first', async () => {
    const repo = syncRepo();
    const { code, stdout, stderr } = await runCli(['report', '--format', 'json'], repo.root);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as Summary;
    expect(summary.locales.map((l) => [l.locale, l.sync])).toEqual([
      ['de', { upToDate: 1, outdated: 2, outdatedSections: 3, neverStamped: 0 }],
      ['es', { upToDate: 0, outdated: 1, outdatedSections: 2, neverStamped: 1 }],
    ]);
    expect(summary.outdated).toEqual([
      { file: 'de/b.md', locale: 'de', canonical: 'en/b.md', sections: 1, since: '2026-01-01T12:00:00+00:00', from: 'git' },
      { file: 'de/a.md', locale: 'de', canonical: 'en/a.md', sections: 2, since: '2026-01-01T12:01:00+00:00', from: 'git' },
      { file: 'es/a.md', locale: 'es', canonical: 'en/a.md', sections: 2, since: '2026-01-01T12:00:00+00:00', from: 'git' },
    ]);
    expect(summary.rules.find((rule) => rule.rule === 'outdated')).toEqual({ rule: 'outdated', errors: 0, warnings: 5, byLocale: { de: 3, es: 2 } });
  });

  it('counts only the locales asked for', async () => {
    const repo = syncRepo();
    const summary = JSON.parse((await runCli(['report', '--format', 'json', '--locale', 'es'], repo.root)).stdout) as Summary;
    expect(summary.locales.map((l) => [l.locale, l.sync])).toEqual([['es', { upToDate: 0, outdated: 1, outdatedSections: 2, neverStamped: 1 }]]);
    expect(summary.outdated.map((page) => page.file)).toEqual(['es/a.md']);
  });

  it('shows the counts and the outdated pages in the HTML report, without script', async () => {
    const repo = syncRepo();
    const { stdout: html } = await runCli(['report'], repo.root);
    const section = /<section id="sync">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section).toContain(
      '<tr><th scope="row">de</th><td>3</td><td>1</td><td><button type="button" class="filter " data-locale="de" data-rule="outdated" title="Show the findings of outdated in de">2</button></td><td>3</td><td>0</td></tr>',
    );
    expect(section).toContain(
      '<tr><th scope="row">es</th><td>2</td><td>0</td><td><button type="button" class="filter " data-locale="es" data-rule="outdated" title="Show the findings of outdated in es">1</button></td><td>2</td><td>1</td></tr>',
    );
    expect(section).toContain(
      '<summary><b>de</b>: 2 outdated pages, oldest sync first</summary><ol>' +
        '<li><span class="path">de/b.md</span> <span class="muted">· 1 section changed · synced 2026-01-01 (from git history) · canonical <span class="path">en/b.md</span></span></li>' +
        '<li><span class="path">de/a.md</span> <span class="muted">· 2 sections changed · synced 2026-01-01 (from git history) · canonical <span class="path">en/a.md</span></span></li></ol>',
    );
    expect(section).toContain('<summary><b>es</b>: 1 outdated page, oldest sync first</summary>');
  });
});

describe('sync status after a lint', () => {
  it('reuses the sync bases the lint looked up instead of reading git again', async () => {
    const repo = syncRepo();
    const config = loadConfig(repo.root);
    const bases: SyncBases = new Map();
    const result = await lint(config, { syncBases: bases });
    expect([...bases.keys()].sort()).toEqual(['de/a.md', 'de/b.md', 'de/c.md', 'es/a.md', 'es/b.md']);
    expect(bases.get('es/b.md')).toBeNull();
    // Without its history, the repository tells nothing more: what is known comes from the lint.
    rmSync(path.join(repo.root, '.git'), { recursive: true, force: true });
    const states = (statuses: ReturnType<typeof syncStatuses>) => statuses.map((s) => `${s.file} ${s.state} ${s.sections}`);
    expect(states(syncStatuses(config, result.plan, new Map(), bases))).toEqual(['de/a.md outdated 2', 'de/b.md outdated 1', 'de/c.md up-to-date 0', 'es/a.md outdated 2', 'es/b.md never-stamped 0']);
    expect(states(syncStatuses(config, result.plan))).toEqual(['de/a.md never-stamped 0', 'de/b.md never-stamped 0', 'de/c.md never-stamped 0', 'es/a.md never-stamped 0', 'es/b.md never-stamped 0']);
  });
});
