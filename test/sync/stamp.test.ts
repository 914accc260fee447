import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig, type ConfigFile } from '../../src/config/load.js';
import { main } from '../../src/main.js';
import { stamp, withFrontMatterKey } from '../../src/sync/stamp.js';
import { makeGitRepo } from '../support/git-repo.js';
import { makeTree } from '../support/tree.js';

const CONFIG: ConfigFile = { source: 'en/{path}.md', locales: { de: 'de/{path}.md', es: 'es/{path}.md' }, rules: { headings: 'off' } };
const EN = '# Setup\n\nInstall the *app*.\n\n## Use\n\nRun it.\n';

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { code, stdout, stderr };
}

function project(extra: Record<string, string | object> = {}) {
  return makeTree({
    'l10n-lint.config.json': CONFIG,
    'en/page.md': EN,
    'de/page.md': '# Einrichtung\n\nInstallieren Sie die *App*.\n\n## Verwenden\n\nStarten Sie sie.\n',
    'es/page.md': '# Instalación\n\nInstale la *aplicación*.\n\n## Uso\n\nEjecútela.\n',
    ...extra,
  });
}

describe('l10n-lint stamp (lockfile)', () => {
  it('stamps every translation, says so, and exits 0; a second run changes nothing', async () => {
    const dir = project();
    const first = await run(['stamp'], dir);
    expect(first).toEqual({
      code: 0,
      stdout: 'stamped de/page.md (in sync with en/page.md)\nstamped es/page.md (in sync with en/page.md)\nStamped 2 translations in l10n-lint.lock.json; 0 already up to date.\n',
      stderr: '',
    });
    const lockfile = readFileSync(path.join(dir, 'l10n-lint.lock.json'), 'utf8');
    const again = await run(['stamp'], dir);
    expect(again).toEqual({ code: 0, stdout: 'Stamped 0 translations in l10n-lint.lock.json; 2 already up to date.\n', stderr: '' });
    expect(readFileSync(path.join(dir, 'l10n-lint.lock.json'), 'utf8')).toBe(lockfile);
  });

  it('writes a lockfile with sorted keys, one value a line, and the sections of the canonical page', async () => {
    const dir = project();
    await stamp(resolveConfig(CONFIG, path.join(dir, 'l10n-lint.config.json')), { locales: ['de'], today: '2026-01-02' });
    const text = readFileSync(path.join(dir, 'l10n-lint.lock.json'), 'utf8');
    expect(text).toBe(`{
  "pages": {
    "de/page.md": {
      "canonical": "en/page.md",
      "date": "2026-01-02",
      "sections": {
        "Setup": {
          "blocks": [
            "${blockPrint(text, 'Setup', 0)}"
          ],
          "heading": "${headingPrint(text, 'Setup')}",
          "text": "# Setup\\n\\nInstall the app."
        },
        "Setup > Use": {
          "blocks": [
            "${blockPrint(text, 'Setup > Use', 0)}"
          ],
          "heading": "${headingPrint(text, 'Setup > Use')}",
          "text": "## Use\\n\\nRun it."
        }
      }
    }
  },
  "version": 1
}
`);
    // Four fingerprints, all different: two headings and two paragraphs.
    expect(new Set(text.match(/"[0-9a-f]{16}"/g))).toHaveProperty('size', 4);
  });

  it('keeps a stamp and its date while the canonical page changes only cosmetically; re-stamps a real change', async () => {
    const dir = project();
    const config = resolveConfig(CONFIG, path.join(dir, 'l10n-lint.config.json'));
    await stamp(config, { today: '2026-01-02' });
    writeFileSync(path.join(dir, 'en/page.md'), EN.replace('*app*', '_app_'));
    const cosmetic = await stamp(config, { today: '2026-02-03' });
    expect([cosmetic.stamped.length, cosmetic.unchanged.length]).toEqual([0, 2]);
    expect(readFileSync(path.join(dir, 'l10n-lint.lock.json'), 'utf8')).not.toContain('2026-02-03');
    writeFileSync(path.join(dir, 'en/page.md'), EN.replace('Run it.', 'Run it twice.'));
    const real = await stamp(config, { paths: ['es/page.md'], today: '2026-02-03' });
    expect(real.stamped.map((pair) => pair.file)).toEqual(['es/page.md']);
    const lock = JSON.parse(readFileSync(path.join(dir, 'l10n-lint.lock.json'), 'utf8')) as { pages: Record<string, { date: string }> };
    expect(Object.fromEntries(Object.entries(lock.pages).map(([file, entry]) => [file, entry.date]))).toEqual({ 'de/page.md': '2026-01-02', 'es/page.md': '2026-02-03' });
  });

  it('stamps only the paths and locales asked for', async () => {
    const dir = project();
    expect((await run(['stamp', 'de/page.md'], dir)).stdout).toBe('stamped de/page.md (in sync with en/page.md)\nStamped 1 translation in l10n-lint.lock.json; 0 already up to date.\n');
    expect((await run(['stamp', '--locale', 'es'], path.join(dir, 'en'))).stdout).toBe(
      'stamped ../es/page.md (in sync with page.md)\nStamped 1 translation in ../l10n-lint.lock.json; 0 already up to date.\n',
    );
  });

  it('drops the stamps of translations that no longer exist, on a full run', async () => {
    const dir = project();
    await run(['stamp'], dir);
    const gone = JSON.parse(readFileSync(path.join(dir, 'l10n-lint.lock.json'), 'utf8')) as { pages: Record<string, unknown> };
    gone.pages['de/old.md'] = gone.pages['de/page.md'];
    writeFileSync(path.join(dir, 'l10n-lint.lock.json'), JSON.stringify(gone));
    expect((await run(['stamp'], dir)).stdout).toBe('removed the stamp of de/old.md, which no longer exists\nStamped 0 translations in l10n-lint.lock.json; 2 already up to date.\n');
    expect(Object.keys((JSON.parse(readFileSync(path.join(dir, 'l10n-lint.lock.json'), 'utf8')) as { pages: object }).pages)).toEqual(['de/page.md', 'es/page.md']);
  });

  it('exits 2 with a clear message for usage problems and when nothing matches', async () => {
    const dir = project();
    expect(await run(['stamp', '--help'], dir)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^usage: l10n-lint stamp \[paths\.\.\.\] \[--locale LIST\] \[--config PATH\]\n\nDeclares translations in sync/) });
    expect(await run(['stamp', '--bogus'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining("stamp: Unknown option '--bogus'") });
    expect(await run(['stamp', '--locale', 'fr'], dir)).toEqual({ code: 2, stdout: '', stderr: 'l10n-lint: --locale: fr not in l10n-lint.config.json (configured: de, es)\n' });
    expect(await run(['stamp', 'nowhere.md'], dir)).toEqual({ code: 2, stdout: '', stderr: 'l10n-lint: nowhere.md: no such file or folder\n' });
    const lonely = makeTree({ 'l10n-lint.config.json': CONFIG, 'en/page.md': EN });
    expect(await run(['stamp'], lonely)).toEqual({ code: 2, stdout: '', stderr: 'l10n-lint stamp: no translated page matches; nothing was stamped\n' });
  });

  it('names a broken lockfile, in stamp and in lint (exit 2)', async () => {
    const dir = project({ 'l10n-lint.lock.json': '{ "version": 1, "pages": [] }' });
    const message = 'l10n-lint: l10n-lint.lock.json: not an l10n-lint lockfile: "pages" must be an object; restore it from version control or delete it and run l10n-lint stamp\n';
    expect(await run(['stamp'], dir)).toEqual({ code: 2, stdout: '', stderr: message });
    expect(await run(['--rule', 'outdated:warn'], dir)).toEqual({ code: 2, stdout: '', stderr: message });
    writeFileSync(path.join(dir, 'l10n-lint.lock.json'), '{ not json');
    expect((await run(['stamp'], dir)).stderr).toMatch(/^l10n-lint: l10n-lint\.lock\.json: the lockfile does not parse \(/);
  });

  it('as a process: stamps, then the lint shows the outdated section with its diff', () => {
    const dir = project();
    const bin = path.join(import.meta.dirname, '..', '..', 'dist', 'src', 'cli.js');
    const stamped = spawnSync(process.execPath, [bin, 'stamp', '--locale', 'de'], { cwd: dir, encoding: 'utf8' });
    expect([stamped.status, stamped.stdout, stamped.stderr]).toEqual([0, 'stamped de/page.md (in sync with en/page.md)\nStamped 1 translation in l10n-lint.lock.json; 0 already up to date.\n', '']);
    writeFileSync(path.join(dir, 'en/page.md'), EN.replace('Run it.', 'Run it twice a day.'));
    const linted = spawnSync(process.execPath, [bin, '--no-color', '--locale', 'de'], { cwd: dir, encoding: 'utf8' });
    expect([linted.status, linted.stderr]).toEqual([0, '']);
    expect(linted.stdout).toBe(`
de/page.md
  5:1  warning  Outdated: 1 block changed in the canonical section "Setup > Use" since this translation was synced (canonical line 5); update the translation  outdated
                ## Use Run it{+ twice a day+}.

✖ 1 problem (0 errors, 1 warning)
`);
    const json = spawnSync(process.execPath, [bin, '-f', 'json', '--locale', 'de'], { cwd: dir, encoding: 'utf8' });
    const messages = (JSON.parse(json.stdout) as { messages: { ruleId: string; detail?: unknown }[] }[]).flatMap((file) => file.messages);
    expect(messages.map((m) => [m.ruleId, m.detail])).toEqual([['outdated', { diff: [[0, '## Use\n\nRun it'], [1, ' twice a day'], [0, '.']] }]]);
  });
});

