import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, readConfigFile, resolveConfig, type Config } from '../src/config/load.js';
import { planRun, type PagePair, type Stray } from '../src/discover/plan.js';
import { CORPUS, HAS_CORPUS } from './support/corpus.js';
import { makeTree } from './support/tree.js';

/**
 * The example configs in fixtures/layouts/, one per repository layout the product
 * brief names. Each small tree has nested folders (so {path} holds "/"), one page
 * missing a translation and one orphaned translation; the fasttrack-playbook config
 * maps the real corpus in ../shared/corpora.
 */
const LAYOUTS = path.join(import.meta.dirname, '..', 'fixtures', 'layouts');

function config(layout: string): Config {
  return loadConfig(process.cwd(), path.join(LAYOUTS, layout, 'l10n-lint.config.json'));
}

describe('Hugo layout: content/en/x.md and content/{locale}/x.md', () => {
  it('maps every page, with {locale} filled in for each locale', async () => {
    const plan = await planRun(config('hugo'));
    expect(plan.pairs).toEqual([
      { canonical: 'content/en/_index.md', locale: 'de', file: 'content/de/_index.md' },
      { canonical: 'content/en/docs/install/linux.md', locale: 'de', file: 'content/de/docs/install/linux.md' },
      { canonical: 'content/en/_index.md', locale: 'fr', file: 'content/fr/_index.md' },
      { canonical: 'content/en/docs/install/linux.md', locale: 'fr', file: 'content/fr/docs/install/linux.md' },
      { canonical: 'content/en/docs/install/windows.md', locale: 'fr', file: 'content/fr/docs/install/windows.md' },
    ]);
    expect(plan.missing).toEqual([
      { canonical: 'content/en/docs/install/windows.md', locale: 'de', expected: ['content/de/docs/install/windows.md'] },
    ]);
    expect(plan.orphans).toEqual([
      { file: 'content/de/docs/install/macos.md', locale: 'de', canonical: 'content/en/docs/install/macos.md' },
    ]);
    expect(plan.strays).toEqual([]);
    expect(plan.files).toHaveLength(9);
  });
});

describe('MDN layout: files/en-us/x/index.md and files/{locale}/x/index.md', () => {
  it('maps every page, with a source locale and a locale code that hold a hyphen', async () => {
    const loaded = config('mdn');
    expect(loaded.sourceLocale).toBe('en-us');
    expect(loaded.locales.map((l) => l.code)).toEqual(['de', 'pt-br']);
    const plan = await planRun(loaded);
    expect(plan.pairs).toEqual([
      { canonical: 'files/en-us/web/css/flex-wrap/index.md', locale: 'de', file: 'files/de/web/css/flex-wrap/index.md' },
      { canonical: 'files/en-us/web/css/grid/index.md', locale: 'de', file: 'files/de/web/css/grid/index.md' },
      { canonical: 'files/en-us/web/http/index.md', locale: 'de', file: 'files/de/web/http/index.md' },
      { canonical: 'files/en-us/web/css/grid/index.md', locale: 'pt-br', file: 'files/pt-br/web/css/grid/index.md' },
      { canonical: 'files/en-us/web/http/index.md', locale: 'pt-br', file: 'files/pt-br/web/http/index.md' },
    ]);
    expect(plan.missing).toEqual([
      { canonical: 'files/en-us/web/css/flex-wrap/index.md', locale: 'pt-br', expected: ['files/pt-br/web/css/flex-wrap/index.md'] },
    ]);
    expect(plan.orphans).toEqual([
      { file: 'files/pt-br/web/http/status/418/index.md', locale: 'pt-br', canonical: 'files/en-us/web/http/status/418/index.md' },
    ]);
    expect(plan.strays).toEqual([]);
    expect(plan.files).toHaveLength(9);
  });
});

describe('Docusaurus layout: docs/x.md and i18n/{locale}/docusaurus-plugin-content-docs/current/x.md', () => {
  const current = (locale: string, page: string) => `i18n/${locale}/docusaurus-plugin-content-docs/current/${page}`;

  it('maps every docs page and leaves the blog, which the config does not map, alone', async () => {
    const plan = await planRun(config('docusaurus'));
    expect(plan.pairs).toEqual([
      { canonical: 'docs/guides/config/secrets.md', locale: 'de', file: current('de', 'guides/config/secrets.md') },
      { canonical: 'docs/guides/deploy.md', locale: 'de', file: current('de', 'guides/deploy.md') },
      { canonical: 'docs/intro.md', locale: 'de', file: current('de', 'intro.md') },
      { canonical: 'docs/guides/deploy.md', locale: 'fr', file: current('fr', 'guides/deploy.md') },
      { canonical: 'docs/intro.md', locale: 'fr', file: current('fr', 'intro.md') },
    ]);
    expect(plan.missing).toEqual([
      { canonical: 'docs/guides/config/secrets.md', locale: 'fr', expected: [current('fr', 'guides/config/secrets.md')] },
    ]);
    expect(plan.orphans).toEqual([{ file: current('fr', 'guides/first-deploy.md'), locale: 'fr', canonical: 'docs/guides/first-deploy.md' }]);
    expect(plan.strays).toEqual([]);
    expect(plan.files).toHaveLength(9);
    expect(plan.files.filter((file) => file.includes('blog'))).toEqual([]);
  });
});

