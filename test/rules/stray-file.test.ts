import { describe, expect, it } from 'vitest';
import type { ConfigFile } from '../../src/config/load.js';
import { lintTree } from '../support/lint-tree.js';

const RULE = 'stray-file';

/** English pages in `en/`; translations in `de/` and `es/` named `x-de.md`, or `x.md` as a fallback. */
const withFallback: ConfigFile = {
  source: 'en/{path}.md',
  locales: {
    de: ['de/{path}-de.md', 'de/{path}.md'],
    es: ['es/{path}-es.md', 'es/{path}.md'],
  },
};

/** The same, but German pages must be named `x-de.md`. */
const suffixOnly: ConfigFile = {
  source: 'en/{path}.md',
  locales: { de: 'de/{path}-de.md', es: ['es/{path}-es.md', 'es/{path}.md'] },
};



function stray(file: string, message: string) {
  return { ruleId: RULE, severity: 'error', file, line: 1, column: 1, endLine: 1, endColumn: 1, message };
}

describe('stray-file', () => {
  it('accepts locale folders holding only translations', async () => {
    const { findings } = await lintTree(RULE, ['en/index.md', 'en/setup.md', 'de/index.md', 'de/setup-de.md', 'es/index-es.md', 'es/setup.md'], withFallback);
    expect(findings).toEqual([]);
  });

  it('reports an untranslated copy shadowed by the real translation', async () => {
    const { findings, pairs } = await lintTree(RULE, ['en/index.md', 'en/setup.md', 'de/index.md', 'de/setup-de.md', 'de/setup.md'], withFallback);
    expect(pairs).toEqual(['en/index.md -> de/index.md', 'en/setup.md -> de/setup-de.md']);
    expect(findings).toEqual([
      stray(
        'de/setup.md',
        'Stray file: de/setup-de.md is the German (de) translation of en/setup.md, so this file is never used (an old or untranslated copy?)',
      ),
    ]);
  });

  it('reports a file named for another locale, and names the real translation when there is one', async () => {
    const { findings } = await lintTree(
      RULE,
      ['en/index.md', 'en/faq.md', 'de/index.md', 'de/faq-de.md', 'de/faq-en.md', 'de/index-es.md', 'es/faq-en.md'],
      withFallback,
    );
    expect(findings).toEqual([
      stray(
        'de/faq-en.md',
        'Stray file: its name marks it as English (en), but it is in the German (de) folder; it looks like a copy of en/faq.md (the German (de) translation is de/faq-de.md)',
      ),
      stray(
        'de/index-es.md',
        'Stray file: its name marks it as Spanish (es), but it is in the German (de) folder; it looks like a copy of en/index.md (the German (de) translation is de/index.md)',
      ),
      stray('es/faq-en.md', 'Stray file: its name marks it as English (en), but it is in the Spanish (es) folder; it looks like a copy of en/faq.md'),
    ]);
  });

  it('reports a file matching none of the patterns of a locale with only the suffixed pattern', async () => {
    const { findings } = await lintTree(
      RULE,
      ['en/index.md', 'en/setup.md', 'en/guide.md', 'de/index-de.md', 'de/setup-de.md', 'de/setup.md', 'de/guide.md', 'de/notizen.md', 'de/x-en.md'],
      suffixOnly,
    );
    expect(findings.filter((f) => f.ruleId === 'stray-file')).toEqual([
      stray('de/guide.md', 'Stray file: its name matches none of the German (de) patterns (de/{path}-de.md); it has the name of en/guide.md'),
      stray('de/notizen.md', 'Stray file: its name matches none of the German (de) patterns (de/{path}-de.md)'),
      // The translation of en/setup.md exists, so de/setup.md is a copy beside it.
      stray('de/setup.md', 'Stray file: de/setup-de.md is the German (de) translation of en/setup.md, so this file is never used (an old or untranslated copy?)'),
      // x-en.md names no existing canonical page (en/x.md), so it is only unmatched.
      stray('de/x-en.md', 'Stray file: its name matches none of the German (de) patterns (de/{path}-de.md)'),
    ]);
  });

  it('reports a file named for another locale with only the suffixed pattern', async () => {
    const { findings } = await lintTree(RULE, ['en/index.md', 'en/x.md', 'de/index-de.md', 'de/x-en.md'], suffixOnly);
    expect(findings).toEqual([
      stray('de/x-en.md', 'Stray file: its name marks it as English (en), but it is in the German (de) folder; it looks like a copy of en/x.md'),
    ]);
  });

  describe('with paths', () => {
    const tree = ['en/index.md', 'en/setup.md', 'de/index.md', 'de/setup-de.md', 'de/setup.md', 'es/setup-es.md'];

    it('reports a stray asked for and lints the real translation of its page with it', async () => {
      const { files, pairs, findings } = await lintTree(RULE, tree, withFallback, { paths: ['de/setup.md'] });
      expect(files).toEqual(['de/setup-de.md', 'de/setup.md', 'en/setup.md']);
      expect(pairs).toEqual(['en/setup.md -> de/setup-de.md']);
      expect(findings).toEqual([
        stray(
          'de/setup.md',
          'Stray file: de/setup-de.md is the German (de) translation of en/setup.md, so this file is never used (an old or untranslated copy?)',
        ),
      ]);
    });

    it('a canonical page brings its translations, not the strays beside them', async () => {
      const { files, findings } = await lintTree(RULE, tree, withFallback, { paths: ['en/setup.md'] });
      expect(files).toEqual(['de/setup-de.md', 'en/setup.md', 'es/setup-es.md']);
      expect(findings).toEqual([]);
    });

    it('a locale page brings its canonical page only', async () => {
      const { files, findings } = await lintTree(RULE, tree, withFallback, { paths: ['de/setup-de.md'] });
      expect(files).toEqual(['de/setup-de.md', 'en/setup.md']);
      expect(findings).toEqual([]);
    });
  });
});
