import { everyBlock } from '../src/align/align.js';
import { defineRule } from '../src/engine/rule.js';
import { count, quote } from '../src/engine/words.js';

export default defineRule({
  meta: {
    id: 'tables',
    description: 'Require the same tables in the same places as the canonical page, with the same number of columns',
    defaultSeverity: 'error',
    messages: {
      missing: 'Missing table: the canonical table with header {{header}} ({{rows}}, canonical line {{canonicalLine}}) has no counterpart here',
      missingNearby:
        'Missing table: the canonical page has one more table around here, such as the one with header {{header}} ({{rows}}, canonical line {{canonicalLine}})',
      extra: 'Extra table: this table with header {{header}} has no counterpart in the canonical page',
      columns: 'The table has {{columns}}; its canonical table has {{canonicalColumns}} (canonical line {{canonicalLine}})',
    },
  },
  checkPair({ alignment, report }) {
    for (const { pair } of everyBlock(alignment)) {
      const { canonical, locale } = pair;
      if (canonical?.kind === 'table' && !locale) {
        report({
          messageId: pair.ambiguous ? 'missingNearby' : 'missing',
          at: pair.at ?? canonical.span,
          related: canonical.span,
          data: { header: quote(canonical.header.cells.join(' | ')), rows: count(canonical.rows.length, 'row') },
        });
      } else if (locale?.kind === 'table' && !canonical) {
        report({ messageId: 'extra', at: locale.header.span, data: { header: quote(locale.header.cells.join(' | ')) } });
      } else if (canonical?.kind === 'table' && locale?.kind === 'table' && canonical.columns !== locale.columns) {
        report({
          messageId: 'columns',
          at: locale.header.span,
          related: canonical.header.span,
          data: { columns: count(locale.columns, 'column'), canonicalColumns: count(canonical.columns, 'column') },
        });
      }
    }
  },
});
