import { describe, expect, it } from 'vitest';
import type { ConfigFile } from '../../src/config/load.js';
import { lintTree } from '../support/lint-tree.js';

const RULE = 'missing-translation';

/** English pages in `en/`; translations in `de/` and `es/` named `x-de.md`, or `x.md` as a fallback. */
const layout: ConfigFile = {
  source: 'en/{path}.md',
  locales: {
    de: ['de/{path}-de.md', 'de/{path}.md'],
    es: ['es/{path}-es.md', 'es/{path}.md'],
  },
};



function missing(file: string, message: string, severity: 'error' | 'warn' = 'error') {
  return { ruleId: RULE, severity, file, line: 1, column: 1, endLine: 1, endColumn: 1, message };
}

describe('missing-translation', () => {
  it('accepts a tree where every page has a translation, by its suffixed name or the fallback name', async () => {
    const { findings } = await lintTree(RULE, [
      'en/index.md',
      'en/setup.md',
      'en/guide/install.md',
      'de/index.md',
      'de/setup-de.md',
      'de/guide/install-de.md',
      'es/index.md',
      'es/setup-es.md',
      'es/guide/install.md',
    ], layout);
    expect(findings).toEqual([]);
  });

  it('reports a page without translation on the canonical page, listing the paths looked for', async () => {
    const { findings } = await lintTree(RULE, [
      'en/index.md',
      'en/faq.md',
      'en/guide/install.md',
      'de/index.md',
      'de/faq-de.md',
      'es/index.md',
      'es/guide/install-es.md',
    ], layout);
    expect(findings).toEqual([
      missing('en/faq.md', 'No Spanish (es) translation of this page: expected es/faq-es.md or es/faq.md'),
      missing('en/guide/install.md', 'No German (de) translation of this page: expected de/guide/install-de.md or de/guide/install.md'),
    ]);
  });

  it('names the single expected path of a locale with one pattern, and one finding per locale', async () => {
    const { findings } = await lintTree(RULE, ['en/index.md', 'en/pricing.md', 'de/index-de.md', 'fr/index-fr.md'], {
      source: 'en/{path}.md',
      locales: { de: 'de/{path}-de.md', fr: 'fr/{path}-fr.md' },
    });
    expect(findings).toEqual([
      missing('en/pricing.md', 'No French (fr) translation of this page: expected fr/pricing-fr.md'),
      missing('en/pricing.md', 'No German (de) translation of this page: expected de/pricing-de.md'),
    ]);
  });

  it('uses the configured severity', async () => {
    const { findings } = await lintTree(RULE, ['en/index.md', 'de/index.md'], { source: 'en/{path}.md', locales: { de: 'de/{path}.md' } }, {}, 'warn');
    expect(findings).toEqual([]);
    const second = await lintTree(RULE, ['en/index.md', 'en/news.md', 'de/index.md'], { source: 'en/{path}.md', locales: { de: 'de/{path}.md' } }, {}, 'warn');
    expect(second.findings).toEqual([missing('en/news.md', 'No German (de) translation of this page: expected de/news.md', 'warn')]);
  });

  describe('with paths', () => {
    const tree = ['en/index.md', 'en/setup.md', 'en/faq.md', 'de/index.md', 'de/setup-de.md', 'es/setup-es.md'];

    it('a canonical page brings all its translations and reports the ones it lacks', async () => {
      const setup = await lintTree(RULE, tree, layout, { paths: ['en/setup.md'] });
      expect(setup.files).toEqual(['de/setup-de.md', 'en/setup.md', 'es/setup-es.md']);
      expect(setup.findings).toEqual([]);

      const index = await lintTree(RULE, tree, layout, { paths: ['en/index.md'] });
      expect(index.files).toEqual(['de/index.md', 'en/index.md']);
      expect(index.findings).toEqual([missing('en/index.md', 'No Spanish (es) translation of this page: expected es/index-es.md or es/index.md')]);
    });

    it('reports only the pages asked for', async () => {
      const { files, findings } = await lintTree(RULE, tree, layout, { paths: ['en/faq.md'] });
      expect(files).toEqual(['en/faq.md']);
      expect(findings).toEqual([
        missing('en/faq.md', 'No German (de) translation of this page: expected de/faq-de.md or de/faq.md'),
        missing('en/faq.md', 'No Spanish (es) translation of this page: expected es/faq-es.md or es/faq.md'),
      ]);
    });

    it('a locale page brings its canonical page, not the other locales', async () => {
      const { files, findings } = await lintTree(RULE, tree, layout, { paths: ['de/index.md'] });
      expect(files).toEqual(['de/index.md', 'en/index.md']);
      // en/index.md has no Spanish translation, but only the German pair was asked for.
      expect(findings).toEqual([]);
    });
  });
});
