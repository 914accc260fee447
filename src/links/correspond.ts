import type { AlignedBlock, Alignment } from '../align/align.js';
import type { ProjectView } from '../engine/project.js';
import { rememberedIn } from '../engine/remembered.js';
import type { Block, PageModel, Span } from '../page/model.js';
import { classifyUrl, compareSpans, containsSpan, hostOf, normaliseExternal, pageLinks, resolveLink, type LinkRef } from './resolve.js';

/**
 * Which link of the canonical page each link of the translation stands for.
 *
 * Links are matched inside aligned blocks, innermost first (a list item's
 * paragraph before the item, the item before the list, a table row before its table): first on what they point
 * to (a relative link to the canonical page `x.md` and one to its translation
 * `x-de.md` point to the same page; external URLs compare without locale segments),
 * then, for what is left, in order among links of the same kind (external with the
 * same host, then any external; internal; images), so that a link whose target
 * changed still has a counterpart. Whatever is left over in a scope is passed up
 * to the enclosing one.
 */
export interface Correspondence {
  /** Every link and image of the translation, in document order. */
  localeLinks: readonly LinkRef[];
  /** The canonical counterpart of a translation's link, when it has one. */
  counterpart: ReadonlyMap<LinkRef, LinkRef>;
  /**
   * Canonical links and images with no counterpart in their aligned translation
   * block. A link inside a row, item or block that the translation lacks as a whole
   * is not listed: the structure rules report what is missing.
   */
  missing: MissingLink[];
}

export interface MissingLink {
  canonical: LinkRef;
  /** The translation's block aligned with the innermost canonical block holding the link. */
  localeScope: Span;
}

type Category = 'external' | 'internal' | 'image' | 'other';

interface Entry {
  ref: LinkRef;
  category: Category;
  key: string;
  host: string;
  matched: LinkRef | null;
}

interface Scope {
  canonical: Span;
  locale: Span;
  canonicalLinks: LinkRef[];
  localeLinks: LinkRef[];
  children: Scope[];
  /** Canonical rows, items and blocks inside this one that the translation lacks (other rules report those). */
  lost: Span[];
}

export interface PairInput {
  canonical: PageModel;
  locale: PageModel;
  alignment: Alignment;
  project: ProjectView;
}

const cache = new WeakMap<Alignment, Correspondence>();

/** The correspondence of a pair's links; computed once per pair, shared by the link rules. */
export function correspond(input: PairInput): Correspondence {
  return rememberedIn(cache, input.alignment, () => compute(input));
}

function compute({ canonical, locale, alignment, project }: PairInput): Correspondence {
  // A page's links are made once (see `pageLinks`): the scopes, the maps below and the rules agree on identity.
  const links: PageLinks = { canonical: pageLinks(canonical), locale: pageLinks(locale) };
  const scopes: Scope[] = [];
  scopesOf(alignment.blocks, links, scopes, []);
  const matching = new Matching(canonical.file, locale.file, project);
  // Exact matches everywhere first, so that a link moved to the enclosing block is not
  // taken for a changed one; then, scope by scope, the changed links. The links of a
  // row or item the translation lacks are left to the structure rules.
  for (const scope of scopes) matching.matchScope(scope, EXACT, false);
  for (const scope of scopes) matching.matchScope(scope, CHANGED, true);

  const counterpart = new Map<LinkRef, LinkRef>();
  for (const e of matching.localeEntries.values()) if (e.matched) counterpart.set(e.ref, e.matched);
  const missing: MissingLink[] = [];
  for (const e of matching.canonicalEntries.values()) {
    const scope = matching.canonicalScope.get(e.ref);
    if (e.matched !== null || !scope || isLost(scope, e.ref)) continue;
    missing.push({ canonical: e.ref, localeScope: scope.locale });
  }
  missing.sort((a, b) => compareSpans(a.canonical.span, b.canonical.span));
  return { localeLinks: links.locale, counterpart, missing };
}

/** Whether two entries' links correspond. */
type Same = (c: Entry, l: Entry) => boolean;
/** The first pass: links to the same target. */
const EXACT: readonly Same[] = [(c, l) => c.category === l.category && c.key === l.key];
/** The second pass, for what is left: external links to the same host, then links of the same kind. */
const CHANGED: readonly Same[] = [
  (c, l) => c.category === 'external' && l.category === 'external' && c.host === l.host && c.host !== '',
  (c, l) => c.category === l.category,
];

function isOpen(e: Entry): boolean {
  return e.matched === null;
}

