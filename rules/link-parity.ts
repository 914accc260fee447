import { defineRule } from '../src/engine/rule.js';
import { quote } from '../src/engine/words.js';
import { correspond } from '../src/links/correspond.js';
import { classifyUrl, ignorePatterns, isIgnored, normaliseExternal, startOf } from '../src/links/resolve.js';

interface Options {
  ignore: string[];
  images: boolean;
}

type MessageId = 'missingLink' | 'missingImage' | 'differentUrl';

export default defineRule<Options, MessageId>({
  meta: {
    id: 'link-parity',
    description: "Require the translation's blocks to keep the links of their canonical blocks, with the same external URLs",
    defaultSeverity: 'warn',
    schema: {
      type: 'object',
      properties: {
        ignore: { type: 'array', items: { type: 'string' }, default: [] },
        images: { type: 'boolean', default: true },
      },
      additionalProperties: false,
    },
    messages: {
      missingLink: 'Missing link: the canonical text links {{text}} to {{url}} (canonical line {{canonicalLine}}); this block has no such link',
      missingImage: 'Missing image: the canonical text shows {{url}} (canonical line {{canonicalLine}}); this block does not',
      differentUrl: 'External link {{url}} differs from the canonical link {{canonicalUrl}} (canonical line {{canonicalLine}})',
    },
  },
  checkPair({ canonical, locale, alignment, options, project, report }) {
    const ignore = ignorePatterns('link-parity', options.ignore);
    const { localeLinks, counterpart, missing } = correspond({ canonical, locale, alignment, project });

    for (const { canonical: link, localeScope } of missing) {
      if (isIgnored(ignore, link.url) || (link.kind === 'image' && !options.images)) continue;
      report({
        messageId: link.kind === 'image' ? 'missingImage' : 'missingLink',
        at: startOf(localeScope),
        related: link.span,
        data: { url: link.url.trim(), text: quote(link.text) },
      });
    }

    for (const ref of localeLinks) {
      const related = counterpart.get(ref);
      if (!related || ref.kind !== 'link' || related.kind !== 'link' || isIgnored(ignore, ref.url) || isIgnored(ignore, related.url)) continue;
      const mine = external(ref.url);
      const theirs = external(related.url);
      if (mine === null || theirs === null || normaliseExternal(mine) === normaliseExternal(theirs)) continue;
      report({ messageId: 'differentUrl', at: ref.span, related: related.span, data: { url: ref.url.trim(), canonicalUrl: related.url.trim() } });
    }
  },
});

/** An external URL (one written without https:// or with an invisible character taken as meant), or null. */
function external(url: string): string | null {
  let cls = classifyUrl(url);
  // An invisible character, then a missing https://: repairs apply one after the other.
  for (let repairs = 0; cls.kind === 'malformed' && cls.problem !== 'email' && repairs < 2; repairs++) cls = classifyUrl(cls.repaired);
  return cls.kind === 'external' ? cls.url : null;
}
