import { defineRule, FILE_START } from '../src/engine/rule.js';
import { either, localeName } from '../src/engine/words.js';

export default defineRule({
  meta: {
    id: 'missing-translation',
    description: 'Require every canonical page to have a translation in every configured locale',
    defaultSeverity: 'error',
    messages: {
      missing: 'No {{locale}} translation of this page: expected {{expected}}',
    },
  },
  checkCoverage({ plan, report }) {
    for (const missing of plan.missing) {
      report({
        messageId: 'missing',
        file: missing.canonical,
        at: FILE_START,
        data: { locale: localeName(missing.locale), expected: either(missing.expected) },
      });
    }
  },
});
