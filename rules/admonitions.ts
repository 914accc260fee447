import { everyBlock } from '../src/align/align.js';
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
      missingNearby:
        'Missing admonition: the canonical page has one more [!{{type}}] around here, such as the one on canonical line {{canonicalLine}}',
      markerWithText:
        'The [!{{type}}] marker must stand alone on its line: followed by text, it renders as a plain quote (canonical line {{canonicalLine}})',
      added: 'This [!{{type}}] admonition is a plain quote in the canonical page (canonical line {{canonicalLine}})',
      extra: 'Extra admonition: this [!{{type}}] has no counterpart in the canonical page',
      lost: 'The [!{{type}}] marker is missing: this is a plain quote, but its canonical text is a [!{{type}}] admonition (canonical line {{canonicalLine}})',
      translated:
        '[!{{type}}] is not an admonition type and renders as plain text; keep the canonical [!{{canonicalType}}] untranslated (canonical line {{canonicalLine}})',
      changed: 'Admonition type [!{{type}}] differs from the canonical [!{{canonicalType}}] (canonical line {{canonicalLine}})',
    },
  },
  checkPair({ alignment, report }) {
    for (const { pair } of everyBlock(alignment)) {
      const { canonical, locale } = pair;
      if (canonical?.kind === 'admonition') {
        if (!locale) {
          const messageId = pair.ambiguous ? 'missingNearby' : 'missing';
          report({ messageId, at: pair.at ?? canonical.span, related: canonical.span, data: { type: canonical.type } });
        } else if (locale.kind === 'blockquote') {
          const messageId = locale.marker ? 'markerWithText' : 'lost';
          report({ messageId, at: locale.span, related: canonical.span, data: { type: locale.marker ?? canonical.type } });
        } else if (locale.kind === 'admonition' && locale.type !== canonical.type) {
          const messageId = KNOWN.includes(locale.type) ? 'changed' : 'translated';
          report({ messageId, at: locale.span, related: canonical.span, data: { type: locale.type, canonicalType: canonical.type } });
        }
      } else if (locale?.kind === 'admonition') {
        if (!canonical) report({ messageId: 'extra', at: locale.span, data: { type: locale.type } });
        else if (canonical.kind === 'blockquote') report({ messageId: 'added', at: locale.span, related: canonical.span, data: { type: locale.type } });
      }
    }
  },
});
