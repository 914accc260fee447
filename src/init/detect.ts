import type { ConfigFile } from '../config/load.js';
import { languageName } from '../engine/words.js';

/** A layout recognised in a tree, as the config that maps it. */
export interface DetectedLayout {
  /** Which of the known layouts it is. */
  name: 'folder-suffix' | 'hugo' | 'mdn' | 'docusaurus' | 'suffix';
  /** What was seen, in a sentence, for the config's comment. */
  evidence: string;
  config: Pick<ConfigFile, 'source' | 'locales' | 'sourceLocale'>;
  /** How many canonical pages have at least one translation under this config. */
  pairs: number;
}

/** Language names as folder names use them, to their codes (`german-playbook` is `de`). */
const LANGUAGE_CODES = ['ar', 'cs', 'da', 'de', 'el', 'en', 'es', 'fi', 'fr', 'he', 'hi', 'hu', 'id', 'it', 'ja', 'ko', 'nb', 'nl', 'pl', 'pt', 'ro', 'ru', 'sv', 'th', 'tr', 'uk', 'vi', 'zh'];
const CODE_BY_NAME = new Map(LANGUAGE_CODES.map((code) => [languageName(code).toLowerCase(), code]));

/** A locale code as folders and suffixes write it: `de`, `pt-br`, `zh-Hans`, `de-de`. */
const CODE = /^[a-z]{2,3}(?:[-_](?:[a-z]{2}|[A-Z][a-z]{3}|\d{3}))?$/i;

/**
 * Recognises the known layouts in a list of Markdown files (paths relative to the
 * folder being set up, with forward slashes) and returns those that map at least
 * one translated page, the best first.
 */
export function detectLayouts(listed: readonly string[]): DetectedLayout[] {
  // Sorted, so that the result does not depend on the order the disk lists files in.
  const files = [...listed].sort();
  const found = [docusaurus(files), mdn(files), hugo(files), folderSuffix(files), suffix(files)].filter(
    (layout): layout is DetectedLayout => layout !== null && layout.pairs > 0,
  );
  return found.sort((a, b) => b.pairs - a.pairs);
}

function stemOf(file: string): string {
  return file.replace(/\.(md|markdown|mdx)$/, '');
}

function extensionOf(file: string): string {
  return /\.(md|markdown|mdx)$/.exec(file)?.[0] ?? '.md';
}

/** `english-playbook` -> `en`, `de` -> `de`, `docs-fr` -> `fr`; null when the name says no language. */
function localeOfFolder(folder: string): string | null {
  if (CODE.test(folder)) return folder;
  for (const word of folder.toLowerCase().split(/[-_.\s]+/)) {
    const code = CODE_BY_NAME.get(word) ?? (CODE.test(word) && LANGUAGE_CODES.includes(word) ? word : undefined);
    if (code) return code;
  }
  return null;
}

/**
 * Sibling folders, one per locale, the translations named with a suffix (`x-de.md`)
 * and some pages keeping the canonical name (`index.md`): `english-playbook/x.md`,
 * `german-playbook/x-de.md`.
 */
function folderSuffix(files: readonly string[]): DetectedLayout | null {
  const byFolder = new Map<string, string[]>();
  for (const file of files) {
    const folder = file.split('/')[0] ?? '';
    if (!file.includes('/')) continue;
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file.slice(folder.length + 1)]);
  }
  let best: DetectedLayout | null = null;
  for (const [sourceFolder, sourceFiles] of byFolder) {
    const sourceStems = new Set(sourceFiles.map(stemOf));
    const ext = extensionOf(sourceFiles[0] ?? '');
    const locales: Record<string, string[]> = {};
    const translated = new Set<string>();
    for (const [folder, folderFiles] of byFolder) {
      if (folder === sourceFolder) continue;
      const suffixes = new Map<string, number>();
      for (const file of folderFiles) {
        const match = /^(.+)[-_.]([a-z]{2,3}(?:-[a-z]{2})?)$/i.exec(stemOf(file));
        if (match?.[1] && match[2] && sourceStems.has(match[1])) suffixes.set(match[2], (suffixes.get(match[2]) ?? 0) + 1);
      }
      const [suffix] = [...suffixes.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
      if (!suffix) continue;
      const code = localeOfFolder(folder) ?? suffix;
      const separator = folderFiles.map((file) => new RegExp(`([-_.])${suffix}\\.[a-z]+$`, 'i').exec(file)?.[1]).find(Boolean) ?? '-';
      locales[code] = [`${folder}/{path}${separator}${suffix}${ext}`, `${folder}/{path}${ext}`];
      for (const file of folderFiles) {
        const stem = stemOf(file);
        const base = stem.endsWith(separator + suffix) ? stem.slice(0, -(separator + suffix).length) : stem;
        if (sourceStems.has(base)) translated.add(base);
      }
    }
    if (Object.keys(locales).length === 0) continue;
    const layout: DetectedLayout = {
      name: 'folder-suffix',
      evidence: `a folder per locale (${[sourceFolder, ...Object.values(locales).map((p) => (p[0] ?? '').split('/')[0])].join(', ')}), translations named with a locale suffix`,
      config: { sourceLocale: localeOfFolder(sourceFolder) ?? 'en', source: `${sourceFolder}/{path}${ext}`, locales },
      pairs: translated.size,
    };
    if (!best || layout.pairs > best.pairs) best = layout;
  }
  return best;
}

