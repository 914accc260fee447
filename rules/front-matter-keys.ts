import { closingSpan, editDistance, keyMatcher, keySpan, readableData, unreadable } from '../src/engine/metadata.js';
import { defineRule } from '../src/engine/rule.js';
import { either } from '../src/engine/words.js';

interface Options {
  /** Keys never reported: exact names, or a prefix and `*`. */
  ignore: string[];
}

type MessageId = 'missing' | 'extra' | 'renamed' | 'noFrontMatter';

export default defineRule<Options, MessageId>({
  meta: {
    id: 'front-matter-keys',
    description: "Require the translation's front matter to have the same keys as the canonical page's front matter",
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        ignore: { type: 'array', items: { type: 'string', minLength: 1 }, default: [] },
      },
      additionalProperties: false,
    },
    messages: {
      missing: 'Missing front matter key: "{{key}}" of the canonical front matter (canonical line {{canonicalLine}}) is not here',
      extra: 'Extra front matter key: "{{key}}" is not in the canonical front matter',
      renamed:
        'Front matter key "{{key}}" is not in the canonical front matter; it looks like the canonical key "{{canonicalKey}}" (canonical line {{canonicalLine}}). Keys are never translated: write "{{canonicalKey}}"',
      noFrontMatter:
        'Missing front matter: the canonical page has front matter ({{keys}}), this page has none. It must start on the very first line with "---"',
    },
  },
  checkPair({ canonical, locale, options, project, report }) {
    // Front matter that cannot be read is front-matter-syntax's to report.
    if (unreadable(canonical) || unreadable(locale)) return;
    // A translation's sync stamp (`l10n-lint stamp` with front-matter stamps) is its own.
    const stampKey = project.syncKey?.split('.')[0];
    const ignored = keyMatcher(options.ignore);
    const canonicalKeys = keptKeys(readableData(canonical), ignored, stampKey);
    const localeData = readableData(locale);

    if (!locale.frontMatter) {
      if (canonicalKeys.length === 0) return;
      const shown = canonicalKeys.slice(0, 5).map((key) => `"${key}"`);
      report({
        messageId: 'noFrontMatter',
        at: { line: 1, column: 1, endLine: 1, endColumn: 1 },
        related: canonical.frontMatter?.span,
        data: { keys: canonicalKeys.length > 5 ? `${shown.join(', ')}…` : either(shown).replace(/ or /, ' and ') },
      });
      return;
    }

    const localeKeys = keptKeys(localeData, ignored, stampKey);
    const present = new Set(localeKeys);
    const missing = notIn(canonicalKeys, present);
    const extra = notIn(localeKeys, new Set(canonicalKeys));

    // An extra key that is a near spelling of a missing one is that key renamed or translated.
    const renamed = new Map<string, string>();
    for (const key of extra) {
      const match = missing.find((candidate) => ![...renamed.values()].includes(candidate) && looksLike(key, candidate));
      if (match) renamed.set(key, match);
    }
    const renamedCanonical = new Set(renamed.values());

    for (const key of missing) {
      if (renamedCanonical.has(key)) continue;
      // Where the key belongs: before the next canonical key that is here, else before the closing `---`.
      const next = canonicalKeys.slice(canonicalKeys.indexOf(key) + 1).find((candidate) => present.has(candidate));
      const line = (next ? keySpan(locale, next) : closingSpan(locale)).line;
      report({ messageId: 'missing', at: { line, column: 1, endLine: line, endColumn: 1 }, related: keySpan(canonical, key), data: { key } });
    }
    for (const key of extra) {
      const canonicalKey = renamed.get(key);
      if (canonicalKey) {
        report({ messageId: 'renamed', at: keySpan(locale, key), related: keySpan(canonical, canonicalKey), data: { key, canonicalKey } });
      } else {
        report({ messageId: 'extra', at: keySpan(locale, key), data: { key } });
      }
    }
  },
});

/** The keys of front matter data that are compared: neither ignored nor the sync stamp's. */
function keptKeys(data: Record<string, unknown> | null, ignored: (key: string) => boolean, stampKey: string | undefined): string[] {
  const keys: string[] = [];
  for (const key of Object.keys(data ?? {})) if (key !== stampKey && !ignored(key)) keys.push(key);
  return keys;
}

function notIn(keys: readonly string[], set: ReadonlySet<string>): string[] {
  const left: string[] = [];
  for (const key of keys) if (!set.has(key)) left.push(key);
  return left;
}

/** Whether a key looks like a misspelt, re-cased or translated form of another: at most two edits apart. */
function looksLike(key: string, canonical: string): boolean {
  const a = key.toLowerCase();
  const b = canonical.toLowerCase();
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4) return false;
  return editDistance(a.normalize('NFD').replace(/\p{M}/gu, ''), b) <= 2;
}