describe('suffix layout: docs/x.md beside docs/x.de.md and docs/x.fr.md', () => {
  it('tells translations from canonical pages, although the source pattern matches both', async () => {
    const plan = await planRun(config('suffix'));
    expect(plan.pairs).toEqual([
      { canonical: 'docs/guide/import.md', locale: 'de', file: 'docs/guide/import.de.md' },
      { canonical: 'docs/guide/import.md', locale: 'fr', file: 'docs/guide/import.fr.md' },
      { canonical: 'docs/guide/query.md', locale: 'de', file: 'docs/guide/query.de.md' },
      { canonical: 'docs/index.md', locale: 'de', file: 'docs/index.de.md' },
      { canonical: 'docs/index.md', locale: 'fr', file: 'docs/index.fr.md' },
    ]);
    expect(plan.missing).toEqual([{ canonical: 'docs/guide/query.md', locale: 'fr', expected: ['docs/guide/query.fr.md'] }]);
    expect(plan.orphans).toEqual([{ file: 'docs/guide/export.fr.md', locale: 'fr', canonical: 'docs/guide/export.md' }]);
    expect(plan.strays).toEqual([]);
    expect(plan.files).toHaveLength(9);
  });
});

describe('one checkout per locale: azure-docs/articles/x.md and azure-docs.{locale}/articles/x.md', () => {
  it('maps pages across sibling checkouts', async () => {
    const plan = await planRun(config('checkouts'));
    expect(plan.pairs).toEqual([
      { canonical: 'azure-docs/articles/get-started.md', locale: 'de-de', file: 'azure-docs.de-de/articles/get-started.md' },
      { canonical: 'azure-docs/articles/storage/overview.md', locale: 'de-de', file: 'azure-docs.de-de/articles/storage/overview.md' },
      { canonical: 'azure-docs/articles/get-started.md', locale: 'ja-jp', file: 'azure-docs.ja-jp/articles/get-started.md' },
    ]);
    expect(plan.missing).toEqual([
      { canonical: 'azure-docs/articles/storage/overview.md', locale: 'ja-jp', expected: ['azure-docs.ja-jp/articles/storage/overview.md'] },
    ]);
    expect(plan.orphans).toEqual([]);
    expect(plan.strays).toEqual([]);
  });
});

describe('MDX pages', () => {
  it('are found and paired like Markdown pages', async () => {
    const dir = makeTree({
      'docs/intro.mdx': '# Intro\n',
      'i18n/de/docusaurus-plugin-content-docs/current/intro.mdx': '# Einführung\n',
    });
    const plan = await planRun(
      resolveConfig(
        { source: 'docs/{path}.mdx', locales: { de: 'i18n/{locale}/docusaurus-plugin-content-docs/current/{path}.mdx' } },
        path.join(dir, 'l10n-lint.config.json'),
      ),
    );
    expect(plan.pairs).toEqual([{ canonical: 'docs/intro.mdx', locale: 'de', file: 'i18n/de/docusaurus-plugin-content-docs/current/intro.mdx' }]);
  });
});

