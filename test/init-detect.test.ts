import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { loadConfig, resolveConfig } from '../src/config/load.js';
import { planRun } from '../src/discover/plan.js';
import { detectLayouts } from '../src/init/detect.js';
import { main } from '../src/main.js';
import { CORPUS, HAS_CORPUS } from './support/corpus.js';
import { makeTree } from './support/tree.js';

const LAYOUTS = path.join(import.meta.dirname, '..', 'fixtures', 'layouts');

/** The pairs a config maps, as `canonical -> translation` lines. */
async function pairsOf(root: string, configFile: string, config = loadConfig(root, configFile)) {
  const plan = await planRun(config);
  return plan.pairs.map((pair) => `${pair.canonical} -> ${pair.file}`).sort();
}

async function detectedPairs(root: string) {
  const files = await glob('**/*.{md,markdown,mdx}', { cwd: root, ignore: ['**/node_modules/**'] });
  const [best] = detectLayouts(files);
  if (!best) throw new Error(`no layout detected in ${root}`);
  return { best, pairs: await pairsOf(root, '', resolveConfig({ ...best.config }, path.join(root, 'l10n-lint.config.json'))) };
}

describe('layout detection', () => {
  for (const [layout, name] of [
    ['hugo', 'hugo'],
    ['mdn', 'mdn'],
    ['docusaurus', 'docusaurus'],
    ['suffix', 'suffix'],
  ] as const) {
    it(`recognises the ${layout} layout and maps the same pairs as its hand-written config`, async () => {
      const root = path.join(LAYOUTS, layout);
      const { best, pairs } = await detectedPairs(root);
      expect(best.name).toBe(name);
      expect(pairs).toEqual(await pairsOf(root, path.join(root, 'l10n-lint.config.json')));
    });
  }

  it('finds the same layout, locales in the same order, whatever order the files are listed in', () => {
    const files = ['en/a.md', 'en/b.md', 'german/a-de.md', 'german/b-de.md', 'spanish/a-es.md', 'french/b-fr.md'];
    const forward = detectLayouts(files);
    expect(detectLayouts([...files].reverse())).toEqual(forward);
    expect(forward[0]?.evidence).toBe('a folder per locale (en, french, german, spanish), translations named with a locale suffix');
    expect(Object.keys(forward[0]?.config.locales ?? {})).toEqual(['fr', 'de', 'es']);
  });

  it.skipIf(!HAS_CORPUS)('recognises the corpus layout and maps the same pairs as the hand-written config', async () => {
    const { best, pairs } = await detectedPairs(CORPUS);
    expect(best.name).toBe('folder-suffix');
    expect(best.config).toEqual({
      sourceLocale: 'en',
      source: 'english-playbook/{path}.md',
      locales: {
        de: ['german-playbook/{path}-de.md', 'german-playbook/{path}.md'],
        es: ['spanish-playbook/{path}-es.md', 'spanish-playbook/{path}.md'],
        pt: ['portuguese-playbook/{path}-pr.md', 'portuguese-playbook/{path}.md'],
      },
    });
    expect(pairs).toEqual(await pairsOf(process.cwd(), path.join(LAYOUTS, 'fasttrack-playbook', 'l10n-lint.config.json')));
  });
});

describe('l10n-lint init', () => {
  async function run(args: string[], cwd: string) {
    let stdout = '';
    let stderr = '';
    const code = await main(args, { cwd, env: {}, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
    return { code, stdout, stderr };
  }

  it.skipIf(!HAS_CORPUS)('writes a commented config that maps a copy of the corpus like the hand-written one', async () => {
    const dir = makeTree({});
    cpSync(CORPUS, dir, { recursive: true });
    expect(await run(['init'], dir)).toEqual({
      code: 0,
      stdout:
        'Wrote l10n-lint.config.yaml: a folder per locale (english-playbook, german-playbook, portuguese-playbook, spanish-playbook), translations named with a locale suffix; 64 pages have a translation.\n',
      stderr: '',
    });
    const text = readFileSync(path.join(dir, 'l10n-lint.config.yaml'), 'utf8');
    expect(text).toContain('# Where canonical pages are.');
    expect(await pairsOf(dir, path.join(dir, 'l10n-lint.config.yaml'))).toEqual(
      await pairsOf(process.cwd(), path.join(LAYOUTS, 'fasttrack-playbook', 'l10n-lint.config.json')),
    );
    expect(await run(['init'], dir)).toEqual({ code: 2, stdout: '', stderr: 'l10n-lint: l10n-lint.config.yaml already exists (pass --force to replace it)\n' });
    expect((await run(['init', '--force'], dir)).code).toBe(0);
  });

  it('says so when it recognises no layout', async () => {
    const dir = makeTree({ 'README.md': '# Hi\n', 'docs/a.md': '# A\n' });
    expect(await run(['init'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('no known layout found in 2 Markdown files') });
  });
});