/** `content/en/x.md` and `content/de/x.md`. */
function hugo(files: readonly string[]): DetectedLayout | null {
  return localeFolders(files, 'content/', '', 'hugo', (code) => `content/${code}/{path}.md`);
}

/** `files/en-us/x/index.md` and `files/de/x/index.md`. */
function mdn(files: readonly string[]): DetectedLayout | null {
  const indexes = files.filter((file) => file.startsWith('files/') && file.endsWith('/index.md'));
  return localeFolders(indexes, 'files/', '/index.md', 'mdn', (code) => `files/${code}/{path}/index.md`);
}

/** Locale folders under one parent, pages with the same names in each. */
function localeFolders(
  files: readonly string[],
  parent: string,
  tail: string,
  name: 'hugo' | 'mdn',
  pattern: (code: string) => string,
): DetectedLayout | null {
  const stems = new Map<string, Set<string>>();
  for (const file of files) {
    if (!file.startsWith(parent)) continue;
    const [code, ...rest] = file.slice(parent.length).split('/');
    if (!code || rest.length === 0 || !CODE.test(code)) continue;
    const stem = tail ? rest.join('/').slice(0, -tail.length) : stemOf(rest.join('/'));
    if (!stem) continue;
    stems.set(code, (stems.get(code) ?? new Set()).add(stem));
  }
  if (stems.size < 2) return null;
  const source = ['en', 'en-us', 'en-US'].find((code) => stems.has(code)) ?? [...stems.entries()].sort((a, b) => b[1].size - a[1].size)[0]?.[0];
  if (!source) return null;
  const sourceStems = stems.get(source) ?? new Set();
  const locales = [...stems.keys()].filter((code) => code !== source).sort();
  const translated = new Set(locales.flatMap((code) => [...(stems.get(code) ?? [])].filter((stem) => sourceStems.has(stem))));
  return {
    name,
    evidence: `a folder per locale under ${parent} (${[source, ...locales].join(', ')})`,
    config: { sourceLocale: source, source: pattern(source), locales: Object.fromEntries(locales.map((code) => [code, pattern('{locale}')])) },
    pairs: translated.size,
  };
}

/** `docs/x.md` and `i18n/de/docusaurus-plugin-content-docs/current/x.md`. */
function docusaurus(files: readonly string[]): DetectedLayout | null {
  const marker = '/docusaurus-plugin-content-docs/current/';
  const sourceStems = new Set(files.filter((file) => file.startsWith('docs/')).map((file) => stemOf(file.slice(5))));
  const locales = new Map<string, Set<string>>();
  for (const file of files) {
    const match = /^i18n\/([^/]+)\/docusaurus-plugin-content-docs\/current\/(.+)$/.exec(file);
    if (!match?.[1] || !match[2]) continue;
    locales.set(match[1], (locales.get(match[1]) ?? new Set()).add(stemOf(match[2])));
  }
  if (locales.size === 0 || sourceStems.size === 0) return null;
  const ext = extensionOf(files.find((file) => file.startsWith('docs/')) ?? '');
  const translated = new Set([...locales.values()].flatMap((stems) => [...stems].filter((stem) => sourceStems.has(stem))));
  return {
    name: 'docusaurus',
    evidence: `docs/ with translations under i18n/ (${[...locales.keys()].sort().join(', ')})`,
    config: {
      source: `docs/{path}${ext}`,
      locales: Object.fromEntries([...locales.keys()].sort().map((code) => [code, `i18n/{locale}${marker}{path}${ext}`])),
    },
    pairs: translated.size,
  };
}

/** `docs/x.md` beside `docs/x.de.md`. */
function suffix(files: readonly string[]): DetectedLayout | null {
  const all = new Set(files.map(stemOf));
  const locales = new Map<string, Set<string>>();
  for (const file of files) {
    const match = /^(.+)\.([a-z]{2,3}(?:[-_][a-z]{2,4})?)$/i.exec(stemOf(file));
    if (match?.[1] && match[2] && all.has(match[1])) locales.set(match[2], (locales.get(match[2]) ?? new Set()).add(match[1]));
  }
  if (locales.size === 0) return null;
  // The pages' common top folder, so that the source pattern does not claim README.md and the like.
  const tops = new Set([...locales.values()].flatMap((stems) => [...stems].map((stem) => (stem.includes('/') ? stem.split('/')[0] : ''))));
  const top = tops.size === 1 ? [...tops][0] : '';
  const root = top ? `${top}/` : '';
  const translated = new Set([...locales.values()].flatMap((stems) => [...stems]));
  return {
    name: 'suffix',
    evidence: `translations beside their page, named x.<locale>.md (${[...locales.keys()].sort().join(', ')})`,
    config: {
      source: `${root}{path}.md`,
      locales: Object.fromEntries([...locales.keys()].sort().map((code) => [code, `${root}{path}.{locale}.md`])),
    },
    pairs: translated.size,
  };
}
