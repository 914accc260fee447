import { statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Config, LocaleMapping } from '../config/load.js';
import { checkFolders } from './unmatched.js';

/** A canonical page and its translation in one locale. */
export interface PagePair {
  canonical: string;
  locale: string;
  file: string;
}

/** A canonical page with no translation in a locale. */
export interface MissingTranslation {
  canonical: string;
  locale: string;
  /** The paths that were looked for, in order. */
  expected: string[];
}

/** A locale page whose canonical page does not exist. */
export interface Orphan {
  file: string;
  locale: string;
  /** Where its canonical page would be. */
  canonical: string;
}

/**
 * A file in a locale's folder that is not that locale's translation of anything:
 * - `shadowed`: another file is the translation of the same page (`x.md` beside `x-de.md`),
 *   whether or not the file's name matches one of the locale's patterns;
 * - `other-locale`: named for another locale or the source locale (`x-en.md`);
 * - `unmatched`: matches none of the locale's patterns.
 */
export interface Stray {
  file: string;
  locale: string;
  reason: 'shadowed' | 'other-locale' | 'unmatched';
  /** The canonical page it is a copy or version of, when known. */
  canonical?: string;
  /** The locale's real translation of that page, when there is one. */
  translation?: string;
  /** The locale its name belongs to (for `other-locale`). */
  namedLocale?: string;
  /** The locale's patterns, for `unmatched`. */
  patterns?: string;
}

/** Everything a run lints: which files pair up, and what coverage says about them. */
export interface Plan {
  pairs: PagePair[];
  missing: MissingTranslation[];
  orphans: Orphan[];
  strays: Stray[];
  /** Every file the run reports on, sorted. */
  files: string[];
}

const MARKDOWN = '**/*.{md,markdown,mdx}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * Works out what to lint. With no `paths`, every page the config maps; with paths,
 * those pages and their counterparts: a locale page brings its canonical page, a
 * canonical page brings all its translations. Paths are relative to `config.root`.
 */
