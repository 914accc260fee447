import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, resolveConfig } from '../../src/config/load.js';
import { toPortable } from '../../src/config/portable.js';
import type { CheckSetup, GroupOutcome, GroupTask } from '../../src/engine/group-check.js';
import { createGroupPool } from '../../src/engine/group-pool.js';
import { groupsOf, lint } from '../../src/engine/lint.js';
import { CORPUS, HAS_CORPUS } from '../support/corpus.js';
import { makeTree } from '../support/tree.js';
import type { SyncBases } from '../../src/sync/source.js';
import { syncRepo } from '../report/sync-repo.js';

const example = path.join(import.meta.dirname, '..', '..', 'fixtures', 'example', 'l10n-lint.config.json');

describe('checking in worker threads', () => {
  it('gives the same result, in the same order, with no pool, one worker and two', async () => {
    const config = loadConfig(process.cwd(), example);
    const inThread = await lint(config, { workers: 0, reportUnusedDisableDirectives: true });
    expect(inThread.results.flatMap((r) => r.findings).length).toBeGreaterThan(10);
    expect(await lint(config, { workers: 1, reportUnusedDisableDirectives: true })).toEqual(inThread);
    expect(await lint(config, { workers: 2, reportUnusedDisableDirectives: true })).toEqual(inThread);
  }, 60_000);

  it('sends the groups asked for at once four to a task, each with its own outcome, and none once the threads are stopped', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 9; i++) {
      files[`en/p${i}.md`] = `# Page ${i}\n\nIt holds ${i + 10} items.\n\n## Install\n\nRun \`make\`.\n`;
      files[`de/p${i}.md`] = `# Seite ${i}\n\nSie hat ${i + 20} Dinge.\n`;
    }
    const root = makeTree(files);
    const config = resolveConfig({ source: 'en/{path}.md', locales: { de: 'de/{path}.md' } }, path.join(root, 'l10n-lint.config.json'));
    const setup: CheckSetup = { run: 'four-to-a-task', config: toPortable(config), rules: {}, hashPages: true };
    const tasks: GroupTask[] = Array.from({ length: 9 }, (_, i) => ({
      files: [`en/p${i}.md`, `de/p${i}.md`],
      pages: [Buffer.from(files[`en/p${i}.md`] as string), Buffer.from(files[`de/p${i}.md`] as string)],
      hashes: [],
      roles: [{ locale: null }, { locale: 'de', canonical: `en/p${i}.md` }],
      pairs: [{ canonical: `en/p${i}.md`, locale: 'de', file: `de/p${i}.md` }],
    }));
    const readable = (outcome: GroupOutcome) => outcome.findings.map(([file, bytes]) => [file, Buffer.from(bytes).toString()]);

    const workers = createGroupPool(tasks.length * 2, 1);
    const inThread = createGroupPool(tasks.length * 2, 0);
    try {
      const outcomes = (await Promise.all(tasks.map((task) => workers.check(setup, task)))).map(readable);
      expect(workers.tasks).toBe(3);
      expect(outcomes).toEqual((await Promise.all(tasks.map((task) => inThread.check(setup, task)))).map(readable));
      expect(outcomes.map((findings) => findings.map(([file, json]) => `${file} ${JSON.parse(json as string)[0].ruleId}`))).toEqual(
        Array.from({ length: 9 }, (_, i) => [`de/p${i}.md headings`]),
      );
      // A task carries one run's setup: groups of two runs asked for at once go apart.
      const other: CheckSetup = { ...setup, run: 'another-run' };
      const mixed = await Promise.all([workers.check(setup, tasks[0] as GroupTask), workers.check(other, tasks[1] as GroupTask), workers.check(other, tasks[2] as GroupTask)]);
      expect(workers.tasks).toBe(5);
      expect(mixed.map(readable)).toEqual(outcomes.slice(0, 3));
    } finally {
      await workers.close();
      await inThread.close();
    }
    await expect(workers.check(setup, tasks[0] as GroupTask)).rejects.toThrow('the worker threads were stopped');
    expect(workers.tasks).toBe(5);
  }, 60_000);

  it('reports unreadable files and suppressions the same way in workers', async () => {
    const root = makeTree({
      'l10n-lint.config.json': { sourceLocale: 'en', source: 'en/{path}.md', locales: { de: ['de/{path}.md'] } },
      'en/a.md': '# A\n\nText with 12 items.\n\n## B\n',
      'de/a.md': '<!-- l10n-lint-disable-next-line numbers -->\n# A\n\nText mit 13 Dingen.\n',
      'en/b.md': '# B\n',
      'de/orphan.md': '# Orphan\n',
    });
    writeFileSync(path.join(root, 'de/b.md'), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]));
    const config = resolveConfig(
      { sourceLocale: 'en', source: 'en/{path}.md', locales: { de: ['de/{path}.md'] } },
      path.join(root, 'l10n-lint.config.json'),
    );
    const inThread = await lint(config, { workers: 0, reportUnusedDisableDirectives: true });
    const files = inThread.results.filter((r) => r.findings.length > 0).map((r) => r.file);
    expect(files).toEqual(['de/a.md', 'de/b.md', 'de/orphan.md']);
    expect(inThread.results[1]?.findings.map((f) => f.ruleId)).toEqual(['unreadable-file']);
    expect(await lint(config, { workers: 2, reportUnusedDisableDirectives: true })).toEqual(inThread);
  }, 60_000);

  it.skipIf(!HAS_CORPUS)('gives the same result on corpus pages with no pool and two workers', async () => {
    const config = loadConfig(process.cwd(), path.join(import.meta.dirname, '..', '..', 'fixtures', 'layouts', 'fasttrack-playbook', 'l10n-lint.config.json'));
    const paths = ['english-playbook/approach-get-modern.md', 'english-playbook/adoption-continuum-partner.md', 'english-playbook/approach-security-compliance.md'];
    expect(CORPUS).toBe(config.root);
    const inThread = await lint(config, { paths, workers: 0 });
    expect(inThread.results.length).toBe(12);
    expect(await lint(config, { paths, workers: 2 })).toEqual(inThread);
  }, 120_000);
});

