import { defineRule, FILE_START } from '../src/engine/rule.js';
import { localeName } from '../src/engine/words.js';

export default defineRule({
  meta: {
    id: 'orphaned-page',
    description: 'Require every locale page to have a canonical page',
    defaultSeverity: 'error',
    messages: {
      orphan: 'This {{locale}} page has no canonical page: {{canonical}} does not exist (renamed or deleted?)',
    },
  },
  checkCoverage({ plan, report }) {
    for (const orphan of plan.orphans) {
      report({
        messageId: 'orphan',
        file: orphan.file,
        at: FILE_START,
        data: { locale: localeName(orphan.locale), canonical: orphan.canonical },
      });
    }
  },
});
