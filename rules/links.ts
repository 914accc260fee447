import { defineRule, type Data } from '../src/engine/rule.js';
import type { ProjectView } from '../src/engine/project.js';
import type { PageModel } from '../src/page/model.js';
import { anchorInOtherCase, hasAnchor, translatedAnchor, type SlugStyle } from '../src/links/anchors.js';
import { correspond } from '../src/links/correspond.js';
import { classifyUrl, ignorePatterns, isIgnored, relativeUrl, resolveLink, type LinkRef } from '../src/links/resolve.js';
import { languageName } from '../src/engine/words.js';

interface Options {
  slugStyle: SlugStyle;
  checkAnchors: boolean;
  ignore: string[];
  reportInherited: boolean;
}

type MessageId =
  | 'missing'
  | 'missingTranslated'
  | 'missingCanonical'
  | 'missingExtension'
  | 'missingImage'
  | 'missingImageCanonical'
  | 'outside'
  | 'noScheme'
  | 'email'
  | 'missingAnchor'
  | 'missingAnchorTranslated'
  | 'anchorCase';

/** What is wrong with one link, before deciding whether to report it. */
interface Problem {
  messageId: MessageId;
  data: Data;
  /** Problems of the same class in a translation and its canonical page are inherited. */
  klass: 'target' | 'anchor' | 'outside' | 'malformed';
}

export default defineRule<Options, MessageId>({
  meta: {
    id: 'links',
    description: "Require the translation's relative links, images and anchors to point to something that exists",
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        slugStyle: { enum: ['github', 'docfx'], default: 'github' },
        checkAnchors: { type: 'boolean', default: true },
        ignore: { type: 'array', items: { type: 'string' }, default: [] },
        reportInherited: { type: 'boolean', default: false },
      },
      additionalProperties: false,
    },
    messages: {
      missing: 'Link target {{target}} does not exist',
      missingTranslated: 'Link target {{target}} does not exist; the {{language}} translation of {{page}} is {{translation}}: link to {{suggestion}}',
      missingCanonical: 'Link target {{target}} does not exist; the {{source}} page {{page}} exists but has no {{language}} translation yet: link to {{suggestion}}',
      missingExtension: 'Link target {{target}} does not exist, but {{existing}} does: link to {{suggestion}}',
      missingImage: 'Image {{target}} does not exist',
      missingImageCanonical: "Image {{target}} does not exist; the canonical page's image is {{page}}: link to {{suggestion}} or add a localized copy",
      outside: 'Link target {{url}} is outside the repository',
      noScheme: 'Link target {{url}} starts with www. but has no https://, so it points to a page of this site that does not exist: write {{suggestion}}',
      email: 'Link target {{url}} is an email address without mailto:, so it points to a page of this site that does not exist: write {{suggestion}}',
      missingAnchor: 'No anchor #{{anchor}} in {{target}}',
      missingAnchorTranslated: 'No anchor #{{anchor}} in {{target}}: the heading it points to is translated there; link to {{suggestion}}',
      anchorCase: 'No anchor #{{anchor}} in {{target}}; anchors are case-sensitive: link to {{suggestion}}',
    },
  },
  checkPair({ canonical, locale, localeCode, alignment, options, project, report }) {
    const ignore = ignorePatterns('links', options.ignore);
    const { localeLinks, counterpart } = correspond({ canonical, locale, alignment, project });
    for (const ref of localeLinks) {
      if (isIgnored(ignore, ref.url)) continue;
      const related = counterpart.get(ref);
      const problem = problemOf(ref, locale, { code: localeCode, canonical, related }, project, options);
      if (!problem) continue;
      if (related && !options.reportInherited && problemOf(related, canonical, null, project, options)?.klass === problem.klass) continue;
      report({ messageId: problem.messageId, at: ref.span, data: problem.data, ...(related ? { related: related.span } : {}) });
    }
  },
});

/** For a link of the translation: its locale, its canonical page, and the link's canonical counterpart. */
interface TranslationContext {
  code: string;
  canonical: PageModel;
  related: LinkRef | undefined;
}

/**
 * The problem of a link of `page`, or null when it is fine. `translation` is null
 * for a link of the canonical page (checked only to tell an inherited problem).
 */
