import path from 'node:path';
import { compileUserRegex } from '../config/user-regex.js';
import { insideRoot, type ProjectView } from '../engine/project.js';
import { remembered, rememberedIn } from '../engine/remembered.js';
import { englishName } from '../engine/words.js';
import type { Block, PageModel, Span } from '../page/model.js';

/**
 * Link URLs as a site generator reads them: which are external, which point into
 * the repository and where, and which are written in a way that breaks them.
 * Nothing here reads a file; existence is asked of the project view.
 */

/** What a link URL is, before anything is looked up. */
export type UrlClass =
  | { kind: 'empty' }
  /** `https:`, `http:`, `ftp:` or protocol-relative `//host/…`. */
  | { kind: 'external'; url: string }
  /** Any other scheme: `mailto:`, `tel:`, DocFX `xref:`, `ms-settings:`, … Never checked. */
  | { kind: 'other'; scheme: string }
  /** `#anchor`: a place in the same page (the anchor percent-decoded). */
  | { kind: 'anchor'; anchor: string }
  /** `/folder/page.md` (or DocFX's `~/folder/page.md`): relative to the site's root. */
  | { kind: 'site-root'; path: string; anchor: string | null }
  /**
   * `page.md`, `../folder/`, `media/x.png`: relative to the page's folder (path
   * percent-decoded, query dropped, backslashes read as slashes, as browsers do).
   */
  | { kind: 'relative'; path: string; anchor: string | null }
  /**
   * Written in a way that breaks the link:
   * - `invisible`: an invisible character in the URL (a zero-width space before `https:`
   *   turns the URL into a relative path);
   * - `no-scheme`: `www.example.com/x` without `https://`, read as a relative path;
   * - `email`: `name@example.com` without `mailto:`, read as a relative path.
   */
  | { kind: 'malformed'; problem: 'invisible' | 'no-scheme' | 'email'; detail: string; repaired: string };

