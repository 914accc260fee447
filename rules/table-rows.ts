import { anyAmbiguous, everyBlock } from '../src/align/align.js';
import { alignsByContent } from '../src/align/sequence.js';
import { findRevisionTable } from '../src/changelog/revision-table.js';
import { defineRule } from '../src/engine/rule.js';
import { count, quote } from '../src/engine/words.js';

interface Options {
  /** The revision table (see the changelog rule): left to that rule, or checked here too. */
  revisionTable: 'skip' | 'check';
}

export default defineRule<Options>({
  meta: {
    id: 'table-rows',
    description: 'Require every canonical table body row to be present in the translation, and no other rows',
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        revisionTable: { enum: ['skip', 'check'], default: 'skip' },
      },
      additionalProperties: false,
    },
    messages: {
      missing: 'Missing table row: canonical row {{index}} {{text}} (canonical line {{canonicalLine}}) has no counterpart here',
      extra: 'Extra table row: this row has no counterpart in the canonical table (canonical line {{canonicalLine}})',
      count:
        'The table has {{rows}}; its canonical table has {{canonicalRows}} (canonical line {{canonicalLine}}). The rows hold no untranslatable text (numbers, dates, names) that shows which ones differ',
      countLong:
        'The table has {{rows}}; its canonical table has {{canonicalRows}} (canonical line {{canonicalLine}}). Tables this long are paired row by row in order, so which rows differ is not shown',
    },
  },
  checkPair({ canonical: canonicalPage, alignment, options, project, report }) {
    // The changelog rule compares the revision table entry by entry, and says it better.
    const { sourceLocale, changelog } = project;
    const revisionTable = options.revisionTable === 'skip' ? findRevisionTable(canonicalPage, sourceLocale, changelog, sourceLocale) : null;
    for (const { pair } of everyBlock(alignment)) {
      const { canonical, locale, rows } = pair;
      if (canonical?.kind !== 'table' || locale?.kind !== 'table' || !rows) continue;
      if (canonical === revisionTable) continue;
      if (anyAmbiguous(rows) && canonical.rows.length !== locale.rows.length) {
        report({
          messageId: alignsByContent(canonical.rows.length, locale.rows.length) ? 'count' : 'countLong',
          at: locale.header.span,
          related: canonical.span,
          data: { rows: count(locale.rows.length, 'body row'), canonicalRows: count(canonical.rows.length, 'body row') },
        });
        continue;
      }
      for (const row of rows) {
        if (row.canonical && !row.locale) {
          const index = canonical.rows.indexOf(row.canonical) + 1;
          report({
            messageId: 'missing',
            at: row.at ?? locale.span,
            related: row.canonical.span,
            data: { index, text: quote(row.canonical.cells.join(' | ')) },
          });
        } else if (row.locale && !row.canonical) {
          report({ messageId: 'extra', at: row.locale.span, related: canonical.span });
        }
      }
    }
  },
});
