import GithubSlugger from 'github-slugger';
import type * as mdast from 'mdast';
import { alignPages, walkBlocks } from '../align/align.js';
import type { Block, HeadingBlock, PageModel } from '../page/model.js';
import { parseMarkdown } from '../page/syntax.js';

/**
 * The anchors a page offers, computed the way the site generator does:
 *
 * - `github`: GitHub (and most static site generators, through github-slugger):
 *   lower-cased, punctuation dropped, spaces to `-`; a repeated slug gets `-1`, `-2`.
 * - `docfx`: DocFX, through Markdig's auto-identifiers in GitHub mode: letters,
 *   digits, `-` and `_` kept (lower-cased), each space to `-`, anything else
 *   dropped; an empty slug is `section`; a repeated one gets `-1`, `-2`.
 *
 * Explicit anchors count too: `<a name="x">`, `<a id="x">`, `{#x}`, and any `id`
 * attribute in an HTML block.
 */
export type SlugStyle = 'github' | 'docfx';

export interface HeadingAnchor {
  heading: HeadingBlock;
  slug: string;
}

/** The headings of a page, nested ones included, in document order, each with its slug. */
export function headingAnchors(page: PageModel, style: SlugStyle): HeadingAnchor[] {
  const cached = cache(page, style);
  if (cached.headings) return cached.headings;
  const headings: HeadingBlock[] = [];
  collectHeadings(page.blocks, headings);
  const slugger = style === 'github' ? githubSlugger() : docfxSlugger();
  cached.headings = headings.map((heading) => ({ heading, slug: slugger(headingText(heading)) }));
  return cached.headings;
}

/** Every anchor of a page: heading slugs and explicit anchors. */
export function pageAnchors(page: PageModel, style: SlugStyle): ReadonlySet<string> {
  const cached = cache(page, style);
  if (cached.all) return cached.all;
  const all = new Set(headingAnchors(page, style).map((h) => h.slug));
  for (const block of page.blocks) {
    for (const anchor of block.inline.anchors) all.add(anchor);
  }
  visitBlocks(page.blocks, (block) => {
    if (block.kind === 'html') for (const match of block.value.matchAll(HTML_ID)) if (match[1]) all.add(match[1]);
  });
  cached.all = all;
  return all;
}

/**
 * Whether a page has an anchor. GitHub prefixes heading ids with `user-content-`,
 * which a link may spell out.
 */
export function hasAnchor(page: PageModel, anchor: string, style: SlugStyle): boolean {
  const anchors = pageAnchors(page, style);
  return anchors.has(anchor) || anchors.has(anchor.replace(/^user-content-/, ''));
}

/** An anchor of the page that differs from `anchor` only in letter case, if any. */
export function anchorInOtherCase(page: PageModel, anchor: string, style: SlugStyle): string | null {
  const lower = anchor.toLowerCase();
  for (const candidate of pageAnchors(page, style)) if (candidate.toLowerCase() === lower) return candidate;
  return null;
}

/**
 * Where an anchor of a canonical page went in its translation: the slug of the
 * translated heading aligned with the canonical heading that has `anchor`, or the
 * anchor itself when the translation keeps an explicit anchor of that name. Null
 * when the canonical page has no such anchor or its heading has no counterpart.
 */
export function translatedAnchor(canonical: PageModel, translation: PageModel, anchor: string, style: SlugStyle): string | null {
  if (hasAnchor(translation, anchor, style)) return anchor;
  const wanted = anchor.replace(/^user-content-/, '');
  const source = headingAnchors(canonical, style).find((h) => h.slug === wanted)?.heading;
  if (!source) return null;
  const target = alignedHeading(canonical, translation, source);
  if (!target) return null;
  return headingAnchors(translation, style).find((h) => h.heading === target)?.slug ?? null;
}

function alignedHeading(canonical: PageModel, translation: PageModel, heading: HeadingBlock): HeadingBlock | null {
  let byCanonical = alignments.get(canonical);
  if (!byCanonical) alignments.set(canonical, (byCanonical = new WeakMap()));
  let pairs = byCanonical.get(translation);
  if (!pairs) {
    pairs = new Map();
    const found = pairs;
    walkBlocks(alignPages(canonical, translation).blocks, ({ canonical: c, locale: l }) => {
      if (c?.kind === 'heading' && l?.kind === 'heading') found.set(c, l);
    });
    byCanonical.set(translation, pairs);
  }
  return pairs.get(heading) ?? null;
}

const alignments = new WeakMap<PageModel, WeakMap<PageModel, Map<HeadingBlock, HeadingBlock>>>();

interface Cached {
  headings?: HeadingAnchor[];
  all?: ReadonlySet<string>;
}
const caches = new WeakMap<PageModel, Partial<Record<SlugStyle, Cached>>>();

function cache(page: PageModel, style: SlugStyle): Cached {
  let byStyle = caches.get(page);
  if (!byStyle) caches.set(page, (byStyle = {}));
  return (byStyle[style] ??= {});
}

const HTML_ID = /<[a-z][\w-]*\s[^>]*?\bid\s*=\s*["']([^"']+)["']/gi;
const ATTRIBUTE_ANCHOR = /\s*\{#[\w\-.:]+\}\s*$/;

function collectHeadings(blocks: readonly Block[], into: HeadingBlock[]): void {
  visitBlocks(blocks, (block) => {
    if (block.kind === 'heading') into.push(block);
  });
}

function visitBlocks(blocks: readonly Block[], visit: (block: Block) => void): void {
  for (const block of blocks) {
    visit(block);
    if (block.kind === 'list') for (const item of block.items) visitBlocks(item.blocks, visit);
    if (block.kind === 'admonition' || block.kind === 'blockquote') visitBlocks(block.blocks, visit);
  }
}

/**
 * The text a site generator slugs: the heading's plain text, without a `{#id}`
 * attribute. The page model collapses runs of spaces, which a slug keeps (`A  B`
 * is `a--b`), so a heading written with them is read again from its source line.
 */
export function headingText(heading: HeadingBlock): string {
  let text = heading.text;
  // The line without its opening and closing # markers.
  const written = heading.source.replace(/^\s{0,3}#{1,6}(?=\s|$)/, '').replace(/\s+#+\s*$/, '').trim();
  if (/\S\s{2,}\S/.test(written)) {
    const node = parseMarkdown(written).children[0];
    const raw = node ? plainText(node).trim() : '';
    if (raw.replace(/\s+/g, ' ') === text) text = raw;
  }
  return text.replace(ATTRIBUTE_ANCHOR, '');
}

function plainText(node: mdast.Node): string {
  if (node.type === 'html') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'image') return (node as mdast.Image).alt ?? '';
  if ('children' in node && Array.isArray(node.children)) return (node.children as mdast.Node[]).map(plainText).join('');
  return '';
}

function githubSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text);
}

/** Markdig's `UrilizeAsGfm` and the de-duplication of its auto-identifier extension. */
function docfxSlugger(): (text: string) => string {
  const used = new Set<string>();
  return (text) => {
    let base = '';
    // Markdig looks at UTF-16 code units: a letter outside the BMP is dropped.
    for (let i = 0; i < text.length; i++) {
      const c = text.charAt(i);
      if (c === ' ') base += '-';
      else if (c === '-' || c === '_' || /[\p{L}\p{Nd}]/u.test(c)) base += c.toLowerCase();
    }
    if (base === '') base = 'section';
    let slug = base;
    for (let n = 1; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}

/** The slug of one text in isolation (no de-duplication). */
export function slugOf(text: string, style: SlugStyle): string {
  return (style === 'github' ? githubSlugger() : docfxSlugger())(text);
}