/** Characters that do not show and that no URL needs. */
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/;
const INVISIBLE_NAMES: Record<string, string> = {
  '\u200b': 'zero-width space (U+200B)',
  '\u200c': 'zero-width non-joiner (U+200C)',
  '\u200d': 'zero-width joiner (U+200D)',
  '\u2060': 'word joiner (U+2060)',
  '\ufeff': 'byte order mark (U+FEFF)',
  '\u00ad': 'soft hyphen (U+00AD)',
};
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const EXTERNAL_SCHEMES = new Set(['http', 'https', 'ftp']);
const WWW = /^www\.[^/\s.]+\.[^/\s]+/i;
const EMAIL = /^[^/?#\s@]+@[^/?#\s@]+\.[a-z]{2,}$/i;

/** Classifies a link URL as written in the Markdown (no file is looked at). */
export function classifyUrl(raw: string): UrlClass {
  const url = raw.trim();
  if (url === '') return { kind: 'empty' };
  const invisible = INVISIBLE.exec(url);
  if (invisible) {
    const repaired = url.replace(new RegExp(INVISIBLE.source, 'g'), '');
    const name = INVISIBLE_NAMES[invisible[0]] ?? 'invisible character';
    const where = invisible.index === 0 ? 'starts with' : 'contains';
    return { kind: 'malformed', problem: 'invisible', detail: `${where} an invisible ${name}`, repaired };
  }
  if (url.startsWith('//')) return { kind: 'external', url };
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  // `C:\x` is a Windows path, not a scheme; it is opaque either way.
  if (scheme !== undefined) return EXTERNAL_SCHEMES.has(scheme) ? { kind: 'external', url } : { kind: 'other', scheme };
  if (url.startsWith('#')) return { kind: 'anchor', anchor: decode(url.slice(1)) };

  const hash = url.indexOf('#');
  const anchor = hash === -1 ? null : decode(url.slice(hash + 1));
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const query = beforeHash.indexOf('?');
  // Browsers read a backslash in a path as a slash.
  const rawPath = (query === -1 ? beforeHash : beforeHash.slice(0, query)).replaceAll('\\', '/');
  if (WWW.test(rawPath)) return { kind: 'malformed', problem: 'no-scheme', detail: 'starts with www. but has no https://', repaired: 'https://' + url };
  if (EMAIL.test(rawPath)) return { kind: 'malformed', problem: 'email', detail: 'is an email address without mailto:', repaired: 'mailto:' + url };
  if (rawPath.startsWith('/') || rawPath.startsWith('~/')) {
    return { kind: 'site-root', path: decode(rawPath.replace(/^~?\/+/, '')), anchor };
  }
  return { kind: 'relative', path: decode(rawPath), anchor };
}

/** Where a link leads, once resolved against its page and the project. */
export type LinkTarget =
  | { kind: 'none' }
  | { kind: 'external'; url: string }
  | { kind: 'other'; scheme: string }
  | { kind: 'malformed'; problem: 'invisible' | 'no-scheme' | 'email'; detail: string; repaired: string }
  /** A site-root link while no `siteRoot` is configured: not checked. */
  | { kind: 'unchecked'; path: string }
  /** A relative path that climbs out of the repository: never read. */
  | { kind: 'outside'; path: string }
  /**
   * A file under the root (`file`, root-relative), or the page itself for `#anchor`
   * links. `exists` says whether it is there; `page` is the Markdown page whose
   * anchors count (the page itself, the file, or a folder's index.md / README.md),
   * null for other files and folders without an index.
   */
  | { kind: 'file'; file: string; anchor: string | null; exists: boolean; page: string | null; self: boolean; siteRoot: boolean };

const MARKDOWN = /\.(md|markdown|mdx)$/i;
const INDEX_PAGES = ['index.md', 'README.md', 'readme.md'];

/** Resolves a link URL written in `fromFile` (root-relative) against the project. */
export function resolveLink(url: string, fromFile: string, project: ProjectView): LinkTarget {
  const cls = classifyUrl(url);
  switch (cls.kind) {
    case 'empty':
      return { kind: 'none' };
    case 'external':
    case 'other':
    case 'malformed':
      return cls;
    case 'anchor':
      return { kind: 'file', file: fromFile, anchor: cls.anchor, exists: true, page: fromFile, self: true, siteRoot: false };
    case 'site-root': {
      if (project.siteRoot === null) return { kind: 'unchecked', path: '/' + cls.path };
      return locate(path.posix.join(project.siteRoot, cls.path), cls.path, cls.anchor, fromFile, project, true);
    }
    case 'relative':
      if (cls.path === '') return { kind: 'file', file: fromFile, anchor: cls.anchor, exists: true, page: fromFile, self: true, siteRoot: false };
      return locate(path.posix.join(path.posix.dirname(fromFile), cls.path), cls.path, cls.anchor, fromFile, project, false);
  }
}

function locate(joined: string, written: string, anchor: string | null, fromFile: string, project: ProjectView, siteRoot: boolean): LinkTarget {
  const file = path.posix.normalize(joined).replace(/\/$/, '') || '.';
  if (!insideRoot(file)) return { kind: 'outside', path: written };
  const self = file === fromFile;
  if (!project.exists(file)) return { kind: 'file', file, anchor, exists: false, page: null, self, siteRoot };
  if (MARKDOWN.test(file)) return { kind: 'file', file, anchor, exists: true, page: file, self, siteRoot };
  const index = INDEX_PAGES.map((name) => (file === '.' ? name : `${file}/${name}`)).find((candidate) => project.exists(candidate));
  return { kind: 'file', file, anchor, exists: true, page: index ?? null, self, siteRoot };
}

/** A root-relative file as a URL relative to the page `fromFile`, as a translator would write it. */
export function relativeUrl(fromFile: string, toFile: string): string {
  const relative = path.posix.relative(path.posix.dirname(fromFile), toFile) || path.posix.basename(toFile);
  return relative.replace(/[ ()<>]/g, (c) => encodeURIComponent(c));
}

/**
 * The URL to request for an external link (`http:`, `https:` or protocol-relative),
 * without its fragment, or null for any other link. Also the key of `urlStatus`.
 */
export function checkableUrl(raw: string): string | null {
  const cls = classifyUrl(raw);
  if (cls.kind !== 'external') return null;
  const url = cls.url.startsWith('//') ? 'https:' + cls.url : cls.url;
  if (!/^https?:/i.test(url)) return null;
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

const LOCALE_SEGMENT = /^([a-z]{2,3})(?:[-_]([a-z]{2,4}))?$/i;
const LOCALE_PARAMETERS = new Set(['ui', 'rs', 'ad', 'hl', 'gl', 'lang', 'locale', 'language', 'mkt', 'setlang', 'clcid', 'culture']);

/** Whether a path segment or parameter value is a locale: `en-us`, `de-de`, `de`, `pt-br`. */
export const isLocaleTag = remembered(function isLocaleTag(value: string): boolean {
  const match = LOCALE_SEGMENT.exec(value);
  return match?.[1] !== undefined && englishName(match[1].toLowerCase()) !== undefined;
});

/**
 * An external URL in a form that two locales' versions of one link share: scheme
 * (`http` and `https` alike) and `www.` left out, host lower-cased, locale path
 * segments (`/en-us/`, `/de/`) and locale parameters (`?ui=en-us`) dropped, no
 * trailing slash. The fragment is kept.
 */
export const normaliseExternal = remembered(function normaliseExternal(raw: string): string {
  const trimmed = raw.trim();
  const url = trimmed.startsWith('//') ? 'https:' + trimmed : trimmed;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return trimmed.toLowerCase();
  }
  const host = parsed.host.toLowerCase().replace(/^www\./, '');
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '' && !isLocaleTag(segment));
  const parameters = [...parsed.searchParams].filter(([name, value]) => !LOCALE_PARAMETERS.has(name.toLowerCase()) && !isLocaleTag(value));
  const query = parameters.length > 0 ? '?' + new URLSearchParams(parameters).toString() : '';
  return `${host}/${segments.join('/')}${query}${parsed.hash}`.replace(/\/(?=$|\?|#)/, '');
});

/** The host of an external URL, lower-cased, without `www.`; '' when it does not parse. */
export const hostOf = remembered(function hostOf(raw: string): string {
  const trimmed = raw.trim();
  try {
    return new URL(trimmed.startsWith('//') ? 'https:' + trimmed : trimmed).host.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
});

/** A link or an image of a page, as the link rules handle both. */
export interface LinkRef {
  kind: 'link' | 'image';
  url: string;
  /** The link text, or the image's alt text. */
  text: string;
  span: Span;
  /** Where the target of an inline link is written, when a fix may replace it (see `Link.urlSpan`). */
  urlSpan?: Span;
}

const linksOfPage = new WeakMap<PageModel, readonly LinkRef[]>();

/**
 * Every link and image of a page, once each, in document order. Made once per page:
 * the same objects whoever asks (a canonical page is matched with each translation).
 */
export function pageLinks(page: PageModel): readonly LinkRef[] {
  return rememberedIn(linksOfPage, page, () => blockLinks(page.blocks));
}

/** Every link and image of some blocks (a block's inline inventory includes its nested blocks). */
function blockLinks(blocks: readonly Block[]): LinkRef[] {
  const found: LinkRef[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    for (const link of block.inline.links) addLink(found, seen, { kind: 'link', url: link.url, text: link.text, span: link.span, urlSpan: link.urlSpan });
    for (const image of block.inline.images) addLink(found, seen, { kind: 'image', url: image.url, text: image.alt, span: image.span, urlSpan: undefined });
  }
  return found.sort(bySpan);
}

/** Adds a link to those found, unless one of its kind at its place is there (a nested block's, seen again). */
function addLink(found: LinkRef[], seen: Set<string>, ref: LinkRef): void {
  const key = `${ref.kind}:${ref.span.line}:${ref.span.column}`;
  if (seen.has(key)) return;
  seen.add(key);
  found.push(ref);
}

function bySpan(a: LinkRef, b: LinkRef): number {
  return compareSpans(a.span, b.span);
}

/** The external URLs to check for a page (see `checkableUrl`), once each. */
export function externalUrls(page: PageModel): string[] {
  const urls = new Set<string>();
  for (const ref of pageLinks(page)) {
    const url = checkableUrl(ref.url);
    if (url !== null) urls.add(url);
  }
  return [...urls];
}

export function compareSpans(a: Span, b: Span): number {
  return a.line - b.line || a.column - b.column;
}

/** Whether span `outer` contains span `inner`. */
export function containsSpan(outer: Span, inner: Span): boolean {
  const startsBefore = outer.line < inner.line || (outer.line === inner.line && outer.column <= inner.column);
  const endsAfter = outer.endLine > inner.endLine || (outer.endLine === inner.endLine && outer.endColumn >= inner.endColumn);
  return startsBefore && endsAfter;
}

/** The start of a span, as an empty span: where a missing thing is reported. */
export function startOf(span: Span): Span {
  return { line: span.line, column: span.column, endLine: span.line, endColumn: span.column };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const compiled = new WeakMap<readonly string[], RegExp[]>();

/** Whether a URL matches one of a rule's `ignore` patterns. */
export function isIgnored(patterns: readonly RegExp[], url: string): boolean {
  for (const pattern of patterns) if (pattern.test(url)) return true;
  return false;
}

/**
 * Compiles a rule's `ignore` option (regular expressions as strings), once per
 * options object. An invalid expression is a configuration error (exit code 2).
 */
export function ignorePatterns(ruleId: string, sources: readonly string[]): RegExp[] {
  let patterns = compiled.get(sources);
  if (!patterns) {
    patterns = sources.map((source) => compileUserRegex(`rule "${ruleId}": ignore`, source));
    compiled.set(sources, patterns);
  }
  return patterns;
}