/** The fingerprints in a lockfile, read back so that the test pins the layout, not the hash function. */
function blockPrint(text: string, section: string, index: number): string {
  const lock = JSON.parse(text) as { pages: Record<string, { sections: Record<string, { blocks: string[] }> }> };
  return lock.pages['de/page.md']?.sections[section]?.blocks[index] ?? 'missing';
}
function headingPrint(text: string, section: string): string {
  const lock = JSON.parse(text) as { pages: Record<string, { sections: Record<string, { heading: string }> }> };
  return lock.pages['de/page.md']?.sections[section]?.heading ?? 'missing';
}

describe('l10n-lint stamp (front matter)', () => {
  const FM_CONFIG: ConfigFile = { ...CONFIG, sync: { store: 'front-matter' } };

  it('writes the canonical page’s last commit into each translation; an uncommitted canonical page is refused (exit 2)', async () => {
    const repo = makeGitRepo({ 'l10n-lint.config.json': FM_CONFIG, 'en/page.md': EN, 'en/other.md': '# Other\n', 'de/page.md': '---\ntitle: Einrichtung # kept\n---\n\n# Einrichtung\n', 'de/other.md': '# Andere\n' });
    const commit = repo.commit('first');
    repo.write('en/other.md', '# Other, changed\n');
    const result = await run(['stamp'], repo.root);
    expect(result).toEqual({
      code: 2,
      stdout: 'stamped de/page.md (in sync with en/page.md)\nStamped 1 translation in front matter; 0 already up to date.\n',
      stderr: 'l10n-lint stamp: de/other.md: en/other.md has changes that are not committed; commit them first, so that the stamp can name the commit\n',
    });
    expect(repo.read('de/page.md')).toBe(`---\ntitle: Einrichtung # kept\nl10n:\n  sourceCommit: ${commit}\n---\n\n# Einrichtung\n`);
    expect(repo.read('de/other.md')).toBe('# Andere\n');
    expect((await run(['stamp', 'de/page.md'], repo.root)).stdout).toBe('Stamped 0 translations in front matter; 1 already up to date.\n');
  });

  it('refuses outside a git repository', async () => {
    const dir = project({ 'l10n-lint.config.json': FM_CONFIG });
    const result = await run(['stamp', '--locale', 'de'], dir);
    expect(result).toEqual({ code: 2, stdout: 'Stamped 0 translations in front matter; 0 already up to date.\n', stderr: 'l10n-lint stamp: de/page.md: front-matter stamps name a git commit, but the project is not in a git repository\n' });
  });
});