function problemOf(ref: LinkRef, page: PageModel, translation: TranslationContext | null, project: ProjectView, options: Options): Problem | null {
  const cls = classifyUrl(ref.url);
  // An invisible character is reported by invisible-characters; the link is checked without it.
  const url = cls.kind === 'malformed' && cls.problem === 'invisible' ? cls.repaired : ref.url;
  const target = resolveLink(url, page.file, project);
  switch (target.kind) {
    case 'none':
    case 'external':
    case 'other':
    case 'unchecked':
      return null;
    case 'outside':
      return { messageId: 'outside', klass: 'outside', data: { url: ref.url.trim() } };
    case 'malformed':
      return target.problem === 'invisible'
        ? null
        : { messageId: target.problem === 'email' ? 'email' : 'noScheme', klass: 'malformed', data: { url: ref.url.trim(), suggestion: target.repaired } };
    case 'file':
      break;
  }

  if (!target.exists) {
    if (ref.kind === 'image') return missingImage(ref, target.file, page, translation, project);
    return missingPage(target.file, page, translation, project);
  }
  if (!options.checkAnchors || target.anchor === null || target.anchor === '' || target.page === null) return null;
  const anchorPage = target.self ? page : project.page(target.page);
  if (!anchorPage || hasAnchor(anchorPage, target.anchor, options.slugStyle)) return null;

  const data = { anchor: target.anchor, target: target.self ? 'this page' : target.page };
  // Where the heading went: the anchor is the canonical page's, its heading translated here.
  const source = target.self ? (translation?.canonical ?? null) : pageOf(project.canonicalOf(target.page)?.canonical, project);
  // The anchor as written, else the canonical link's anchor (a hand-translated anchor).
  const canonicalAnchor = translation?.related ? anchorOf(resolveLink(translation.related.url, translation.canonical.file, project)) : null;
  const anchors = [target.anchor, ...(canonicalAnchor ? [canonicalAnchor] : [])];
  const translated = source ? (anchors.map((a) => translatedAnchor(source, anchorPage, a, options.slugStyle)).find((a) => a !== null) ?? null) : null;
  const prefix = target.self ? '' : relativeUrl(page.file, target.page);
  const other = anchorInOtherCase(anchorPage, target.anchor, options.slugStyle);
  if (other) return { messageId: 'anchorCase', klass: 'anchor', data: { ...data, suggestion: `${prefix}#${other}` } };
  if (translated) return { messageId: 'missingAnchorTranslated', klass: 'anchor', data: { ...data, suggestion: `${prefix}#${translated}` } };
  return { messageId: 'missingAnchor', klass: 'anchor', data };
}

function anchorOf(target: ReturnType<typeof resolveLink>): string | null {
  return target.kind === 'file' && target.anchor ? target.anchor : null;
}

function pageOf(file: string | undefined, project: ProjectView): PageModel | null {
  return file ? project.page(file) : null;
}

/**
 * A missing page, with the page the translator probably meant when there is one:
 * the translation of the page the canonical link points to, or of the canonical
 * page the missing name stands for (`x.md` in the German folder for
 * `english/x.md`), or the file with `.md` added.
 */
function missingPage(file: string, page: PageModel, translation: TranslationContext | null, project: ProjectView): Problem {
  const data = { target: file };
  const withoutExtension = !/\.[a-z0-9]+$/i.test(file);
  if (translation) {
    const { code, canonical, related } = translation;
    const pointed = related?.kind === 'link' ? resolveLink(related.url, canonical.file, project) : null;
    const candidates = [
      ...(pointed?.kind === 'file' && pointed.exists && pointed.page && !pointed.self ? [{ canonical: pointed.page }] : []),
      ...(withoutExtension ? [file, file + '.md'] : [file]).map((name) => ({ canonical: project.canonicalOf(name)?.canonical })),
    ];
    for (const candidate of candidates) {
      const source = candidate.canonical;
      if (!source || !isCanonicalPage(source, canonical.file, project)) continue;
      const translated = project.translationOf(source, code);
      const names = { page: source, language: languageName(code) };
      if (translated && translated !== file) {
        return { messageId: 'missingTranslated', klass: 'target', data: { ...data, ...names, translation: translated, suggestion: relativeUrl(page.file, translated) } };
      }
      if (!translated) {
        return {
          messageId: 'missingCanonical',
          klass: 'target',
          data: { ...data, ...names, source: languageName(project.sourceLocale), suggestion: relativeUrl(page.file, source) },
        };
      }
    }
  }
  if (withoutExtension && project.exists(file + '.md')) {
    return { messageId: 'missingExtension', klass: 'target', data: { ...data, existing: file + '.md', suggestion: relativeUrl(page.file, file + '.md') } };
  }
  return { messageId: 'missing', klass: 'target', data };
}

/**
 * Whether a file is a canonical page. The project view does not say, so: not a
 * translation, and either translated into some locale or in the canonical page's
 * own top folder.
 */
function isCanonicalPage(file: string, canonicalFile: string, project: ProjectView): boolean {
  if (project.canonicalOf(file) !== null) return false;
  if (project.locales.some((code) => project.translationOf(file, code) !== null)) return true;
  const top = canonicalFile.includes('/') ? canonicalFile.slice(0, canonicalFile.indexOf('/') + 1) : null;
  return top !== null && file.startsWith(top);
}

/**
 * A missing image; when the canonical page's image exists (the counterpart's, or
 * the same path from the canonical page's folder), the message says where.
 */
function missingImage(ref: LinkRef, file: string, page: PageModel, translation: TranslationContext | null, project: ProjectView): Problem {
  const data = { target: file };
  if (translation) {
    const urls = [...(translation.related?.kind === 'image' ? [translation.related.url] : []), ref.url];
    for (const url of urls) {
      const found = resolveLink(url, translation.canonical.file, project);
      if (found.kind === 'file' && found.exists && found.file !== file) {
        return { messageId: 'missingImageCanonical', klass: 'target', data: { ...data, page: found.file, suggestion: relativeUrl(page.file, found.file) } };
      }
    }
  }
  return { messageId: 'missingImage', klass: 'target', data };
}
