import type { AlignedBlock } from '../src/align/align.js';
import { defineRule, type Report } from '../src/engine/rule.js';
import { count, quote } from '../src/engine/words.js';
import type { Block, PageModel, Span } from '../src/page/model.js';
import { changedSections } from '../src/sync/compare.js';
import { printPage, sectionsOf } from '../src/sync/sections.js';
import { wordDiff } from '../src/sync/word-diff.js';

type MessageId = 'changed' | 'added';

export default defineRule({
  meta: {
    id: 'outdated',
    description: 'Report the canonical sections that changed since the translation was last synced, with what changed in them',
    defaultSeverity: 'warn',
    usesSyncBase: true,
    messages: {
      changed: 'Outdated: {{what}} in the canonical section {{section}} since this translation was synced (canonical line {{canonicalLine}}); update the translation',
      added: 'Outdated: the canonical page has a new section {{section}} since this translation was synced (canonical line {{canonicalLine}}); translate it',
    },
  },
  checkPair({ canonical, locale, alignment, project, report }) {
    const base = project.syncBaseOf(locale.file);
    if (!base) return;
    const changes = changedSections(base.sections, printPage(canonical, { siteRoot: project.siteRoot }));
    if (changes.length === 0) return;
    const sections = new Map(sectionsOf(canonical).map((section) => [section.key, section]));
    const counterparts = new Map<Block, AlignedBlock>(alignment.blocks.flatMap((pair) => (pair.canonical ? [[pair.canonical, pair] as const] : [])));
    for (const change of changes) {
      const section = sections.get(change.key);
      const first = section?.heading ?? section?.blocks[0];
      if (!section || !first) continue;
      const pair = counterparts.get(first);
      const result: Report<MessageId> = {
        messageId: change.kind,
        at: pair?.locale?.span ?? pair?.at ?? bodyStart(locale),
        related: first.span,
        data: { section: change.key === '' ? 'before the first heading' : quote(change.key, 80), what: describe(change.blocks, change.heading) },
        detail: { diff: wordDiff(change.before, change.after) },
      };
      report(result);
    }
  },
});

/** `2 blocks changed`, `the heading changed`, `the heading and 1 block changed`, `blocks moved`. */
function describe(blocks: number, heading: boolean): string {
  if (heading && blocks > 0) return `the heading and ${count(blocks, 'block')} changed`;
  if (heading) return 'the heading changed';
  // The same blocks in another order.
  if (blocks === 0) return 'blocks moved';
  return `${count(blocks, 'block')} changed`;
}

function bodyStart(page: PageModel): Span {
  const line = page.frontMatter ? page.frontMatter.span.endLine + 1 : 1;
  return { line, column: 1, endLine: line, endColumn: 1 };
}
