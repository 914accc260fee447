import { defineRule, FILE_START } from '../src/engine/rule.js';
import { localeName } from '../src/engine/words.js';

export default defineRule({
  meta: {
    id: 'stray-file',
    description: "Disallow files in a locale's folder that are not that locale's translation of any page",
    defaultSeverity: 'error',
    messages: {
      shadowed:
        'Stray file: {{translation}} is the {{locale}} translation of {{canonical}}, so this file is never used (an old or untranslated copy?)',
      otherLocale: 'Stray file: its name marks it as {{named}}, but it is in the {{locale}} folder; it looks like a copy of {{canonical}}{{translationNote}}',
      unmatched: 'Stray file: its name matches none of the {{locale}} patterns ({{patterns}}){{canonicalNote}}',
    },
  },
  checkCoverage({ plan, report }) {
    for (const stray of plan.strays) {
      const locale = localeName(stray.locale);
      const canonical = stray.canonical ?? '';
      if (stray.reason === 'shadowed') {
        report({ messageId: 'shadowed', file: stray.file, at: FILE_START, data: { locale, canonical, translation: stray.translation ?? '' } });
      } else if (stray.reason === 'other-locale') {
        const translationNote = stray.translation ? ` (the ${locale} translation is ${stray.translation})` : '';
        report({
          messageId: 'otherLocale',
          file: stray.file,
          at: FILE_START,
          data: { locale, canonical, named: localeName(stray.namedLocale ?? ''), translationNote },
        });
      } else {
        const canonicalNote = stray.canonical ? `; it has the name of ${stray.canonical}` : '';
        report({ messageId: 'unmatched', file: stray.file, at: FILE_START, data: { locale, patterns: stray.patterns ?? '', canonicalNote } });
      }
    }
  },
});