describe('withFrontMatterKey', () => {
  it('adds a front matter to a page without one', () => {
    expect(withFrontMatterKey('# Titel\n', 'l10n.sourceCommit', 'abc1234')).toBe('---\nl10n:\n  sourceCommit: abc1234\n---\n\n# Titel\n');
  });

  it('sets a nested key in an existing mapping, keeping other keys, comments and CRLF line endings', () => {
    const page = '---\r\ntitle: Titel # comment\r\nl10n:\r\n  sourceCommit: old\r\n  other: 1\r\n---\r\n# Titel\r\n';
    expect(withFrontMatterKey(page, 'l10n.sourceCommit', 'abc1234')).toBe('---\r\ntitle: Titel # comment\r\nl10n:\r\n  sourceCommit: abc1234\r\n  other: 1\r\n---\r\n# Titel\r\n');
  });

  it('sets a flat key', () => {
    expect(withFrontMatterKey('---\ntitle: T\n---\nText\n', 'source_commit', 'abc1234')).toBe('---\ntitle: T\nsource_commit: abc1234\n---\nText\n');
  });

  it('gives null for a front matter that is not a mapping or does not parse', () => {
    expect(withFrontMatterKey('---\n- a\n- b\n---\nText\n', 'k', 'v')).toBeNull();
    expect(withFrontMatterKey('---\ntitle: [unclosed\n---\nText\n', 'k', 'v')).toBeNull();
  });
});
