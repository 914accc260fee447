import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../rules/index.js';
import { resolveConfig, type ConfigFile } from '../../src/config/load.js';
import { lint } from '../../src/engine/lint.js';
import type { Finding } from '../../src/engine/rule.js';
import { stamp } from '../../src/sync/stamp.js';
import { makeGitRepo, type GitRepo } from '../support/git-repo.js';

const EN = `# Setup

Install the app with \`npm install app\`.

| Option | Default |
| --- | --- |
| port | 8080 |
| host | localhost |

## Configure \`app.json\`

Set the *port* in [the file](./app.md).

\`\`\`json
{ "port": 8080 }
\`\`\`
`;

const DE = `# Einrichtung

Installieren Sie die App mit \`npm install app\`.

| Option | Standard |
| --- | --- |
| port | 8080 |
| host | localhost |

## \`app.json\` konfigurieren

Legen Sie den *Port* in [der Datei](./app.md) fest.

\`\`\`json
{ "port": 8080 }
\`\`\`
`;

const CONFIGURE_DE = '## `app.json` konfigurieren';

/** Only whitespace, emphasis style, a link's form and the table's padding change. */
const EN_COSMETIC = EN.replace('Set the *port* in [the file](./app.md).', 'Set  the _port_\nin [the file](app.md).').replace(
  '| --- | --- |\n| port | 8080 |',
  '| :----- | ------- |\n| port   | 8080    |',
);

type Mode = 'lockfile' | 'front-matter' | 'git';

const CONFIG: ConfigFile = { source: 'en/{path}.md', locales: { de: 'de/{path}.md' } };

function configFor(mode: Mode): ConfigFile {
  const rules = Object.fromEntries([...registry.keys()].map((id) => [id, id === 'outdated' ? 'warn' : 'off'] as const));
  return { ...CONFIG, rules, ...(mode === 'front-matter' ? { sync: { store: 'front-matter' } } : {}), ...(mode === 'git' ? {} : {}) };
}

function resolved(repo: GitRepo, mode: Mode) {
  return resolveConfig(configFor(mode), path.join(repo.root, 'l10n-lint.config.json'));
}

async function findings(repo: GitRepo, mode: Mode): Promise<Finding[]> {
  const result = await lint(resolved(repo, mode));
  return result.results.flatMap((file) => file.findings);
}

/** Declares the translation in sync: a stamp (then a commit), or, for git, a commit of the translation. */
async function sync(repo: GitRepo, mode: Mode): Promise<void> {
  if (mode !== 'git') {
    const result = await stamp(resolved(repo, mode));
    expect(result.problems).toEqual([]);
  }
  repo.commit('translation synced');
}

