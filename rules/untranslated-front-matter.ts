import { keyMatcher, keySpan, readableData, showValue } from '../src/engine/metadata.js';
import { defineRule } from '../src/engine/rule.js';

interface Options {
  /** Keys whose values are translated: exact names, or a prefix and `*`. */
  keys: string[];
  /** Values that may stay as they are, such as product names. */
  allow: string[];
}

export default defineRule<Options, 'untranslated'>({
  meta: {
    id: 'untranslated-front-matter',
    description: 'Warn when a front matter value that is translated (title, description) is the same as the canonical value',
    defaultSeverity: 'warn',
    schema: {
      type: 'object',
      properties: {
        keys: { type: 'array', items: { type: 'string', minLength: 1 }, default: ['title', 'description'] },
        allow: { type: 'array', items: { type: 'string' }, default: [] },
      },
      additionalProperties: false,
    },
    messages: {
      untranslated:
        'Untranslated front matter: "{{key}}" is {{value}}, the same as in the canonical page (canonical line {{canonicalLine}}); translate it, or add the value to the rule\'s "allow" option if it stays as it is',
    },
  },
  checkPair({ canonical, locale, localeCode, options, project, report }) {
    // A regional variant of the source language (en-GB for en) keeps most text as it is.
    if (language(localeCode) === language(project.sourceLocale)) return;
    const canonicalData = readableData(canonical);
    const localeData = readableData(locale);
    if (!canonicalData || !localeData) return;
    const translated = keyMatcher(options.keys);
    const allowed = new Set(options.allow.map(normalise));

    for (const [key, canonicalValue] of Object.entries(canonicalData)) {
      if (!translated(key) || !(key in localeData)) continue;
      const text = asText(localeData[key]);
      if (text === null || !/\p{L}/u.test(text)) continue;
      const same = normalise(text);
      if (same !== normalise(asText(canonicalValue) ?? '') || allowed.has(same)) continue;
      report({
        messageId: 'untranslated',
        at: keySpan(locale, key),
        related: keySpan(canonical, key),
        data: { key, value: showValue(localeData[key]) },
      });
    }
  },
});

/** A value's text: a string, or a list of strings (keywords); null for anything else. */
function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) return value.join(', ');
  return null;
}

/** Spaces collapsed and case folded: a title that only changed case is still untranslated. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function language(code: string): string {
  return code.split(/[-_]/)[0]?.toLowerCase() ?? code;
}
