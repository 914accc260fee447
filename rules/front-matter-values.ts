import { asDate, keyMatcher, keySpan, readableData, sameValue, showValue, singleLineKey } from '../src/engine/metadata.js';
import { defineRule } from '../src/engine/rule.js';

interface Options {
  /** Keys whose values are translated, so never compared: exact names, or a prefix and `*`. */
  translatable: string[];
  /** Keys compared; null compares every key that is not translatable. */
  invariant: string[] | null;
  /** Keys never compared. */
  ignore: string[];
}

const keyList = { type: 'array', items: { type: 'string', minLength: 1 } };

export default defineRule<Options, 'differs' | 'differentDate'>({
  meta: {
    id: 'front-matter-values',
    description: "Require front matter values that are not translated (author, date, topic…) to equal the canonical page's values",
    defaultSeverity: 'error',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        translatable: { ...keyList, default: ['title', 'description'] },
        invariant: { anyOf: [keyList, { type: 'null' }], default: null },
        ignore: { ...keyList, default: [] },
      },
      additionalProperties: false,
    },
    messages: {
      differs:
        'Front matter "{{key}}" is {{value}} here but {{canonicalValue}} in the canonical page (canonical line {{canonicalLine}}); this value is not translated, copy it from the canonical page',
      differentDate:
        'Front matter "{{key}}" is {{value}} here but {{canonicalValue}} in the canonical page (canonical line {{canonicalLine}}): a different date; copy the canonical date',
    },
  },
  checkPair({ canonical, locale, options, report }) {
    const canonicalData = readableData(canonical);
    const localeData = readableData(locale);
    if (!canonicalData || !localeData) return;
    const translatable = keyMatcher(options.translatable);
    const ignored = keyMatcher(options.ignore);
    const invariant = options.invariant ? keyMatcher(options.invariant) : () => true;

    for (const [key, canonicalValue] of Object.entries(canonicalData)) {
      // A missing key is front-matter-keys' to report.
      if (!(key in localeData) || translatable(key) || ignored(key) || !invariant(key)) continue;
      const value = localeData[key];
      if (sameValue(value, canonicalValue)) continue;
      const both = asDate(value) !== null && asDate(canonicalValue) !== null;
      const here = singleLineKey(locale, key);
      const there = singleLineKey(canonical, key);
      report({
        messageId: both ? 'differentDate' : 'differs',
        at: keySpan(locale, key),
        related: keySpan(canonical, key),
        data: { key, value: showValue(value), canonicalValue: showValue(canonicalValue) },
        // The canonical line, as written, replaces the translation's: only where both values stand on their key's line.
        ...(here && there ? { fix: { ...here.span, text: there.source } } : {}),
      });
    }
  },
});