describe.skipIf(!HAS_CORPUS)('fasttrack-playbook: folder per locale plus suffix, against the real corpus', () => {
  const file = path.join(LAYOUTS, 'fasttrack-playbook', 'l10n-lint.config.json');
  const corpus = CORPUS;
  const folders = { de: ['german-playbook', 'de'], es: ['spanish-playbook', 'es'], pt: ['portuguese-playbook', 'pr'] } as const;
  const locales = Object.keys(folders) as (keyof typeof folders)[];

  /** English pages with no translation in any of the three locales (from `ls` of the corpus). */
  const UNTRANSLATED = ['covid-fasttrack-center', 'covid-resources', 'covid-response', 'frp-covid-19-response', 'lifecycle-phases-landing'];

  /** Untranslated English copies, named like their English page, beside the -de.md / -es.md translation. */
  const ENGLISH_COPIES = [
    'l1l2l3-blocked',
    'l1l2l3-blocked-adoption-readiness',
    'l1l2l3-blocked-app-compatibility',
    'l1l2l3-blocked-billing-licensing-subscription',
    'l1l2l3-blocked-customer-it-infrastructure-remediation',
    'l1l2l3-blocked-it-change-management-resourcing',
    'l1l2l3-blocked-legal-regulatory',
    'l1l2l3-blocked-partner-engagement',
    'l1l2l3-blocked-product-feature-capability',
    'l1l2l3-blocked-security-privacy-non-product-feature',
    'l1l2l3-blocked-service-reliability',
    'l1l2l3-homepage-list',
    'l1l2l3-in-progress-migration',
    'l1l2l3-in-progress-solution-or-user-adoption',
    'l1l2l3-in-progress-technical-onboarding-deployment',
    'l1l2l3-no-intent',
    'l1l2l3-no-intent-executive-sponsorship',
    'l1l2l3-no-intent-using-competitive-solution',
    'l1l2l3-no-intent-using-microsoft-on-premises-solution',
    'l1l2l3-status-unknown-customer-unresponsive',
    'l1l2l3-status-unknown-new-subscription-or-workload',
  ];

  const load = () => resolveConfig(readConfigFile(file), file);

  it('resolves its root to the corpus', () => {
    const resolved = load();
    expect(resolved.root).toBe(corpus);
    expect(resolved.source.source).toBe('english-playbook/{path}.md');
    expect(resolved.locales.map((l) => [l.code, l.patterns.map((p) => p.source)])).toEqual([
      ['de', ['german-playbook/{path}-de.md', 'german-playbook/{path}.md']],
      ['es', ['spanish-playbook/{path}-es.md', 'spanish-playbook/{path}.md']],
      ['pt', ['portuguese-playbook/{path}-pr.md', 'portuguese-playbook/{path}.md']],
    ]);
    expect(loadConfig(process.cwd(), file).root).toBe(corpus);
  });

  it('finds the English pages with no German, Spanish or Portuguese translation', async () => {
    const plan = await planRun(load());
    const expected = UNTRANSLATED.flatMap((stem) =>
      locales.map((locale) => {
        const [folder, suffix] = folders[locale];
        return { canonical: `english-playbook/${stem}.md`, locale, expected: [`${folder}/${stem}-${suffix}.md`, `${folder}/${stem}.md`] };
      }),
    );
    expect(plan.missing).toEqual(expected);
    for (const locale of locales) {
      expect(plan.missing.filter((m) => m.locale === locale).map((m) => m.canonical)).toEqual(UNTRANSLATED.map((stem) => `english-playbook/${stem}.md`));
    }
  });

  it('pairs every other English page, index.md through the unsuffixed fallback pattern', async () => {
    const plan = await planRun(load());
    const english = readdirSync(path.join(corpus, 'english-playbook'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -3));
    expect(english).toHaveLength(69);
    const translated = english.filter((stem) => !UNTRANSLATED.includes(stem));
    const expected: PagePair[] = locales
      .flatMap((locale) => {
        const [folder, suffix] = folders[locale];
        return translated.map((stem) => ({
          canonical: `english-playbook/${stem}.md`,
          locale,
          file: stem === 'index' ? `${folder}/index.md` : `${folder}/${stem}-${suffix}.md`,
        }));
      })
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    expect(plan.pairs).toHaveLength(192);
    expect(plan.pairs).toEqual(expected);
    expect(plan.pairs).toContainEqual({ canonical: 'english-playbook/index.md', locale: 'de', file: 'german-playbook/index.md' });
  });

  it('reports the unsuffixed English copies and the -en.md files in german-playbook and spanish-playbook as strays', async () => {
    const plan = await planRun(load());
    const strays = (locale: 'de' | 'es'): Stray[] => {
      const [folder, suffix] = folders[locale];
      const copies: Stray[] = ENGLISH_COPIES.map((stem) => ({
        file: `${folder}/${stem}.md`,
        locale,
        reason: 'shadowed',
        canonical: `english-playbook/${stem}.md`,
        translation: `${folder}/${stem}-${suffix}.md`,
      }));
      const english: Stray = {
        file: `${folder}/success-support-success-execution-partner-en.md`,
        locale,
        reason: 'other-locale',
        canonical: 'english-playbook/success-support-success-execution-partner.md',
        namedLocale: 'en',
        translation: `${folder}/success-support-success-execution-partner-${suffix}.md`,
      };
      return [...copies, english].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    };
    expect(plan.strays).toEqual([...strays('de'), ...strays('es')]);
    expect(plan.strays.map((s) => s.file)).toContain('german-playbook/l1l2l3-blocked.md');
  });

  it('reports the translations whose English page is gone as orphans', async () => {
    const plan = await planRun(load());
    expect(plan.orphans).toEqual([
      { file: 'german-playbook/approach-get-modern-fta-partner-de.md', locale: 'de', canonical: 'english-playbook/approach-get-modern-fta-partner.md' },
      { file: 'german-playbook/approach-get-modern-ftc-partner-de.md', locale: 'de', canonical: 'english-playbook/approach-get-modern-ftc-partner.md' },
      { file: 'german-playbook/opp365-standalone-engagement-de.md', locale: 'de', canonical: 'english-playbook/opp365-standalone-engagement.md' },
      {
        file: 'german-playbook/opp365-standalone-engagement-partner-de.md',
        locale: 'de',
        canonical: 'english-playbook/opp365-standalone-engagement-partner.md',
      },
      { file: 'german-playbook/phase-success-de.md', locale: 'de', canonical: 'english-playbook/phase-success.md' },
      { file: 'portuguese-playbook/opp365-standalone-engagement-pr.md', locale: 'pt', canonical: 'english-playbook/opp365-standalone-engagement.md' },
      { file: 'spanish-playbook/opp365-standalone-engagement-es.md', locale: 'es', canonical: 'english-playbook/opp365-standalone-engagement.md' },
      { file: 'spanish-playbook/phase-success-es.md', locale: 'es', canonical: 'english-playbook/phase-success.md' },
    ]);
  });
});
