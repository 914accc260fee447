import { defineRule } from '../src/engine/rule.js';
import { translatedAnchor, type SlugStyle } from '../src/links/anchors.js';
import { correspond } from '../src/links/correspond.js';
import { classifyUrl, ignorePatterns, isIgnored, relativeUrl, resolveLink } from '../src/links/resolve.js';
import { languageName } from '../src/engine/words.js';

interface Options {
  slugStyle: SlugStyle;
  ignore: string[];
}

type MessageId = 'canonicalPage' | 'otherLocale' | 'copy';

export default defineRule<Options, MessageId>({
  meta: {
    id: 'localized-links',
    description: "Require the translation's links to point to pages of its own locale where a translation exists",
    defaultSeverity: 'error',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        slugStyle: { enum: ['github', 'docfx'], default: 'github' },
        ignore: { type: 'array', items: { type: 'string' }, default: [] },
      },
      additionalProperties: false,
    },
    messages: {
      canonicalPage: 'Links to the {{source}} page {{target}}; its {{language}} translation is {{translation}}: link to {{suggestion}}',
      otherLocale: 'Links to the {{other}} translation {{target}}; the {{language}} translation of the page is {{translation}}: link to {{suggestion}}',
      copy: 'Links to {{target}}, a copy of the {{source}} page {{page}} that is not its {{language}} translation; the translation is {{translation}}: link to {{suggestion}}',
    },
  },
  checkPair({ canonical, locale, localeCode, alignment, options, project, report }) {
    const ignore = ignorePatterns('localized-links', options.ignore);
    const { localeLinks, counterpart } = correspond({ canonical, locale, alignment, project });
    for (const ref of localeLinks) {
      if (ref.kind !== 'link' || isIgnored(ignore, ref.url)) continue;
      const cls = classifyUrl(ref.url);
      const target = resolveLink(cls.kind === 'malformed' && cls.problem === 'invisible' ? cls.repaired : ref.url, locale.file, project);
      if (target.kind !== 'file' || !target.exists || target.self || target.page === null) continue;
      const linked = target.page;

      // Which canonical page the target stands for, and as what.
      const mapped = project.canonicalOf(linked);
      const source = mapped?.canonical ?? linked;
      const translation = project.translationOf(source, localeCode);
      if (translation === null || translation === linked) continue;
      // A link to the page's own original ("read this in English") is deliberate,
      // unless its canonical counterpart links to the page itself.
      const related = counterpart.get(ref);
      if (translation === locale.file && !(related && isSelfLink(related.url, canonical.file))) continue;
      const messageId: MessageId = !mapped ? 'canonicalPage' : mapped.locale === localeCode ? 'copy' : 'otherLocale';

      const anchor = target.anchor ? anchorFor(target.anchor, source, translation) : '';
      const suggestion = relativeUrl(locale.file, translation) + anchor;
      // The target is rewritten only where it is written as read, and no anchor would be lost.
      const fixable = ref.urlSpan && cls.kind !== 'malformed' && (!target.anchor || anchor !== '');
      report({
        messageId,
        at: ref.span,
        data: {
          target: linked,
          page: source,
          translation,
          source: languageName(project.sourceLocale),
          language: languageName(localeCode),
          other: mapped ? languageName(mapped.locale) : '',
          suggestion,
        },
        ...(related ? { related: related.span } : {}),
        ...(fixable && ref.urlSpan ? { fix: { ...ref.urlSpan, text: suggestion } } : {}),
      });
    }

    function isSelfLink(url: string, file: string): boolean {
      const resolved = resolveLink(url, file, project);
      return resolved.kind === 'file' && (resolved.self || resolved.page === file);
    }

    /** The anchor in the translation for an anchor of the canonical page; '' when it cannot be told. */
    function anchorFor(anchor: string, source: string, translation: string): string {
      const from = project.page(source);
      const to = project.page(translation);
      const found = from && to ? translatedAnchor(from, to, anchor, options.slugStyle) : null;
      return found ? '#' + found : '';
    }
  },
});