export async function planRun(config: Config, options: { paths?: string[]; locales?: string[] } = {}): Promise<Plan> {
  checkFolders(config);
  const locales = options.locales ? config.locales.filter((l) => options.locales?.includes(l.code)) : config.locales;
  const ignored = picomatch([...config.ignore, ...ALWAYS_IGNORED], { dot: true });

  if (!options.paths) {
    // Loaded only here: a run given its paths lists no folders.
    const { glob } = await import('tinyglobby');
    const files = await glob(MARKDOWN, { cwd: config.root, ignore: [...config.ignore, ...ALWAYS_IGNORED], dot: false });
    const present = new Set(files);
    const mapping = new Mapping(config, locales, (file) => present.has(file), ignored);
    return mapping.plan(files.sort(), true);
  }

  const exists = (file: string) => !ignored(file) && isFile(path.join(config.root, file));
  const mapping = new Mapping(config, locales, exists, ignored);
  return mapping.plan(options.paths.filter(exists), false);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

class Mapping {
  constructor(
    private readonly config: Config,
    private readonly locales: LocaleMapping[],
    private readonly exists: (file: string) => boolean,
    private readonly ignored: (file: string) => boolean,
  ) {}

  plan(files: string[], everything: boolean): Plan {
    const plan: Plan = { pairs: [], missing: [], orphans: [], strays: [], files: [] };
    const seen = new Set<string>();
    const pair = (canonical: string, locale: LocaleMapping) => {
      const key = canonical + '\0' + locale.code;
      if (seen.has(key)) return;
      seen.add(key);
      const stem = this.config.source.match(canonical) as string;
      const expected = locale.patterns.map((pattern) => pattern.format(stem));
      const file = expected.find(this.exists);
      if (file) plan.pairs.push({ canonical, locale: locale.code, file });
      else plan.missing.push({ canonical, locale: locale.code, expected });
    };

    for (const file of files) {
      const localeFile = this.classifyLocaleFile(file);
      if (localeFile === 'not-locale') {
        if (this.canonicalStem(file) !== null) for (const locale of this.locales) pair(file, locale);
        continue;
      }
      if ('pairWith' in localeFile) pair(localeFile.pairWith, localeFile.locale);
      else if ('orphan' in localeFile) plan.orphans.push(localeFile.orphan);
      else plan.strays.push(localeFile.stray);
      if (!everything && 'stray' in localeFile && localeFile.stray.canonical) {
        // The stray is reported; its page's real translation is linted with it.
        const locale = this.locales.find((l) => l.code === localeFile.stray.locale);
        if (locale && localeFile.stray.translation) pair(localeFile.stray.canonical, locale);
      }
    }

    const linted = new Set<string>();
    for (const p of plan.pairs) linted.add(p.canonical).add(p.file);
    for (const m of plan.missing) linted.add(m.canonical);
    for (const o of plan.orphans) linted.add(o.file);
    for (const s of plan.strays) linted.add(s.file);
    plan.files = [...linted].sort();
    plan.pairs.sort((a, b) => comparePaths(a.file, b.file));
    plan.missing.sort((a, b) => comparePaths(a.canonical, b.canonical) || comparePaths(a.locale, b.locale));
    return plan;
  }

  /** The stem of a canonical page, or null when `file` is not one. */
  canonicalStem(file: string): string | null {
    const stem = this.config.source.match(file);
    if (stem === null) return null;
    // A file a locale pattern claims is a translation even where the source pattern matches it too (x.de.md).
    return this.config.locales.some((l) => l.patterns.some((p) => p.match(file) !== null)) ? null : stem;
  }

  private hasCanonical(stem: string): string | null {
    const canonical = this.config.source.format(stem);
    return this.exists(canonical) && this.canonicalStem(canonical) !== null ? canonical : null;
  }

  private classifyLocaleFile(
    file: string,
  ): 'not-locale' | { pairWith: string; locale: LocaleMapping } | { orphan: Orphan } | { stray: Stray } {
    for (const locale of this.locales) {
      const stems = locale.patterns.map((pattern) => pattern.match(file));
      const first = stems.find((stem) => stem !== null);
      if (first === undefined || first === null) continue;
      // The translation of an ignored canonical page is ignored with it.
      if (stems.some((stem) => stem !== null && this.ignored(this.config.source.format(stem)))) return 'not-locale';

      for (const stem of stems) {
        const canonical = stem === null ? null : this.hasCanonical(stem);
        if (!canonical || stem === null) continue;
        const translation = locale.patterns.map((pattern) => pattern.format(stem)).find(this.exists);
        if (translation === file) return { pairWith: canonical, locale };
        return { stray: { file, locale: locale.code, reason: 'shadowed', canonical, translation: translation ?? file } };
      }
      return this.strayByName(file, first, locale) ?? { orphan: { file, locale: locale.code, canonical: this.config.source.format(first) } };
    }
    if (this.config.source.match(file) !== null) return 'not-locale';

    for (const locale of this.locales) {
      const root = locale.patterns.find((pattern) => pattern.root !== '' && file.startsWith(pattern.root))?.root;
      if (root === undefined) continue;
      const stem = file.slice(root.length).replace(/\.(md|markdown|mdx)$/, '');
      const canonical = this.hasCanonical(stem);
      const translation = canonical ? locale.patterns.map((pattern) => pattern.format(stem)).find(this.exists) : undefined;
      if (canonical && translation) return { stray: { file, locale: locale.code, reason: 'shadowed', canonical, translation } };
      return (
        this.strayByName(file, stem, locale) ?? {
          stray: { file, locale: locale.code, reason: 'unmatched', patterns: locale.patterns.map((p) => p.source).join(', '), ...(canonical ? { canonical } : {}) },
        }
      );
    }
    return 'not-locale';
  }

  /** `x-en` in a German folder: named for another locale, a copy of canonical page `x`. */
  private strayByName(file: string, stem: string, locale: LocaleMapping): { stray: Stray } | null {
    const codes = [this.config.sourceLocale, ...this.config.locales.map((l) => l.code)].filter((code) => code !== locale.code);
    for (const code of codes) {
      const match = new RegExp(`^(.+)[-._]${code.replace(/[^\w-]/g, '')}$`, 'i').exec(stem);
      const canonical = match?.[1] ? this.hasCanonical(match[1]) : null;
      if (!canonical || !match?.[1]) continue;
      const translation = locale.patterns.map((pattern) => pattern.format(match[1] as string)).find(this.exists);
      return {
        stray: { file, locale: locale.code, reason: 'other-locale', canonical, namedLocale: code, ...(translation ? { translation } : {}) },
      };
    }
    return null;
  }
}

/** Orders paths (and other names) by UTF-16 code units: the same on every machine, whatever its locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
