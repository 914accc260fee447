import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignPages } from '../../src/align/align.js';
import { resolveConfig } from '../../src/config/load.js';
import { createProjectView } from '../../src/engine/project.js';
import { correspond } from '../../src/links/correspond.js';
import { pageLinks } from '../../src/links/resolve.js';
import { parsePage } from '../../src/page/parse.js';
import { makeTree } from '../support/tree.js';

const CANONICAL = [
  '# Guide',
  '',
  'See [setup](setup.md) and [the site](https://example.com/en-us/start).',
  '',
  '- Item with [notes](notes.md)',
  '- Plain item',
  '',
  '| Step | Link |',
  '| --- | --- |',
  '| 1 | [first](https://example.com/1) |',
  '| 2 | none |',
  '',
].join('\n');

function pair(locale: string, text: string) {
  const root = makeTree({ 'en/guide.md': CANONICAL, [`${locale}/guide.md`]: text, 'en/setup.md': '# Setup\n', 'en/notes.md': '# Notes\n' });
  const config = resolveConfig({ source: 'en/{path}.md', locales: { de: ['de/{path}.md'], es: ['es/{path}.md'] } }, path.join(root, 'l10n-lint.config.json'));
  return { project: createProjectView(config, new Map()), locale: parsePage(`${locale}/guide.md`, text) };
}

describe('correspond', () => {
  it("matches links inside aligned blocks, items and rows, with the canonical page's own link objects for every translation", () => {
    const canonical = parsePage('en/guide.md', CANONICAL);
    const german = pair(
      'de',
      [
        '# Anleitung',
        '',
        'Siehe [Einrichtung](setup.md) und [die Seite](https://example.com/de-de/start).',
        '',
        '- Eintrag mit [Notizen](notes.md)',
        '- Eintrag mit [neuem Link](extra.md)',
        '',
        '| Schritt | Link |',
        '| --- | --- |',
        '| 1 | [erste](https://example.com/1) |',
        '| 2 | keiner |',
        '',
      ].join('\n'),
    );
    const spanish = pair(
      'es',
      ['# Guía', '', 'Vea [configuración](setup.md).', '', '- Elemento con [notas](notes.md)', '- Elemento', '', '| Paso | Enlace |', '| --- | --- |', '| 1 | ninguno |', '| 2 | ninguno |', ''].join('\n'),
    );

    const links = pageLinks(canonical);
    expect(pageLinks(canonical)).toBe(links);
    const [setup, site, notes, first] = links;
    expect(links.map((ref) => `${ref.url}@${ref.span.line}:${ref.span.column}`)).toEqual([
      'setup.md@3:5',
      'https://example.com/en-us/start@3:27',
      'notes.md@5:13',
      'https://example.com/1@10:7',
    ]);

    const de = correspond({ canonical, locale: german.locale, alignment: alignPages(canonical, german.locale), project: german.project });
    expect(de.localeLinks.map((ref) => [ref.url, de.counterpart.get(ref)])).toEqual([
      ['setup.md', setup],
      ['https://example.com/de-de/start', site],
      ['notes.md', notes],
      ['extra.md', undefined],
      ['https://example.com/1', first],
    ]);
    expect(de.localeLinks.map((ref) => de.counterpart.get(ref))[0]).toBe(setup);
    expect(de.missing).toEqual([]);

    const es = correspond({ canonical, locale: spanish.locale, alignment: alignPages(canonical, spanish.locale), project: spanish.project });
    expect(es.localeLinks.map((ref) => es.counterpart.get(ref))).toEqual([setup, notes]);
    expect(es.localeLinks.map((ref) => es.counterpart.get(ref))[1]).toBe(notes);
    expect(es.missing.map(({ canonical: ref, localeScope }) => [ref, localeScope.line])).toEqual([
      [site, 3],
      [first, 10],
    ]);
    expect(es.missing[0]?.canonical).toBe(site);
  });
});
