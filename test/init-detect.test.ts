import path from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { loadConfig, resolveConfig } from '../src/config/load.js';
import { planRun } from '../src/discover/plan.js';
import { detectLayouts } from '../src/init/detect.js';
import { CORPUS, HAS_CORPUS } from './support/corpus.js';

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
