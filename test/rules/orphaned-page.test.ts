import { describe, expect, it } from 'vitest';
import type { ConfigFile } from '../../src/config/load.js';
import { lintTree } from '../support/lint-tree.js';

const RULE = 'orphaned-page';

/** English pages in `en/`; translations in `de/` and `es/` named `x-de.md`, or `x.md` as a fallback. */
const layout: ConfigFile = {
  source: 'en/{path}.md',
  locales: {
    de: ['de/{path}-de.md', 'de/{path}.md'],
    es: ['es/{path}-es.md', 'es/{path}.md'],
  },
};



function orphan(file: string, message: string) {
  return { ruleId: RULE, severity: 'error', file, line: 1, column: 1, endLine: 1, endColumn: 1, message };
}

describe('orphaned-page', () => {
  it('accepts locale pages whose canonical pages exist, by suffixed or fallback name', async () => {
    const { findings } = await lintTree(RULE, ['en/index.md', 'en/setup.md', 'en/guide/install.md', 'de/index.md', 'de/setup-de.md', 'de/guide/install-de.md', 'es/setup.md'], layout);
    expect(findings).toEqual([]);
  });

  it('reports a locale page whose canonical page is gone, naming where it would be', async () => {
    const { findings } = await lintTree(RULE, [
      'en/index.md',
      'en/setup.md',
      'de/index.md',
      'de/setup-de.md',
      'de/gone-de.md',
      'de/guide/migrate-de.md',
      'es/archivo.md',
    ], layout);
    expect(findings).toEqual([
      orphan('de/gone-de.md', 'This German (de) page has no canonical page: en/gone.md does not exist (renamed or deleted?)'),
      orphan('de/guide/migrate-de.md', 'This German (de) page has no canonical page: en/guide/migrate.md does not exist (renamed or deleted?)'),
      orphan('es/archivo.md', 'This Spanish (es) page has no canonical page: en/archivo.md does not exist (renamed or deleted?)'),
    ]);
  });

  it('leaves stray files to stray-file: a copy named for another locale or shadowed by the translation is no orphan', async () => {
    const { findings } = await lintTree(RULE, ['en/index.md', 'en/setup.md', 'de/index.md', 'de/setup-de.md', 'de/setup.md', 'de/index-en.md'], layout);
    expect(findings).toEqual([]);
  });

  describe('with paths', () => {
    const tree = ['en/index.md', 'de/index.md', 'de/gone-de.md', 'es/index-es.md'];

    it('reports an orphan asked for', async () => {
      const { files, findings } = await lintTree(RULE, tree, layout, { paths: ['de/gone-de.md'] });
      expect(files).toEqual(['de/gone-de.md']);
      expect(findings).toEqual([orphan('de/gone-de.md', 'This German (de) page has no canonical page: en/gone.md does not exist (renamed or deleted?)')]);
    });

    it('does not report orphans that were not asked for', async () => {
      const { files, findings } = await lintTree(RULE, tree, layout, { paths: ['en/index.md'] });
      expect(files).toEqual(['de/index.md', 'en/index.md', 'es/index-es.md']);
      expect(findings).toEqual([]);
    });
  });
});
