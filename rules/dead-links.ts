import { defineRule } from '../src/engine/rule.js';
import { correspond } from '../src/links/correspond.js';
import { checkableUrl, ignorePatterns, isIgnored } from '../src/links/resolve.js';

interface Options {
  ignore: string[];
}

type MessageId = 'status' | 'noAnswer';

export default defineRule<Options, MessageId>({
  meta: {
    id: 'dead-links',
    description: "Require the translation's external links to answer, when they are checked with --online",
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        ignore: { type: 'array', items: { type: 'string' }, default: [] },
      },
      additionalProperties: false,
    },
    messages: {
      status: 'External link {{url}} is broken: the server answered HTTP {{status}}',
      noAnswer: 'External link {{url}} did not answer: {{error}}',
    },
  },
  checkPair({ canonical, locale, alignment, options, project, report }) {
    const ignore = ignorePatterns('dead-links', options.ignore);
    const { localeLinks, counterpart } = correspond({ canonical, locale, alignment, project });
    for (const ref of localeLinks) {
      const url = checkableUrl(ref.url);
      if (url === null || isIgnored(ignore, ref.url)) continue;
      // Known only with --online; without it, nothing is reported.
      const status = project.urlStatus(url);
      if (!status || status.ok) continue;
      const related = counterpart.get(ref);
      report({
        messageId: status.status !== undefined ? 'status' : 'noAnswer',
        at: ref.span,
        data: { url: ref.url.trim(), status: status.status ?? '', error: status.error ?? 'no answer' },
        ...(related ? { related: related.span } : {}),
      });
    }
  },
});
