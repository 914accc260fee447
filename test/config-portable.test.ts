import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/load.js';
import { fromPortable, toPortable } from '../src/config/portable.js';

describe('a configuration as plain data', () => {
  const config = resolveConfig(
    {
      sourceLocale: 'en',
      source: 'docs/{path}.md',
      locales: { de: ['i18n/{locale}/{path}.md', 'docs/{path}.de.md'], es: 'i18n/es/{path}.md' },
      rules: { numbers: 'warn' },
      overrides: [{ files: ['docs/api/**'], rules: { links: 'off' } }],
      siteRoot: 'docs',
    },
    path.join('/project', 'l10n-lint.config.json'),
  );

  it('survives JSON (as sent to a worker) and gives back patterns that match and format the same', () => {
    const again = fromPortable(JSON.parse(JSON.stringify(toPortable(config))));
    const { source, locales, ...rest } = again;
    const { source: source0, locales: locales0, ...rest0 } = config;
    expect(rest).toEqual(rest0);
    expect([source.source, source.root, source.match('docs/a/b.md'), source.format('a/b')]).toEqual(['docs/{path}.md', 'docs/', 'a/b', 'docs/a/b.md']);
    expect(source0.match('docs/a/b.md')).toBe('a/b');
    const described = (mapping: typeof locales) => mapping.map((l) => [l.code, l.patterns.map((p) => [p.source, p.root, p.format('x'), p.match('i18n/de/x.md')])]);
    expect(described(locales)).toEqual([
      ['de', [['i18n/de/{path}.md', 'i18n/de/', 'i18n/de/x.md', 'x'], ['docs/{path}.de.md', 'docs/', 'docs/x.de.md', null]]],
      ['es', [['i18n/es/{path}.md', 'i18n/es/', 'i18n/es/x.md', null]]],
    ]);
    expect(described(locales)).toEqual(described(locales0));
  });
});