function byPosition(a: Entry, b: Entry): number {
  return compareSpans(a.ref.span, b.ref.span);
}

function isLost(scope: Scope, ref: LinkRef): boolean {
  for (const span of scope.lost) if (containsSpan(span, ref.span)) return true;
  return false;
}

/** The entries of a pair's links, matched scope by scope. */
class Matching {
  readonly canonicalEntries = new Map<LinkRef, Entry>();
  readonly localeEntries = new Map<LinkRef, Entry>();
  readonly canonicalScope = new Map<LinkRef, Scope>();

  constructor(
    private readonly canonicalFile: string,
    private readonly localeFile: string,
    private readonly project: ProjectView,
  ) {}

  entry(ref: LinkRef, side: 'canonical' | 'locale'): Entry {
    const map = side === 'canonical' ? this.canonicalEntries : this.localeEntries;
    let found = map.get(ref);
    if (!found) {
      const { category, key, host } = side === 'canonical' ? canonicalKeyOf(ref, this.canonicalFile, this.project) : keyOf(ref, this.localeFile, side, this.project);
      found = { ref, category, key, host, matched: null };
      map.set(ref, found);
    }
    return found;
  }

  /** Matches a scope's open entries, its children's first; answers those left open. */
  matchScope(scope: Scope, rules: readonly Same[], skipLost: boolean): { c: Entry[]; l: Entry[] } {
    const cs: Entry[] = [];
    for (const ref of scope.canonicalLinks) if (!skipLost || !isLost(scope, ref)) cs.push(this.entry(ref, 'canonical'));
    const ls: Entry[] = [];
    for (const ref of scope.localeLinks) ls.push(this.entry(ref, 'locale'));
    for (const ref of scope.canonicalLinks) if (!this.canonicalScope.has(ref)) this.canonicalScope.set(ref, scope);
    for (const child of scope.children) {
      const left = this.matchScope(child, rules, skipLost);
      cs.push(...left.c);
      ls.push(...left.l);
    }
    const c = cs.filter(isOpen).sort(byPosition);
    const l = ls.filter(isOpen).sort(byPosition);
    for (const same of rules) {
      for (const ce of c) {
        if (ce.matched !== null) continue;
        const le = l.find((candidate) => candidate.matched === null && same(ce, candidate));
        if (!le) continue;
        ce.matched = le.ref;
        le.matched = ce.ref;
      }
    }
    return { c: c.filter(isOpen), l: l.filter(isOpen) };
  }
}

/** The links of both pages of a pair, each in document order. */
interface PageLinks {
  canonical: readonly LinkRef[];
  locale: readonly LinkRef[];
}

/**
 * An aligned pair with both sides, as a scope: its own links, and its aligned
 * children. Null when there is nothing to match in it: a side missing, or no link
 * on either side (a block's links include those of the blocks inside it).
 */
function scopeOf(pair: AlignedBlock, links: PageLinks): Scope | null {
  const { canonical: c, locale: l } = pair;
  if (!c || !l || (!hasLinks(c) && !hasLinks(l))) return null;
  const children: Scope[] = [];
  const lost: Span[] = [];
  if (pair.blocks) scopesOf(pair.blocks, links, children, lost);
  for (const item of pair.items ?? []) {
    if (item.canonical && !item.locale) lost.push(item.canonical.span);
    if (!item.canonical || !item.locale) continue;
    const canonicalLinks = linksIn(links.canonical, item.canonical.span);
    const localeLinks = linksIn(links.locale, item.locale.span);
    if (canonicalLinks.length === 0 && localeLinks.length === 0) continue;
    const itemChildren: Scope[] = [];
    const itemLost: Span[] = [];
    if (item.blocks) scopesOf(item.blocks, links, itemChildren, itemLost);
    children.push(withOwnLinks(item.canonical.span, item.locale.span, canonicalLinks, localeLinks, itemChildren, itemLost));
  }
  const canonicalLinks = linksIn(links.canonical, c.span);
  const localeLinks = linksIn(links.locale, l.span);
  for (const row of pair.rows ?? []) {
    if (row.canonical && !row.locale) lost.push(row.canonical.span);
    if (!row.canonical || !row.locale) continue;
    const rowCanonical = linksIn(canonicalLinks, row.canonical.span);
    const rowLocale = linksIn(localeLinks, row.locale.span);
    if (rowCanonical.length > 0 || rowLocale.length > 0) children.push({ canonical: row.canonical.span, locale: row.locale.span, canonicalLinks: rowCanonical, localeLinks: rowLocale, children: [], lost: [] });
  }
  return withOwnLinks(c.span, l.span, canonicalLinks, localeLinks, children, lost);
}

