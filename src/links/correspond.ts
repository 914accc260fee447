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
  lost?: Span[];
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
  const scopes = alignment.blocks.map((pair) => scopeOf(pair, links)).filter(isScope);
  const canonicalEntries = new Map<LinkRef, Entry>();
  const localeEntries = new Map<LinkRef, Entry>();
  const canonicalScope = new Map<LinkRef, Scope>();

  const entry = (ref: LinkRef, side: 'canonical' | 'locale'): Entry => {
    const map = side === 'canonical' ? canonicalEntries : localeEntries;
    let found = map.get(ref);
    if (!found) {
      found = { ref, ...(side === 'canonical' ? canonicalKeyOf(ref, canonical.file, project) : keyOf(ref, locale.file, side, project)), matched: null };
      map.set(ref, found);
    }
    return found;
  };

  type Same = (c: Entry, l: Entry) => boolean;
  const exact: Same = (c, l) => c.category === l.category && c.key === l.key;
  const sameHost: Same = (c, l) => c.category === 'external' && l.category === 'external' && c.host === l.host && c.host !== '';
  const sameKind: Same = (c, l) => c.category === l.category;
  // Exact matches everywhere first, so that a link moved to the enclosing block is not
  // taken for a changed one; then, scope by scope, the changed links. The links of a
  // row or item the translation lacks are left to the structure rules.
  for (const scope of scopes) matchScope(scope, [exact], false);
  for (const scope of scopes) matchScope(scope, [sameHost, sameKind], true);

  function matchScope(scope: Scope, rules: Same[], skipLost: boolean): { c: Entry[]; l: Entry[] } {
    const cs: Entry[] = scope.canonicalLinks
      .filter((ref) => !skipLost || !scope.lost?.some((span) => containsSpan(span, ref.span)))
      .map((ref) => entry(ref, 'canonical'));
    const ls: Entry[] = scope.localeLinks.map((ref) => entry(ref, 'locale'));
    for (const ref of scope.canonicalLinks) if (!canonicalScope.has(ref)) canonicalScope.set(ref, scope);
    for (const child of scope.children) {
      const left = matchScope(child, rules, skipLost);
      cs.push(...left.c);
      ls.push(...left.l);
    }
    const open = (e: Entry) => e.matched === null;
    const c = cs.filter(open).sort((a, b) => compareSpans(a.ref.span, b.ref.span));
    const l = ls.filter(open).sort((a, b) => compareSpans(a.ref.span, b.ref.span));
    for (const same of rules) {
      for (const ce of c) {
        if (ce.matched !== null) continue;
        const le = l.find((candidate) => candidate.matched === null && same(ce, candidate));
        if (!le) continue;
        ce.matched = le.ref;
        le.matched = ce.ref;
      }
    }
    return { c: c.filter(open), l: l.filter(open) };
  }

  const counterpart = new Map<LinkRef, LinkRef>();
  for (const e of localeEntries.values()) if (e.matched) counterpart.set(e.ref, e.matched);
  const missing: MissingLink[] = [];
  for (const e of canonicalEntries.values()) {
    const scope = canonicalScope.get(e.ref);
    if (e.matched !== null || !scope || scope.lost?.some((span) => containsSpan(span, e.ref.span))) continue;
    missing.push({ canonical: e.ref, localeScope: scope.locale });
  }
  missing.sort((a, b) => compareSpans(a.canonical.span, b.canonical.span));
  return { localeLinks: links.locale, counterpart, missing };
}

/** The links of both pages of a pair, each in document order. */
interface PageLinks {
  canonical: readonly LinkRef[];
  locale: readonly LinkRef[];
}

function isScope(scope: Scope | null): scope is Scope {
  return scope !== null;
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
  for (const child of pair.blocks ?? []) {
    const scope = scopeOf(child, links);
    if (scope) children.push(scope);
    else if (child.canonical && !child.locale) lost.push(child.canonical.span);
  }
  for (const item of pair.items ?? []) {
    if (item.canonical && !item.locale) lost.push(item.canonical.span);
    if (!item.canonical || !item.locale) continue;
    const canonicalLinks = linksIn(links.canonical, item.canonical.span);
    const localeLinks = linksIn(links.locale, item.locale.span);
    if (canonicalLinks.length === 0 && localeLinks.length === 0) continue;
    const itemChildren = (item.blocks ?? []).map((child) => scopeOf(child, links)).filter(isScope);
    const itemLost = (item.blocks ?? []).filter((child) => child.canonical && !child.locale).map((child) => child.canonical!.span);
    children.push(withOwnLinks({ canonical: item.canonical.span, locale: item.locale.span, canonicalLinks, localeLinks, children: itemChildren, lost: itemLost }));
  }
  const canonicalLinks = linksIn(links.canonical, c.span);
  const localeLinks = linksIn(links.locale, l.span);
  for (const row of pair.rows ?? []) {
    if (row.canonical && !row.locale) lost.push(row.canonical.span);
    if (!row.canonical || !row.locale) continue;
    const { span: cs } = row.canonical;
    const { span: ls } = row.locale;
    const rowCanonical = canonicalLinks.filter((ref) => containsSpan(cs, ref.span));
    const rowLocale = localeLinks.filter((ref) => containsSpan(ls, ref.span));
    if (rowCanonical.length > 0 || rowLocale.length > 0) children.push({ canonical: cs, locale: ls, canonicalLinks: rowCanonical, localeLinks: rowLocale, children: [] });
  }
  return withOwnLinks({ canonical: c.span, locale: l.span, canonicalLinks, localeLinks, children, lost });
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

/** Leaves a scope only the links that none of its children holds. */
function withOwnLinks(scope: Scope): Scope {
  const inChild = (span: Span, side: 'canonical' | 'locale') => scope.children.some((child) => containsSpan(child[side], span));
  return {
    ...scope,
    canonicalLinks: scope.canonicalLinks.filter((ref) => !inChild(ref.span, 'canonical')),
    localeLinks: scope.localeLinks.filter((ref) => !inChild(ref.span, 'locale')),
  };
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