describe('what workers look up and keep', () => {
  it('read the git history of translations as the main thread does, and hand back the sync bases', async () => {
    const repo = syncRepo();
    const config = loadConfig(repo.root);
    const inThread: SyncBases = new Map();
    const pooled: SyncBases = new Map();
    const expected = await lint(config, { workers: 0, syncBases: inThread });
    expect(expected.results.flatMap((r) => r.findings.filter((f) => f.ruleId === 'outdated').map((f) => `${f.file}:${f.line}`))).toEqual([
      'de/a.md:1',
      'de/a.md:5',
      'de/b.md:5',
      'es/a.md:1',
      'es/a.md:5',
    ]);
    expect(await lint(config, { workers: 2, syncBases: pooled })).toEqual(expected);
    expect([...pooled.keys()].sort()).toEqual(['de/a.md', 'de/b.md', 'de/c.md', 'es/a.md', 'es/b.md']);
    expect(new Map([...pooled].sort())).toEqual(new Map([...inThread].sort()));
  }, 60_000);

  it('fill the cache with models and findings that a run in one thread takes as its own', async () => {
    const config = loadConfig(process.cwd(), example);
    const cache = mkdtempSync(path.join(tmpdir(), 'l10n-lint-cache-'));
    try {
      const cold = await lint(config, { workers: 2, cache });
      const models = readdirSync(path.join(cache, 'models'), { recursive: true }).filter((name) => String(name).endsWith('.json'));
      expect(models.length).toBe(cold.results.length);
      expect(await lint(config, { workers: 0, cache })).toEqual(cold);
      expect(await lint(config, { workers: 0 })).toEqual(cold);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('--online in worker threads', () => {
  it('collects the external URLs of translations and checks links against their answers as the main thread does', async () => {
    const root = makeTree({
      'en/a.md': '# A\n\nSee [the site](https://example.com/ok) and [the old page](https://example.com/gone).\n',
      'de/a.md': '# A\n\nSiehe [die Seite](https://example.com/ok) und [die alte Seite](https://example.com/gone).\n',
      'en/b.md': '# B\n\nMail [us](https://example.com/b).\n',
      'de/b.md': '# B\n\nSchreib [uns](https://example.com/b).\n',
    });
    const config = resolveConfig({ sourceLocale: 'en', source: 'en/{path}.md', locales: { de: ['de/{path}.md'] } }, path.join(root, 'l10n-lint.config.json'));
    const asked: string[][] = [];
    const online = async (urls: string[]) => {
      asked.push(urls);
      return new Map(urls.map((url) => [url, url.endsWith('/gone') ? { ok: false, status: 404 } : { ok: true, status: 200 }] as const));
    };
    const inThread = await lint(config, { workers: 0, online });
    const broken = inThread.results.flatMap((r) => r.findings.filter((f) => f.ruleId === 'dead-links').map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`));
    expect(broken).toEqual(['de/a.md:3:47 External link https://example.com/gone is broken: the server answered HTTP 404']);
    expect(await lint(config, { workers: 2, online })).toEqual(inThread);
    expect(asked).toEqual([
      ['https://example.com/b', 'https://example.com/gone', 'https://example.com/ok'],
      ['https://example.com/b', 'https://example.com/gone', 'https://example.com/ok'],
    ]);
  }, 60_000);
});

describe('groupsOf', () => {
  it('puts each canonical page with its translations, every other file alone, each file once', () => {
    const plan = {
      pairs: [
        { canonical: 'en/a.md', locale: 'de', file: 'de/a.md' },
        { canonical: 'en/b.md', locale: 'de', file: 'de/b.md' },
        { canonical: 'en/a.md', locale: 'es', file: 'es/a.md' },
      ],
      missing: [],
      orphans: [{ file: 'de/x.md', locale: 'de', canonical: 'en/x.md' }],
      strays: [],
      files: ['de/a.md', 'de/b.md', 'de/x.md', 'en/a.md', 'en/b.md', 'en/c.md', 'es/a.md'],
    };
    expect(groupsOf(plan)).toEqual([['en/a.md', 'de/a.md', 'es/a.md'], ['en/b.md', 'de/b.md'], ['de/x.md'], ['en/c.md']]);
  });
});
