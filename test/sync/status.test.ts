import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { planRun } from '../../src/discover/plan.js';
import { stamp } from '../../src/sync/stamp.js';
import { summariseSync, syncStatuses } from '../../src/sync/status.js';
import { makeTree } from '../support/tree.js';

const page = (title: string) => `# ${title}\n\nText \`one\`.\n\n## Part\n\nMore \`two\`.\n`;

describe('sync status', () => {
  it('tells, per locale, the pages up to date, outdated (with how many sections, oldest first) and never stamped', async () => {
    const dir = makeTree({
      'en/a.md': page('A'),
      'en/b.md': page('B'),
      'en/c.md': page('C'),
      'de/a.md': page('A de'),
      'de/b.md': page('B de'),
      'de/c.md': page('C de'),
      'fr/a.md': page('A fr'),
    });
    const config = resolveConfig({ source: 'en/{path}.md', locales: { de: 'de/{path}.md', fr: 'fr/{path}.md' }, sync: { git: false } }, path.join(dir, 'l10n-lint.config.json'));
    await stamp(config, { paths: ['de/b.md'], today: '2026-01-05' });
    await stamp(config, { paths: ['de/a.md', 'de/c.md'], today: '2026-01-09' });
    // a: both sections change; b: one section; c: only cosmetic.
    writeFileSync(path.join(dir, 'en/a.md'), page('A').replace('Text', 'New text').replace('More', 'Much more'));
    writeFileSync(path.join(dir, 'en/b.md'), page('B').replace('More', 'Much more'));
    writeFileSync(path.join(dir, 'en/c.md'), page('C').replace('Text `one`.', 'Text  `one`.\n'));

    const statuses = syncStatuses(config, await planRun(config));
    expect(statuses).toEqual([
      { file: 'de/a.md', canonical: 'en/a.md', locale: 'de', state: 'outdated', sections: 2, since: '2026-01-09', from: 'lockfile' },
      { file: 'de/b.md', canonical: 'en/b.md', locale: 'de', state: 'outdated', sections: 1, since: '2026-01-05', from: 'lockfile' },
      { file: 'de/c.md', canonical: 'en/c.md', locale: 'de', state: 'up-to-date', sections: 0, since: '2026-01-09', from: 'lockfile' },
      { file: 'fr/a.md', canonical: 'en/a.md', locale: 'fr', state: 'never-stamped', sections: 0 },
    ]);
    const summary = summariseSync(statuses);
    expect(summary.map(({ pages, ...counts }) => ({ ...counts, pages: pages.map((p) => p.file) }))).toEqual([
      { locale: 'de', upToDate: 1, outdated: 2, neverStamped: 0, pages: ['de/b.md', 'de/a.md', 'de/c.md'] },
      { locale: 'fr', upToDate: 0, outdated: 0, neverStamped: 1, pages: ['fr/a.md'] },
    ]);
  });
});
