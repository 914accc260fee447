import { anyAmbiguous, everyBlock } from '../src/align/align.js';
import { defineRule } from '../src/engine/rule.js';
import { count, quote } from '../src/engine/words.js';

export default defineRule({
  meta: {
    id: 'lists',
    description: 'Require the same lists as the canonical page, with the same number of items',
    defaultSeverity: 'error',
    messages: {
      missingList: 'Missing list: the canonical list of {{items}} (canonical line {{canonicalLine}}) has no counterpart here',
      missingListNearby:
        'Missing list: the canonical page has one more list around here, such as its list of {{items}} (canonical line {{canonicalLine}})',
      extraList: 'Extra list: this list of {{items}} has no counterpart in the canonical page',
      missingItem: 'Missing list item: canonical item {{index}} {{text}} (canonical line {{canonicalLine}}) has no counterpart here',
      extraItem: 'Extra list item: this item has no counterpart in the canonical list (canonical line {{canonicalLine}})',
      count: 'The list has {{items}}; its canonical list has {{canonicalItems}} (canonical line {{canonicalLine}})',
      kind: 'This is a {{kind}} list; its canonical list is {{canonicalKind}} (canonical line {{canonicalLine}})',
    },
  },
  checkPair({ alignment, report }) {
    for (const { pair } of everyBlock(alignment)) {
      const { canonical, locale, items } = pair;
      if (canonical?.kind === 'list' && !locale) {
        report({
          messageId: pair.ambiguous ? 'missingListNearby' : 'missingList',
          at: pair.at ?? canonical.span,
          related: canonical.span,
          data: { items: count(canonical.items.length, 'item') },
        });
        continue;
      }
      if (locale?.kind === 'list' && !canonical) {
        report({ messageId: 'extraList', at: locale.span, data: { items: count(locale.items.length, 'item') } });
        continue;
      }
      if (canonical?.kind !== 'list' || locale?.kind !== 'list' || !items) continue;
      if (canonical.ordered !== locale.ordered) {
        const kind = (ordered: boolean) => (ordered ? 'numbered' : 'bulleted');
        report({ messageId: 'kind', at: locale.span, related: canonical.span, data: { kind: kind(locale.ordered), canonicalKind: kind(canonical.ordered) } });
      }
      if (anyAmbiguous(items) && canonical.items.length !== locale.items.length) {
        report({
          messageId: 'count',
          at: locale.span,
          related: canonical.span,
          data: { items: count(locale.items.length, 'item'), canonicalItems: count(canonical.items.length, 'item') },
        });
        continue;
      }
      for (const item of items) {
        if (item.canonical && !item.locale) {
          report({
            messageId: 'missingItem',
            at: item.at ?? locale.span,
            related: item.canonical.span,
            data: { index: canonical.items.indexOf(item.canonical) + 1, text: quote(item.canonical.text) },
          });
        } else if (item.locale && !item.canonical) {
          report({ messageId: 'extraItem', at: item.locale.span, related: canonical.span });
        }
      }
    }
  },
});