/** The scopes of blocks nested in a pair, into `scopes`; the spans of those the translation lacks, into `lost`. */
function scopesOf(blocks: readonly AlignedBlock[], links: PageLinks, scopes: Scope[], lost: Span[]): void {
  for (const child of blocks) {
    const scope = scopeOf(child, links);
    if (scope) scopes.push(scope);
    else if (child.canonical && !child.locale) lost.push(child.canonical.span);
  }
}

function hasLinks(block: Block): boolean {
  return block.inline.links.length > 0 || block.inline.images.length > 0;
}

/** The links of a page (in document order) that stand inside a span, found by bisection. */
function linksIn(refs: readonly LinkRef[], span: Span): LinkRef[] {
  let low = 0;
  let high = refs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareSpans((refs[middle] as LinkRef).span, span) < 0) low = middle + 1;
    else high = middle;
  }
  const inside: LinkRef[] = [];
  for (let k = low; k < refs.length; k++) {
    const ref = refs[k] as LinkRef;
    if (ref.span.line > span.endLine) break;
    if (containsSpan(span, ref.span)) inside.push(ref);
  }
  return inside;
}

/** A scope with only the links that none of its children holds. */
function withOwnLinks(canonical: Span, locale: Span, canonicalLinks: readonly LinkRef[], localeLinks: readonly LinkRef[], children: Scope[], lost: Span[]): Scope {
  return { canonical, locale, canonicalLinks: notInChild(canonicalLinks, children, 'canonical'), localeLinks: notInChild(localeLinks, children, 'locale'), children, lost };
}

function notInChild(refs: readonly LinkRef[], children: readonly Scope[], side: 'canonical' | 'locale'): LinkRef[] {
  const own: LinkRef[] = [];
  for (const ref of refs) if (!children.some((child) => containsSpan(child[side], ref.span))) own.push(ref);
  return own;
}

type Key = { category: Category; key: string; host: string };

/** A canonical page is matched with each of its translations: its links' keys are worked out once per project view. */
const canonicalKeys = new WeakMap<ProjectView, WeakMap<LinkRef, Key>>();

function canonicalKeyOf(ref: LinkRef, fromFile: string, project: ProjectView): Key {
  const keys = rememberedIn(canonicalKeys, project, () => new WeakMap<LinkRef, Key>());
  return rememberedIn(keys, ref, () => keyOf(ref, fromFile, 'canonical', project));
}

/**
 * What a link points to, in terms both pages share. A page is named by its
 * canonical path (a link to `x-de.md` and one to `x.md` are the same link); other
 * files by their name; external URLs in their normalised form.
 */
function keyOf(ref: LinkRef, fromFile: string, side: 'canonical' | 'locale', project: ProjectView): Key {
  let url = ref.url;
  const cls = classifyUrl(url);
  if (cls.kind === 'malformed') url = cls.repaired;
  const target = resolveLink(url, fromFile, project);
  if (ref.kind === 'image') {
    if (target.kind === 'external') return { category: 'image', key: 'ext:' + normaliseExternal(target.url), host: '' };
    const name = target.kind === 'file' ? target.file : url;
    return { category: 'image', key: 'name:' + (name.split('/').pop() ?? name).toLowerCase(), host: '' };
  }
  switch (target.kind) {
    case 'external':
      return { category: 'external', key: 'ext:' + normaliseExternal(target.url), host: hostOf(target.url) };
    case 'other':
      return { category: 'other', key: url.trim().toLowerCase(), host: '' };
    case 'malformed':
      // Only an unrepairable URL stays malformed; compare it as written.
      return { category: 'internal', key: 'raw:' + url.trim(), host: '' };
    case 'none':
      return { category: 'internal', key: 'self', host: '' };
    case 'unchecked':
    case 'outside':
      return { category: 'internal', key: 'path:' + target.path, host: '' };
    case 'file': {
      if (target.self) return { category: 'internal', key: 'self', host: '' };
      const file = target.page ?? target.file;
      if (side === 'locale') {
        const canonical = project.canonicalOf(file)?.canonical;
        if (canonical) return { category: 'internal', key: 'page:' + canonical, host: '' };
      }
      return { category: 'internal', key: 'page:' + file, host: '' };
    }
  }
}