function lineOf(text: string, line: string): number {
  const index = text.split('\n').indexOf(line);
  expect(index, `"${line}" in the page`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** A repository whose translation was synced with EN. */
async function syncedRepo(mode: Mode): Promise<GitRepo> {
  const repo = makeGitRepo({ 'en/page.md': EN, 'de/page.md': DE, 'l10n-lint.config.json': configFor(mode) });
  repo.commit('first version');
  if (mode !== 'git') await sync(repo, mode);
  return repo;
}

const MODES: Mode[] = ['lockfile', 'front-matter', 'git'];

for (const mode of MODES) {
  describe(`outdated, synced by ${mode === 'git' ? 'the git history (no stamp)' : `a stamp in the ${mode}`}`, () => {
    it('is up to date right after the sync', async () => {
      const repo = await syncedRepo(mode);
      expect(await findings(repo, mode)).toEqual([]);
    });

    it('does not count a cosmetic canonical edit', async () => {
      const repo = await syncedRepo(mode);
      repo.write('en/page.md', EN_COSMETIC);
      repo.commit('canonical: style only');
      expect(await findings(repo, mode)).toEqual([]);
    });

    it('reports a new canonical section where it belongs in the translation', async () => {
      const repo = await syncedRepo(mode);
      repo.write('en/page.md', EN.replace('## Configure', '## Upgrade\n\nRun `app upgrade`.\n\n## Configure'));
      repo.commit('canonical: upgrade section');
      const line = lineOf(repo.read('de/page.md'), CONFIGURE_DE);
      expect(await findings(repo, mode)).toEqual([
        {
          ruleId: 'outdated',
          severity: 'warn',
          message: 'Outdated: the canonical page has a new section "Setup > Upgrade" since this translation was synced (canonical line 10); translate it',
          file: 'de/page.md',
          line,
          column: 1,
          endLine: line,
          endColumn: 1,
          related: { file: 'en/page.md', line: 10, column: 1, endLine: 10, endColumn: 11 },
          detail: { diff: [[1, '## Upgrade\n\nRun app upgrade.']] },
        },
      ]);
    });

    it('reports a changed table row at the translated heading of its section', async () => {
      const repo = await syncedRepo(mode);
      repo.write('en/page.md', EN.replace('| host | localhost |', '| host | 0.0.0.0 |'));
      repo.commit('canonical: new default host');
      const line = lineOf(repo.read('de/page.md'), '# Einrichtung');
      const [finding, ...more] = await findings(repo, mode);
      expect(more).toEqual([]);
      expect(finding).toMatchObject({
        message: 'Outdated: 1 block changed in the canonical section "Setup" since this translation was synced (canonical line 1); update the translation',
        line,
        column: 1,
        endLine: line,
        endColumn: 14,
        related: { line: 1, column: 1, endLine: 1, endColumn: 8 },
      });
      expect(finding?.detail?.diff?.filter(([op]) => op !== 0)).toEqual([
        [-1, 'localhost'],
        [1, '0.0.0.0'],
      ]);
    });

    it('reports a changed code block', async () => {
      const repo = await syncedRepo(mode);
      repo.write('en/page.md', EN.replace('{ "port": 8080 }', '{ "port": 8080, "host": "0.0.0.0" }'));
      repo.commit('canonical: host in the example');
      const line = lineOf(repo.read('de/page.md'), CONFIGURE_DE);
      expect((await findings(repo, mode)).map((f) => [f.line, f.column, f.related?.line, f.message])).toEqual([
        [line, 1, 10, 'Outdated: 1 block changed in the canonical section "Setup > Configure app.json" since this translation was synced (canonical line 10); update the translation'],
      ]);
    });

    it('still reports a real canonical change after a later typo fix in the translation', async () => {
      const repo = await syncedRepo(mode);
      repo.write('en/page.md', EN.replace('Set the *port* in', 'Set the *port* and the *host* in'));
      repo.commit('canonical: host too');
      repo.write('de/page.md', repo.read('de/page.md').replace('Installieren Sie die App', 'Installieren Sie die Anwendung'));
      repo.commit('translation: wording');
      const line = lineOf(repo.read('de/page.md'), CONFIGURE_DE);
      const reported = await findings(repo, mode);
      expect(reported.map((f) => [f.line, f.column, f.message])).toEqual([
        [line, 1, 'Outdated: 1 block changed in the canonical section "Setup > Configure app.json" since this translation was synced (canonical line 10); update the translation'],
      ]);
      expect(reported[0]?.detail?.diff?.filter(([op]) => op !== 0)).toEqual([[1, 'and the host ']]);
    });

    it('is up to date again once the translation is updated and synced', async () => {
      const repo = await syncedRepo(mode);
      repo.write('en/page.md', EN.replace('Set the *port* in', 'Set the *port* and the *host* in'));
      repo.commit('canonical: host too');
      expect(await findings(repo, mode)).toHaveLength(1);
      repo.write('de/page.md', repo.read('de/page.md').replace('Legen Sie den *Port* in', 'Legen Sie den *Port* und den *Host* in'));
      await sync(repo, mode);
      expect(await findings(repo, mode)).toEqual([]);
    });
  });
}

describe('outdated, synced by the git history', () => {
  it('counts a translation updated but not committed yet as synced', async () => {
    const repo = await syncedRepo('git');
    repo.write('en/page.md', EN.replace('Set the *port* in', 'Set the *port* and the *host* in'));
    repo.commit('canonical: host too');
    repo.write('de/page.md', DE.replace('Legen Sie den *Port* in', 'Legen Sie den *Port* und den *Host* in'));
    expect(await findings(repo, 'git')).toEqual([]);
  });

  it('reports nothing for a translation git does not know, and nothing when git is turned off', async () => {
    const repo = makeGitRepo({ 'en/page.md': EN });
    repo.commit('canonical only');
    repo.write('de/page.md', DE);
    expect(await findings(repo, 'git')).toEqual([]);

    const old = await syncedRepo('git');
    old.write('en/page.md', EN.replace('| host | localhost |', '| host | 0.0.0.0 |'));
    old.commit('canonical: new default host');
    expect(await findings(old, 'git')).toHaveLength(1);
    const off = await lint(resolveConfig({ ...configFor('git'), sync: { git: false } }, path.join(old.root, 'l10n-lint.config.json')));
    expect(off.results.flatMap((file) => file.findings)).toEqual([]);
  });

  it('hashes the pages to tell them equal to their past versions, even for a run whose results need no hashes', async () => {
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    const repo = await syncedRepo('git');
    const inGit = await lint(resolved(repo, 'git'), { hashes: false });
    expect(inGit.results.map((file) => [file.file, file.hash])).toEqual([
      ['de/page.md', sha256(DE)],
      ['en/page.md', sha256(EN)],
    ]);
    // Without git, nothing is hashed: loading the hash functions costs a run on one page a twentieth of its time.
    const off = await lint(resolveConfig({ ...configFor('git'), sync: { git: false } }, path.join(repo.root, 'l10n-lint.config.json')), { hashes: false });
    expect(off.results.map((file) => [file.file, file.hash])).toEqual([
      ['de/page.md', undefined],
      ['en/page.md', undefined],
    ]);
    const asked = await lint(resolveConfig({ ...configFor('git'), sync: { git: false } }, path.join(repo.root, 'l10n-lint.config.json')));
    expect(asked.results.map((file) => file.hash)).toEqual([sha256(DE), sha256(EN)]);
  });
});
