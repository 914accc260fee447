import { walkBlocks } from '../src/align/align.js';
import { defineRule } from '../src/engine/rule.js';
import { ADMONITION_TYPES } from '../src/page/model.js';

const KNOWN: readonly string[] = ADMONITION_TYPES;

export default defineRule({
  meta: {
    id: 'admonitions',
    description: 'Require every canonical admonition (> [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]) to be kept, with the same type',
    defaultSeverity: 'error',
    messages: {
      missing: 'Missing admonition: the canonical [!{{type}}] (canonical line {{canonicalLine}}) has no counterpart here',
      extra: 'Extra admonition: this [!{{type}}] has no counterpart in the canonical page',
      lost: 'The [!{{type}}] marker is missing: this is a plain quote, but its canonical text is a [!{{type}}] admonition (canonical line {{canonicalLine}})',
      translated:
        '[!{{type}}] is not an admonition type and renders as plain text; keep the canonical [!{{canonicalType}}] untranslated (canonical line {{canonicalLine}})',
      changed: 'Admonition type [!{{type}}] differs from the canonical [!{{canonicalType}}] (canonical line {{canonicalLine}})',
    },
  },
  checkPair({ alignment, report }) {
    walkBlocks(alignment.blocks, (pair) => {
      const { canonical, locale } = pair;
      if (canonical?.kind === 'admonition') {
        if (!locale) {
          report({ messageId: 'missing', at: pair.at ?? canonical.span, related: canonical.span, data: { type: canonical.type } });
        } else if (locale.kind === 'blockquote') {
          report({ messageId: 'lost', at: locale.span, related: canonical.span, data: { type: canonical.type } });
        } else if (locale.kind === 'admonition' && locale.type !== canonical.type) {
          const messageId = KNOWN.includes(locale.type) ? 'changed' : 'translated';
          report({ messageId, at: locale.span, related: canonical.span, data: { type: locale.type, canonicalType: canonical.type } });
        }
      } else if (locale?.kind === 'admonition' && !canonical) {
        report({ messageId: 'extra', at: locale.span, data: { type: locale.type } });
      }
    });
  },
});
