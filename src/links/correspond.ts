import type { AlignedBlock, Alignment } from '../align/align.js';
import type { ProjectView } from '../engine/project.js';
import type { Block, PageModel, Span } from '../page/model.js';
import { blockLinks, classifyUrl, compareSpans, containsSpan, hostOf, normaliseExternal, pageLinks, resolveLink, type LinkRef } from './resolve.js';

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
  localeLinks: LinkRef[];
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
  let found = cache.get(input.alignment);
  if (!found) {
    found = compute(input);
    cache.set(input.alignment, found);
  }
  return found;
}

function compute({ canonical, locale, alignment, project }: PairInput): Correspondence {
  // One object per link, so that the maps below and the rules agree on identity.
  const localeLinks = pageLinks(locale);
  const interned = { canonical: byPlace(pageLinks(canonical)), locale: byPlace(localeLinks) };
  const intern = (refs: LinkRef[], side: 'canonical' | 'locale') => refs.map((ref) => interned[side].get(placeOf(ref)) ?? ref);
  const scopes = alignment.blocks
    .map(scopeOf)
    .filter((scope): scope is Scope => scope !== null)
    .map(function internScope(scope: Scope): Scope {
      return {
        ...scope,
        canonicalLinks: intern(scope.canonicalLinks, 'canonical'),
        localeLinks: intern(scope.localeLinks, 'locale'),
        children: scope.children.map(internScope),
      };
    });
  const canonicalEntries = new Map<LinkRef, Entry>();
  const localeEntries = new Map<LinkRef, Entry>();
  const canonicalScope = new Map<LinkRef, Scope>();

  const entry = (ref: LinkRef, side: 'canonical' | 'locale'): Entry => {
    const map = side === 'canonical' ? canonicalEntries : localeEntries;
    let found = map.get(ref);
    if (!found) {
      found = { ref, ...keyOf(ref, side === 'canonical' ? canonical.file : locale.file, side, project), matched: null };
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
  return { localeLinks, counterpart, missing };
}

function placeOf(ref: LinkRef): string {
  return `${ref.kind}:${ref.span.line}:${ref.span.column}`;
}

function byPlace(refs: LinkRef[]): Map<string, LinkRef> {
  return new Map(refs.map((ref) => [placeOf(ref), ref]));
}

/** An aligned pair with both sides, as a scope: its own links, and its aligned children. */
function scopeOf(pair: AlignedBlock): Scope | null {
  const { canonical: c, locale: l } = pair;
  if (!c || !l) return null;
  const children: Scope[] = [];
  const lost: Span[] = [];
  for (const child of pair.blocks ?? []) {
    const scope = scopeOf(child);
    if (scope) children.push(scope);
    else if (child.canonical && !child.locale) lost.push(child.canonical.span);
  }
  for (const item of pair.items ?? []) {
    if (item.canonical && !item.locale) lost.push(item.canonical.span);
    if (!item.canonical || !item.locale) continue;
    const itemChildren = (item.blocks ?? []).map(scopeOf).filter((scope): scope is Scope => scope !== null);
    const itemLost = (item.blocks ?? []).filter((child) => child.canonical && !child.locale).map((child) => child.canonical!.span);
    children.push(
      withOwnLinks({
        canonical: item.canonical.span,
        locale: item.locale.span,
        canonicalLinks: blockLinks(item.canonical.blocks),
        localeLinks: blockLinks(item.locale.blocks),
        children: itemChildren,
        lost: itemLost,
      }),
    );
  }
  const canonicalLinks = linksOf(c);
  const localeLinks = linksOf(l);
  // Table rows hold no inventory of their own: a row's links are the table's links inside it.
  for (const row of pair.rows ?? []) {
    if (row.canonical && !row.locale) lost.push(row.canonical.span);
    if (!row.canonical || !row.locale) continue;
    const { span: cs } = row.canonical;
    const { span: ls } = row.locale;
    children.push({
      canonical: cs,
      locale: ls,
      canonicalLinks: canonicalLinks.filter((ref) => containsSpan(cs, ref.span)),
      localeLinks: localeLinks.filter((ref) => containsSpan(ls, ref.span)),
      children: [],
    });
  }
  return withOwnLinks({ canonical: c.span, locale: l.span, canonicalLinks, localeLinks, children, lost });
}

function linksOf(block: Block): LinkRef[] {
  return blockLinks([block]);
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

/**
 * What a link points to, in terms both pages share. A page is named by its
 * canonical path (a link to `x-de.md` and one to `x.md` are the same link); other
 * files by their name; external URLs in their normalised form.
 */
function keyOf(ref: LinkRef, fromFile: string, side: 'canonical' | 'locale', project: ProjectView): { category: Category; key: string; host: string } {
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
