import { everyBlock } from '../src/align/align.js';
import { defineRule } from '../src/engine/rule.js';
import { quote } from '../src/engine/words.js';

export default defineRule({
  meta: {
    id: 'headings',
    description: "Require the translation's heading outline to match the canonical page: same headings, levels and order",
    defaultSeverity: 'error',
    messages: {
      missing: 'Missing heading: level {{depth}} {{text}} of the canonical page (canonical line {{canonicalLine}}) has no counterpart here',
      missingNearby:
        'Missing heading: the canonical page has one more level {{depth}} heading around here, such as {{text}} (canonical line {{canonicalLine}})',
      extra: 'Extra heading: level {{depth}} {{text}} has no counterpart in the canonical page',
      level: 'Heading level {{depth}} differs from its canonical heading, level {{canonicalDepth}} (canonical line {{canonicalLine}})',
    },
  },
  checkPair({ alignment, report }) {
    for (const { pair } of everyBlock(alignment)) {
      const { canonical, locale } = pair;
      if (canonical?.kind === 'heading' && !locale) {
        report({
          messageId: pair.ambiguous ? 'missingNearby' : 'missing',
          at: pair.at ?? canonical.span,
          related: canonical.span,
          data: { depth: canonical.depth, text: quote(canonical.text) },
        });
      } else if (locale?.kind === 'heading' && !canonical) {
        report({ messageId: 'extra', at: locale.span, data: { depth: locale.depth, text: quote(locale.text) } });
      } else if (canonical?.kind === 'heading' && locale?.kind === 'heading' && canonical.depth !== locale.depth) {
        report({ messageId: 'level', at: locale.span, related: canonical.span, data: { depth: locale.depth, canonicalDepth: canonical.depth } });
      }
    }
  },
});
